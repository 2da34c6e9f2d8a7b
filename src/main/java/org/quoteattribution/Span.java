package org.quoteattribution;

/**
 * A stretch of the input text: {@code start} inclusive, {@code end} exclusive, as Java {@code String}
 * indices (UTF-16 code units) into the exact text that was analysed.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The covered part of {@code text}. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }
}
