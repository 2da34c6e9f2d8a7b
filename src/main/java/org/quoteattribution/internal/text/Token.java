package org.quoteattribution.internal.text;

/**
 * One word or punctuation mark. {@code text} is as written in the article; {@code lower} is its lower-case form
 * with curly apostrophes straightened, the form lexicons are matched against.
 */
public record Token(int index, int start, int end, String text, String lower, int sentence) {

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean is(String lowerForm) {
        return lower.equals(lowerForm);
    }

    /** Whether the token is a clitic split from its word ("'s", "’re", "n't"; {@code clitics.txt}). */
    public boolean isClitic() {
        return TokenRefiner.CLITICS.contains(lower);
    }

    /** Whether the token is a quotation mark of any shape ({@link QuotationMarks#TOKENS}). */
    public boolean isQuotationMark() {
        return QuotationMarks.TOKENS.contains(text);
    }
}
