/**
 * First stage: the text cut into paragraphs, sentences and tokens. <b>Not API:</b> no compatibility promise; may
 * change in any release.
 *
 * <p>Needs: the article's text and the sentence and tokenizer models. Gives: a {@link
 * org.quoteattribution.internal.text.Document} (paragraphs are lines; every offset indexes the exact input), made by
 * {@link org.quoteattribution.internal.text.DocumentReader}, the entry class, in time linear in the text. {@link
 * org.quoteattribution.internal.text.SentenceTags} adds part-of-speech tags and lemmas only for the sentences a later
 * stage asks about, since tagging every sentence would cost several times the rest of the pipeline; {@link
 * org.quoteattribution.internal.text.PhraseTable} matches lexicon phrases against the tokens.
 */
package org.quoteattribution.internal.text;
