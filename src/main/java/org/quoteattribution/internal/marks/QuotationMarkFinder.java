package org.quoteattribution.internal.marks;

import java.util.ArrayList;
import java.util.List;
import org.quoteattribution.Span;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Paragraph;

/**
 * Finds the words in double quotation marks, curly or straight. Single marks are left alone: inside a quotation
 * they are nested quotes, elsewhere mostly apostrophes (don't, Trump's, '90s, the students'). One pass over the
 * text, so unbalanced or deeply nested marks cost no more than balanced ones.
 *
 * <p>A quotation still open at the end of a paragraph runs on into the next paragraph when that one opens with a
 * quotation mark (the newspaper convention for a quote of several paragraphs); otherwise it ends with its paragraph.
 */
public final class QuotationMarkFinder {

    private enum Mark { OPEN, CLOSE, NONE }

    public List<Quotation> find(Document document) {
        String text = document.text();
        List<Quotation> quotations = new ArrayList<>();
        List<Span> running = new ArrayList<>();
        int runningOpen = -1;
        for (Paragraph paragraph : document.paragraphs()) {
            boolean opensWithMark = markAt(text, paragraph.start(), paragraph) == Mark.OPEN;
            if (!running.isEmpty() && !opensWithMark) {
                quotations.add(new Quotation(running, runningOpen, -1));
                running = new ArrayList<>();
            }
            int depth = 0;
            int open = -1;
            for (int i = paragraph.start(); i < paragraph.end(); i++) {
                Mark mark = markAt(text, i, paragraph);
                if (mark == Mark.NONE && isStraight(text.charAt(i))) {
                    mark = depth == 0 ? Mark.OPEN : Mark.CLOSE;
                }
                if (mark == Mark.OPEN) {
                    if (depth == 0) {
                        open = i;
                    }
                    depth++;
                } else if (mark == Mark.CLOSE && depth > 0) {
                    depth--;
                    if (depth == 0) {
                        addPiece(text, open + 1, i, running);
                        if (!running.isEmpty()) {
                            quotations.add(new Quotation(running, runningOpen >= 0 ? runningOpen : open, i));
                        }
                        running = new ArrayList<>();
                        runningOpen = -1;
                    }
                }
            }
            if (depth > 0) {
                addPiece(text, open + 1, paragraph.end(), running);
                if (runningOpen < 0) {
                    runningOpen = open;
                }
            }
        }
        if (!running.isEmpty()) {
            quotations.add(new Quotation(running, runningOpen, -1));
        }
        return quotations;
    }

    private static void addPiece(String text, int start, int end, List<Span> pieces) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            pieces.add(new Span(start, end));
        }
    }

    /** Curly marks say which way they face; a straight mark is decided by its neighbours when they are clear. */
    private static Mark markAt(String text, int i, Paragraph paragraph) {
        char c = text.charAt(i);
        switch (c) {
            case '\u201c', '\u201e', '\u201f', '\u00ab':
                return Mark.OPEN;
            case '\u201d', '\u00bb':
                return Mark.CLOSE;
            case '"':
                boolean spaceBefore = i == paragraph.start() || opensBefore(text.charAt(i - 1));
                boolean spaceAfter = i + 1 >= paragraph.end() || closesAfter(text.charAt(i + 1));
                if (spaceBefore && !spaceAfter) {
                    return Mark.OPEN;
                }
                if (spaceAfter && !spaceBefore) {
                    return Mark.CLOSE;
                }
                return Mark.NONE;
            default:
                return Mark.NONE;
        }
    }

    private static boolean isStraight(char c) {
        return c == '"';
    }

    private static boolean opensBefore(char c) {
        return Character.isWhitespace(c) || c == '(' || c == '[' || c == '\u2014' || c == '\u2013' || c == '-'
                || c == '/' || c == '\u2018';
    }

    private static boolean closesAfter(char c) {
        return Character.isWhitespace(c) || ",.;:!?)]\u2014\u2013-\u2019'".indexOf(c) >= 0;
    }
}
