/**
 * The word lists the stages consult. <b>Not API:</b> no compatibility promise; may change in any release.
 *
 * <p>Needs: the files under {@code src/main/resources/org/quoteattribution/lexicon/} on the class path (one entry a
 * line, {@code #} comments, tab-separated columns). Gives: their lines or columns, read by {@link
 * org.quoteattribution.internal.lexicon.LexiconFile}, the entry class, and the lists several stages share in {@link
 * org.quoteattribution.internal.lexicon.CommonWords}. Each list is read once, when the stage that uses it is made or
 * loaded; keeping them in files lets a word be added without touching code.
 */
package org.quoteattribution.internal.lexicon;
