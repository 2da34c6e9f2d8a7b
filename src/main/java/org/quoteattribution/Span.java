package org.quoteattribution;

/**
 * A stretch of the input text: {@code start} inclusive, {@code end} exclusive, as Java {@code String}
 * indices (UTF-16 code units) into the exact text that was analysed. Spans sort by start, then by end.
 *
 * <pre>{@code
 * for (Span piece : quote.spans()) {
 *     System.out.println(piece.start() + "-" + piece.end() + ": " + piece.of(articleText));
 * }
 * }</pre>
 *
 * <p><b>Compatibility.</b> Unlike the other records, {@code Span} will keep exactly these two components, so its
 * constructor and record patterns over it ({@code Span(var start, var end)}) stay valid in later releases.
 *
 * @param start the index of the first character
 * @param end   the index just after the last character; at least {@code start}
 * @since 1.0.0
 */
public record Span(int start, int end) implements Comparable<Span> {

    /**
     * A span of the text.
     *
     * @param start the index of the first character
     * @param end   the index just after the last character
     * @throws IllegalArgumentException if {@code start} is negative or {@code end} is less than {@code start}
     */
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /**
     * How many UTF-16 code units the span covers.
     *
     * @return {@code end - start}
     */
    public int length() {
        return end - start;
    }

    /**
     * The covered part of a text, which should be the text that was analysed.
     *
     * @param text the text the span indexes into
     * @return the characters from {@code start} to {@code end}
     * @throws IndexOutOfBoundsException if the span reaches past the end of {@code text}
     */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /**
     * Orders spans by start, then by end, which is document order for the spans of one text.
     *
     * @param other the span to compare with
     * @return a negative number, zero or a positive number as this span comes before, at or after {@code other}
     */
    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }
}
