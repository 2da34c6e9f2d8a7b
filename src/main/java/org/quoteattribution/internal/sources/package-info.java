/**
 * Stage: where a quote's words were said or published. <b>Not API:</b> no compatibility promise; may change in any
 * release.
 *
 * <p>Needs: the {@code Article} and the quote's {@code CueClause}. Gives: the quote's source as a {@link
 * org.quoteattribution.Phrase}, found by {@link org.quoteattribution.internal.sources.SourceFinder}, the entry class:
 * the platform, document, event or medium nearest the cue in its clause ("on Truth Social", "told Reuters"), read by
 * {@link org.quoteattribution.internal.sources.SourcePhraseReader} from the lexicon's channels and source nouns.
 */
package org.quoteattribution.internal.sources;
