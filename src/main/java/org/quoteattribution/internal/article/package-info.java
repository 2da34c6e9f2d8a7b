/**
 * The one per-article context every stage after the first reads. <b>Not API:</b> no compatibility promise; may
 * change in any release.
 *
 * <p>Needs: the text and the loaded models. Gives: an {@link org.quoteattribution.internal.article.Article}, made by
 * {@link org.quoteattribution.internal.article.ArticleReader}, the entry class, which runs the stages everything
 * else builds on ({@code text}, {@code marks}, {@code cues}) and sets up {@code entities}: the document, its lazy
 * tags and names, its name index, quotations, quoted regions and cues. It is made once per call, so that no stage
 * builds any of this again.
 */
package org.quoteattribution.internal.article;
