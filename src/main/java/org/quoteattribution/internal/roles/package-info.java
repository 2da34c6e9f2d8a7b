/**
 * Stage: the title or position each speaker holds. <b>Not API:</b> no compatibility promise; may change in any
 * release.
 *
 * <p>Needs: the {@code Article} and the resolved speakers. Gives: one role per speaker, as the article words it,
 * found by {@link org.quoteattribution.internal.roles.RoleFinder}, the entry class, at the first mention of the person
 * that gives one (a title before the name, an appositive, a predicate) and carried to all of that person's quotes.
 */
package org.quoteattribution.internal.roles;
