package org.quoteattribution.internal.text;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableSet;

/**
 * Which tokens are quotation marks, for every stage: the double marks of every shape that
 * {@code marks.QuotationMarkFinder} reads (straight, curly, low, reversed, guillemets) and the doubled apostrophes and
 * backticks some newspapers print for them. Single marks are not here: outside a quotation they are mostly
 * apostrophes. Syntax, not vocabulary, so a constant rather than a lexicon file.
 */
public final class QuotationMarks {

    /** Every quotation mark as a token. */
    public static final ImmutableSet<String> TOKENS = ImmutableSet.of("\"", "\u201c", "\u201d", "\u201e", "\u201f",
            "\u00ab", "\u00bb", "''", "``");

    /** The marks that close a quotation ("..., ” he said"), as tokens. */
    public static final ImmutableSet<String> CLOSING_TOKENS = ImmutableSet.of("\"", "\u201d", "\u00bb", "''");

    /** The one-character marks, as the tokenizer may leave them glued to a word ("“We", "win.”"). */
    public static final CharMatcher CHARACTERS = CharMatcher.anyOf("\"\u201c\u201d\u201e\u201f\u00ab\u00bb");

    private QuotationMarks() {
    }
}
