package org.quoteattribution.internal.text;

/** A sentence: its characters [{@code start}, {@code end}) and its tokens [{@code firstToken}, {@code endToken}). */
public record Sentence(int index, int start, int end, int firstToken, int endToken, int paragraph) {

    public int tokenCount() {
        return endToken - firstToken;
    }
}
