/**
 * The words that name a speaker, and role phrases. <b>Not API:</b> no compatibility promise; may change in any
 * release.
 *
 * <p>Needs: the {@code Article} (tokens, part-of-speech tags) and where a cue stands. Gives: a {@link
 * org.quoteattribution.internal.mentions.Mention}, the noun phrase naming the cue's speaker (a name, a pronoun or a
 * description), before the cue or after it in inverted order, found by {@link
 * org.quoteattribution.internal.mentions.MentionFinder}, the entry class; and, from {@link
 * org.quoteattribution.internal.mentions.RolePhraseReader}, the extent of a phrase headed by a role noun ("chair of
 * NATO's military committee"). Assembly, speakers and roles all use these, which is why they stand below all three.
 */
package org.quoteattribution.internal.mentions;
