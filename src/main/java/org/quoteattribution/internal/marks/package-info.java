/**
 * Stage: quotation marks. <b>Not API:</b> no compatibility promise; may change in any release.
 *
 * <p>Needs: the {@code Document}. Gives: the {@link org.quoteattribution.internal.marks.Quotation}s, the words
 * between double quotation marks in text order (one piece per paragraph for a quote of several paragraphs; unclosed
 * ones too), and the single-mark quotes of a headline without double marks, found by {@link
 * org.quoteattribution.internal.marks.QuotationMarkFinder}, the entry class, in one pass over the text; and {@link
 * org.quoteattribution.internal.marks.QuotedRegions}, which tells later stages whether a character is quoted.
 */
package org.quoteattribution.internal.marks;
