/**
 * HTML in: an article body given as HTML rendered to the text a reader sees, and the offsets of an analysis of that
 * text carried back into the HTML. <b>Not API:</b> no compatibility promise; may change in any release.
 *
 * <p>Needs: the HTML string (parsed by jsoup with source positions). Gives: an {@link
 * org.quoteattribution.internal.html.HtmlText}, made by {@link org.quoteattribution.internal.html.HtmlRenderer}, the
 * entry class, in one parse and two linear passes: the rendered text, paragraphs separated by a blank line as the
 * plain-text pipeline reads them, with the HTML range of every character; and {@link
 * org.quoteattribution.internal.html.HtmlQuotes}, which moves every span of a result from the rendered text into the
 * HTML. Depends only on {@code text} (which characters are quotation marks) and {@code limits}.
 */
@NullMarked
package org.quoteattribution.internal.html;

import org.jspecify.annotations.NullMarked;
