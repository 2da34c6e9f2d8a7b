/**
 * Names: the name finder and the article's proper names. <b>Not API:</b> no compatibility promise; may change in
 * any release.
 *
 * <p>Needs: the {@code Document}, the name-finder model, and the title words of the lexicon. Gives: {@link
 * org.quoteattribution.internal.entities.EntityTagger}, the entry class, which finds persons, organizations,
 * locations and other names in a sentence the first time a stage asks and remembers them; and {@link
 * org.quoteattribution.internal.entities.NameIndex}, the article's proper names without their titles, so that a
 * short mention ("Lavrov") can be given the fullest name the article uses ("Sergei Lavrov"). {@link
 * org.quoteattribution.internal.entities.NameFinderTokens} is the token form the model sees, shared with training
 * so that both agree.
 */
package org.quoteattribution.internal.entities;
