package org.quoteattribution.internal.dates;

/** A date phrase in the text, tokens [{@code firstToken}, {@code endToken}), and what it means. */
public record DatePhrase(int firstToken, int endToken, DateMeaning meaning) {
}
