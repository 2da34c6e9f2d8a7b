/**
 * Stage: who each speaker mention stands for. <b>Not API:</b> no compatibility promise; may change in any release.
 *
 * <p>Needs: the {@code Article} (its name index and name finder) and the draft quotes in text order, so that a
 * pronoun can refer back to an earlier speaker. Gives: one {@code ResolvedSpeaker} per quote, made by {@link
 * org.quoteattribution.internal.speakers.SpeakerResolver}, the entry class: the speaker's name (the fullest form in
 * the article, a pronoun's antecedent, the person or organization a description stands for, or a group as written),
 * the mention as a phrase, and the description that stood for the person, if any, which is also a role.
 */
package org.quoteattribution.internal.speakers;
