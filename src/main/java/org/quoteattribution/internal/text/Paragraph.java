package org.quoteattribution.internal.text;

/** A line of the article: its characters and its sentences [{@code firstSentence}, {@code endSentence}). */
public record Paragraph(int index, int start, int end, int firstSentence, int endSentence) {

    public boolean isEmpty() {
        return firstSentence == endSentence;
    }
}
