package org.quoteattribution.internal.marks;

import java.util.ArrayList;
import java.util.List;
import org.quoteattribution.Span;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Paragraph;

/**
 * Finds the words in double quotation marks: curly (“ ”), straight ("), low („), guillemets, and the doubled
 * apostrophes some newspapers print (''...'' or ``...'', and curly ‘‘ or ’’ typed for one double mark). Single
 * marks are left alone: inside a quotation they are nested quotes, elsewhere mostly apostrophes (don't, Trump's,
 * '90s, the students'). One pass over the text, so unbalanced or deeply nested marks cost no more than balanced
 * ones.
 *
 * <p>A quotation still open at the end of a paragraph runs on into the next paragraph when that one opens with a
 * quotation mark (the newspaper convention for a quote of several paragraphs); otherwise it ends with its paragraph.
 */
public final class QuotationMarkFinder {

    private enum Direction { OPEN, CLOSE, EITHER }

    /** A quotation mark: where it starts, how many characters it takes, and which way it faces. */
    private record Mark(int at, int length, Direction direction) {
    }

    public List<Quotation> find(Document document) {
        String text = document.text();
        List<Quotation> quotations = new ArrayList<>();
        List<Span> running = new ArrayList<>();
        int runningOpen = -1;
        for (Paragraph paragraph : document.paragraphs()) {
            Mark first = markAt(text, paragraph.start(), paragraph);
            // a quote of several paragraphs keeps one kind of mark; a stray straight mark left open before a
            // paragraph in curly marks is no such quote
            boolean opensWithMark = first != null && first.direction() != Direction.CLOSE
                    && (runningOpen < 0 || sameKind(text.charAt(runningOpen), text.charAt(first.at())));
            if (!running.isEmpty() && !opensWithMark) {
                quotations.add(new Quotation(running, runningOpen, -1));
                running = new ArrayList<>();
            }
            int depth = 0;
            int open = -1;
            int i = paragraph.start();
            while (i < paragraph.end()) {
                Mark mark = markAt(text, i, paragraph);
                if (mark == null) {
                    i++;
                    continue;
                }
                Direction direction = resolve(mark, depth, text, paragraph);
                if (direction == Direction.OPEN) {
                    if (depth == 0) {
                        open = mark.at();
                    }
                    depth++;
                } else if (depth > 0) {
                    depth--;
                    if (depth == 0) {
                        addPiece(text, open + markLength(text, open), mark.at(), running);
                        if (!running.isEmpty()) {
                            quotations.add(new Quotation(running, runningOpen >= 0 ? runningOpen : open,
                                    mark.at() + mark.length()));
                        }
                        running = new ArrayList<>();
                        runningOpen = -1;
                    }
                }
                i = mark.at() + mark.length();
            }
            if (depth > 0) {
                addPiece(text, open + markLength(text, open), paragraph.end(), running);
                if (runningOpen < 0) {
                    runningOpen = open;
                }
            }
        }
        if (!running.isEmpty()) {
            quotations.add(new Quotation(running, runningOpen, -1));
        }
        if (!document.paragraphs().isEmpty() && (quotations.isEmpty()
                || quotations.get(0).open() >= document.paragraphs().get(0).end())) {
            quotations.addAll(0, HeadlineQuotes.in(text, document.paragraphs().get(0)));
        }
        return quotations;
    }

    /**
     * Which way a mark works here. Straight marks, and curly ones typed the wrong way round ("”Fear. I am afraid"),
     * are read from their neighbours: a mark after a space and before a word opens; one after a word closes.
     */
    private static Direction resolve(Mark mark, int depth, String text, Paragraph paragraph) {
        boolean spaceBefore = mark.at() == paragraph.start() || opensBefore(text.charAt(mark.at() - 1));
        int after = mark.at() + mark.length();
        boolean spaceAfter = after >= paragraph.end() || closesAfter(text.charAt(after));
        switch (mark.direction()) {
            case OPEN:
                // “ after a word and before a space, inside a quotation, is a closing mark typed wrongly
                return depth > 0 && !spaceBefore && spaceAfter ? Direction.CLOSE : Direction.OPEN;
            case CLOSE:
                return depth == 0 && spaceBefore && !spaceAfter ? Direction.OPEN : Direction.CLOSE;
            default:
                if (spaceBefore && !spaceAfter) {
                    return Direction.OPEN;
                }
                if (spaceAfter && !spaceBefore) {
                    return Direction.CLOSE;
                }
                return depth == 0 ? Direction.OPEN : Direction.CLOSE;
        }
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

    private static boolean sameKind(char a, char b) {
        return kind(a) == kind(b);
    }

    /** 0 straight, 1 curly or low, 2 doubled apostrophes or backticks, 3 guillemets. */
    private static int kind(char c) {
        switch (c) {
            case '"':
                return 0;
            case '\'', '`':
                return 2;
            case '\u00ab', '\u00bb':
                return 3;
            default:
                return 1;
        }
    }

    private static int markLength(String text, int at) {
        char c = text.charAt(at);
        return (c == '\'' || c == '`' || c == '\u2018') ? 2 : 1;
    }

    /** Two of the same single mark in a row, not three: one double mark. */
    private static boolean doubled(String text, int i, Paragraph paragraph) {
        char c = text.charAt(i);
        return i + 1 < paragraph.end() && text.charAt(i + 1) == c
                && (i + 2 >= paragraph.end() || text.charAt(i + 2) != c);
    }

    /** The quotation mark starting at {@code i}, or null. */
    private static Mark markAt(String text, int i, Paragraph paragraph) {
        char c = text.charAt(i);
        switch (c) {
            case '\u201c', '\u201e', '\u201f', '\u00ab':
                return new Mark(i, 1, Direction.OPEN);
            case '\u201d', '\u00bb':
                return new Mark(i, 1, Direction.CLOSE);
            case '"':
                return new Mark(i, 1, Direction.EITHER);
            case '`':
                return i + 1 < paragraph.end() && text.charAt(i + 1) == '`' ? new Mark(i, 2, Direction.OPEN) : null;
            case '\'':
                // two apostrophes in a row stand for a double mark; a third one would be a nested quote's end
                return doubled(text, i, paragraph) ? new Mark(i, 2, Direction.EITHER) : null;
            case '\u2018':
                return doubled(text, i, paragraph) ? new Mark(i, 2, Direction.OPEN) : null;
            case '\u2019':
                // “...,’’ says the founder": two curly single marks typed for one double one
                return doubled(text, i, paragraph) ? new Mark(i, 2, Direction.CLOSE) : null;
            default:
                return null;
        }
    }

    private static boolean opensBefore(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '(' || c == '[' || c == '\u2014'
                || c == '\u2013' || c == '-' || c == '/' || c == '\u2018' || c == '\u2015';
    }

    private static boolean closesAfter(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || ",.;:!?)]\u2014\u2013\u2015-\u2019'".indexOf(c) >= 0;
    }
}
