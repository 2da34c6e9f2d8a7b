/**
 * Stage: the day a quote's words were said. <b>Not API:</b> no compatibility promise; may change in any release.
 *
 * <p>Needs: the quote's {@code CueClause} and, if given, the publication date. Gives: the quote's {@link
 * org.quoteattribution.QuoteDate}, found by {@link org.quoteattribution.internal.dates.DateFinder}, the entry class:
 * the date phrase nearest the cue in its clause, or in the sentence before when words at the start of the cue's
 * sentence carry it over (read by {@link
 * org.quoteattribution.internal.dates.DatePhraseReader}) and the day it means, resolved against the publication date
 * ({@link org.quoteattribution.internal.dates.DateMeaning}). No phrase, no date: a day is never guessed.
 */
package org.quoteattribution.internal.dates;
