/**
 * Stage: cues, the reporting verbs and phrases ("said", "told", "according to"). <b>Not API:</b> no compatibility
 * promise; may change in any release.
 *
 * <p>Needs: the {@code Document}, its {@code SentenceTags} (asked only for sentences holding a word that could be a
 * cue) and the lexicon's {@code cues.tsv} and {@code cue-phrases.tsv}, read by {@link
 * org.quoteattribution.internal.cues.CueLexicon}. Gives: the {@link org.quoteattribution.internal.cues.Cue}s in text
 * order, each with its kind (speech or belief) and frame (how it arranges speaker and content), found by {@link
 * org.quoteattribution.internal.cues.CueFinder}, the entry class; and {@link
 * org.quoteattribution.internal.cues.CueIndex}, the cues looked up by token.
 */
package org.quoteattribution.internal.cues;
