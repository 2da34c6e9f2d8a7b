/**
 * Stage: quote assembly. <b>Not API:</b> no compatibility promise; may change in any release.
 *
 * <p>Needs: the {@code Article} (quotations, cues, quoted regions), {@code MentionFinder} and the quote classifier's
 * model. Gives: the accepted quotes in text order, each a {@link org.quoteattribution.internal.assembly.DraftQuote}
 * (type, content spans, cue, speaker mention, the pattern that found it) with its score. {@link
 * org.quoteattribution.internal.assembly.QuoteAssembler}, the entry class, attaches quotations to their cues (direct
 * and mixed quotes), finds reported speech around the cues left over (indirect), and keeps what {@link
 * org.quoteattribution.internal.assembly.QuoteClassifier} accepts, one quote per cue and report. {@link
 * org.quoteattribution.internal.assembly.QuoteFeatures} are the classifier's features, shared with its trainer so
 * that training and analysis see the same.
 */
package org.quoteattribution.internal.assembly;
