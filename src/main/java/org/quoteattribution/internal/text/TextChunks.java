package org.quoteattribution.internal.text;

import java.util.ArrayList;
import java.util.List;
import org.quoteattribution.Span;

/**
 * Where a very long text is cut to be analysed in pieces: analysis needs up to about 150 bytes of heap per character
 * for its tokens, tags and candidates, so a text of many megabytes analysed whole would need gigabytes. A news
 * article (a few thousand to a few tens of thousands of characters) is one piece; longer texts are cut at the last
 * paragraph break before the limit, else at the last whitespace, else at the limit (never inside a surrogate pair),
 * and a quote, a speaker or a name never reaches from one piece into another.
 */
public final class TextChunks {

    /** Pieces of at most this many characters: about 30 MB of working heap each, at the worst shapes of text. */
    public static final int MAX_CHARS = 200_000;

    private TextChunks() {
    }

    /** The pieces of {@code text}, in order, covering it: one for a text of at most {@code maxChars}. */
    public static List<Span> of(String text, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("maxChars " + maxChars);
        }
        List<Span> pieces = new ArrayList<>();
        int start = 0;
        while (text.length() - start > maxChars) {
            int end = cut(text, start, start + maxChars);
            pieces.add(new Span(start, end));
            start = end;
        }
        pieces.add(new Span(start, text.length()));
        return pieces;
    }

    /** The end of the piece from {@code start}, at most {@code limit}, and past its first half. */
    private static int cut(String text, int start, int limit) {
        int half = start + (limit - start) / 2;
        int space = -1;
        for (int i = limit; i > half; i--) {
            char before = text.charAt(i - 1);
            if (before == '\n' || before == '\r' && text.charAt(i) != '\n') {
                return i;
            }
            if (space < 0 && Character.isWhitespace(before)) {
                space = i;
            }
        }
        if (space > 0) {
            return space;
        }
        return Character.isHighSurrogate(text.charAt(limit - 1)) && Character.isLowSurrogate(text.charAt(limit))
                ? limit - 1 : limit;
    }
}
