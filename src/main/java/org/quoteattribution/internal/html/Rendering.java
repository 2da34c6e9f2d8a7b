package org.quoteattribution.internal.html;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * The text being rendered and its offset map, written by {@link HtmlRenderer}'s pass. Paragraph breaks, spaces and
 * opening marks are kept pending until the next character of text, so that none of them ever starts or ends the
 * text or a paragraph, two breaks in a row are one, and an element without visible text leaves no trace. Used by
 * one thread, for one document.
 */
final class Rendering {

    private static final String PARAGRAPH_BREAK = "\n\n";
    private static final char OPENING_MARK = '\u201c';
    private static final char CLOSING_MARK = '\u201d';

    private final String html;
    private final StringBuilder text = new StringBuilder();
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    /** The end of the source of the last character written that is not synthetic: where a closing mark stands. */
    private int lastSourceEnd;

    private boolean breakPending;
    /** A collapsed run of whitespace waiting for the next character: its first character's source, or -1, -1 for a
     * synthetic space (between table cells). */
    private boolean spacePending;
    private int spaceStart;
    private int spaceEnd;
    /** Quotation elements opened whose opening mark waits for their first character of text. */
    private int opensPending;

    // reused between text nodes: the source of each character of the current node
    private int[] nodeStarts = new int[64];
    private int[] nodeEnds = new int[64];

    Rendering(String html) {
        this.html = html;
    }

    void paragraphBreak() {
        breakPending = true;
    }

    /** A space that no whitespace of the HTML stands for. */
    void space() {
        if (!spacePending) {
            spacePending = true;
            spaceStart = -1;
            spaceEnd = -1;
        }
    }

    void openMark() {
        opensPending++;
    }

    /**
     * Closes the innermost quotation element: its mark right after its last character, before any break or space
     * that is pending; nothing when its opening mark is still pending, since it had no text.
     */
    void closeMark() {
        if (opensPending > 0) {
            opensPending--;
        } else {
            append(CLOSING_MARK, lastSourceEnd, lastSourceEnd);
        }
    }

    /** The characters of a text node, whitespace collapsed. */
    void text(TextNode node) {
        String decoded = node.getWholeText();
        if (decoded.isEmpty()) {
            return;
        }
        Range range = node.sourceRange();
        if (nodeStarts.length < decoded.length()) {
            nodeStarts = new int[decoded.length()];
            nodeEnds = new int[decoded.length()];
        }
        @Nullable Element parent = node.parent();
        SourceAlignment.TextKind kind = parent == null ? SourceAlignment.TextKind.MARKUP
                : SourceAlignment.TextKind.inElement(parent.normalName());
        SourceAlignment.align(html, range.startPos(), range.endPos(), decoded, nodeStarts, nodeEnds, kind);
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (isCollapsible(c)) {
                if (!spacePending) {
                    spacePending = true;
                    spaceStart = nodeStarts[i];
                    spaceEnd = nodeEnds[i];
                }
            } else {
                character(c, nodeStarts[i], nodeEnds[i]);
            }
        }
    }

    /** A character of the document's text, after whatever is pending before it. */
    private void character(char c, int start, int end) {
        if (text.length() > 0) {
            if (breakPending) {
                for (int i = 0; i < PARAGRAPH_BREAK.length(); i++) {
                    append(PARAGRAPH_BREAK.charAt(i), start, start);
                }
            } else if (spacePending) {
                if (spaceStart < 0) {
                    append(' ', start, start);
                } else {
                    append(' ', spaceStart, spaceEnd);
                }
            }
        }
        breakPending = false;
        spacePending = false;
        for (; opensPending > 0; opensPending--) {
            append(OPENING_MARK, start, start);
        }
        append(c, start, end);
        lastSourceEnd = end;
    }

    private void append(char c, int start, int end) {
        int at = text.length();
        if (at == starts.length) {
            starts = Arrays.copyOf(starts, at * 2);
            ends = Arrays.copyOf(ends, at * 2);
        }
        text.append(c);
        starts[at] = start;
        ends[at] = end;
    }

    /** ASCII whitespace, which HTML collapses; the no-break space and the other Unicode spaces are kept. */
    private static boolean isCollapsible(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }

    HtmlText done() {
        int length = text.length();
        return new HtmlText(html, text.toString(), Arrays.copyOf(starts, length), Arrays.copyOf(ends, length));
    }
}
