/**
 * Stage: the clause of a quote's cue. <b>Not API:</b> no compatibility promise; may change in any release.
 *
 * <p>Needs: the {@code Article} and one draft quote. Gives: a {@link org.quoteattribution.internal.clauses.CueClause},
 * the entry class: the tokens of the cue's sentence that frame the report rather than carry its content, outside
 * clauses of their own, and how far each stands from the cue; none for a quote without a cue. Dates and sources are
 * looked for there, so that the date or channel of another event in the same sentence is not taken.
 */
package org.quoteattribution.internal.clauses;
