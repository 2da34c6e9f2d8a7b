package org.quoteattribution.internal.marks;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import org.quoteattribution.internal.lexicon.LexiconFile;

/**
 * Most British and Australian outlets quote with single marks and nest double ones inside ({@code 'We will see,'
 * he said}; {@code Mr Parish said: 'The Lords picked up ...'}). Per document, this decides whether single marks are
 * the quotation marks of the body, and if so gives the text with those marks as double ones and the double marks
 * nested in them as single ones, character for character: every later stage then reads one convention, and every
 * offset into the text it gives stays an offset into the original.
 *
 * <p>A single mark quotes only where it faces a word on one side and a space or punctuation on the other: an
 * apostrophe inside a word ({@code don't}, {@code O'Brien}), before a year ({@code '90s}) or in an elision ({@code
 * 'em}) never does, and a possessive plural ({@code the Lords' amendments}) does not close a quote that closes
 * later in the paragraph. The body uses single marks when it holds more single-mark pairs than double marks
 * outside them; the headline (a short first line) is left to {@link HeadlineQuotes}. One pass per paragraph.
 */
public final class SingleMarkStyle {

    /** A first line up to this long is a headline, not body text. */
    private static final int MAX_HEADLINE = 300;
    private static final ImmutableSet<String> ELISIONS = LexiconFile.words("elisions.txt");

    private SingleMarkStyle() {
    }

    /** {@code text} with its single quotation marks as double ones when they are the body's marks; else itself. */
    public static String asDoubleMarks(String text) {
        int pairs = 0;
        int doublesOutside = 0;
        char[] chars = text.toCharArray();
        char[] out = chars.clone();
        int start = 0;
        boolean first = true;
        while (start <= chars.length) {
            int end = lineEnd(chars, start);
            boolean headline = first && end - start <= MAX_HEADLINE;
            if (end > start) {
                first = false;
            }
            if (!headline) {
                int next = nextLineStart(chars, end);
                boolean nextOpens = next < chars.length && opensAt(chars, next, lineEnd(chars, next), next);
                int[] counts = convertParagraph(chars, out, start, end, nextOpens);
                pairs += counts[0];
                doublesOutside += counts[1];
            }
            if (end >= chars.length) {
                break;
            }
            start = nextLineStart(chars, end);
        }
        return pairs > 0 && doublesOutside < pairs ? new String(out) : text;
    }

    /**
     * Converts, in {@code out}, the single-mark quotations of one paragraph; a quotation left open counts when the
     * next paragraph opens with a single mark (a quote over several paragraphs). Returns the pairs found and the
     * double marks outside them.
     */
    private static int[] convertParagraph(char[] chars, char[] out, int start, int end, boolean nextOpens) {
        int pairs = 0;
        int doublesOutside = 0;
        int open = -1;
        int lastClose = end - 1; // found once, so that each possessive costs no look ahead: linear in the paragraph
        while (lastClose >= start && !closesAt(chars, lastClose, end)) {
            lastClose--;
        }
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (isDoubleMark(chars, i, end)) {
                if (open < 0) {
                    doublesOutside++;
                }
                if (c == '\'') {
                    i++; // a doubled apostrophe is one double mark
                }
                continue;
            }
            if (open < 0) {
                if (opensAt(chars, i, end, start)) {
                    open = i;
                }
            } else if (closesAt(chars, i, end) && !(isPossessive(chars, i, end) && lastClose > i)) {
                convert(chars, out, open, i);
                pairs++;
                open = -1;
            }
        }
        if (open >= 0 && nextOpens) {
            convert(chars, out, open, end);
            pairs++;
        }
        return new int[] {pairs, doublesOutside};
    }

    /** Makes the mark at {@code open} (and the one at {@code close}, if inside the text) double, nested ones single. */
    private static void convert(char[] chars, char[] out, int open, int close) {
        out[open] = chars[open] == '\'' ? '"' : '\u201c';
        for (int k = open + 1; k < close; k++) {
            switch (chars[k]) {
                case '\u201c' -> out[k] = '\u2018';
                case '\u201d' -> out[k] = '\u2019';
                case '"' -> out[k] = '\'';
                default -> {
                }
            }
        }
        if (close < chars.length && (chars[close] == '\'' || chars[close] == '\u2019')) {
            out[close] = chars[close] == '\'' ? '"' : '\u201d';
        }
    }

    private static boolean opensAt(char[] chars, int i, int end, int paragraphStart) {
        char c = chars[i];
        if (c != '\u2018' && c != '\'' || i + 1 >= end) {
            return false;
        }
        boolean spaceBefore = i == paragraphStart || opensAfter(chars[i - 1]);
        char after = chars[i + 1];
        boolean wordAfter = Character.isLetterOrDigit(after) || after == '\u201c' || after == '"' || after == '\u2026'
                || after == '.' && i + 2 < end && chars[i + 2] == '.';
        return spaceBefore && wordAfter && !isYear(chars, i + 1, end) && !isElision(chars, i + 1, end);
    }

    private static boolean closesAt(char[] chars, int i, int end) {
        char c = chars[i];
        if (c != '\u2019' && c != '\'' || i == 0 || Character.isWhitespace(chars[i - 1])) {
            return false;
        }
        return (i + 1 >= end || closesBefore(chars[i + 1])) && !closesElision(chars, i);
    }

    /** The second mark of {@code rock 'n' roll}: the word before it was opened by an apostrophe. */
    private static boolean closesElision(char[] chars, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isLetter(chars[k])) {
            k--;
        }
        return k >= 0 && k < i - 1 && (chars[k] == '\'' || chars[k] == '\u2018' || chars[k] == '\u2019')
                && (k == 0 || Character.isWhitespace(chars[k - 1]));
    }

    /** {@code the Lords' amendments}: a mark after an s and before a lower-case word may be a possessive. */
    private static boolean isPossessive(char[] chars, int i, int end) {
        return Character.toLowerCase(chars[i - 1]) == 's' && i + 2 < end && chars[i + 1] == ' '
                && Character.isLowerCase(chars[i + 2]);
    }

    /** '90s, '08: an apostrophe standing for a century. */
    private static boolean isYear(char[] chars, int from, int end) {
        int digits = 0;
        while (from + digits < end && Character.isDigit(chars[from + digits])) {
            digits++;
        }
        return digits == 2 && (from + 2 >= end || !Character.isDigit(chars[from + 2]));
    }

    /** 'em, 'til, 'cause: a word whose first letters the apostrophe stands for. */
    private static boolean isElision(char[] chars, int from, int end) {
        int k = from;
        while (k < end && Character.isLetter(chars[k])) {
            k++;
        }
        return ELISIONS.contains(new String(chars, from, k - from).toLowerCase(Locale.ROOT));
    }

    private static boolean isDoubleMark(char[] chars, int i, int end) {
        char c = chars[i];
        return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u201e' || c == '\u00ab' || c == '\u00bb'
                || c == '\'' && i + 1 < end && chars[i + 1] == '\'';
    }

    private static boolean opensAfter(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || "([\u2014\u2013-/:\u201c\"".indexOf(c) >= 0;
    }

    private static boolean closesBefore(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || ",.;:!?)]\u2014\u2013-\u201d\"\u2026".indexOf(c) >= 0;
    }

    private static int lineEnd(char[] chars, int start) {
        int end = start;
        while (end < chars.length && chars[end] != '\n' && chars[end] != '\r') {
            end++;
        }
        return end;
    }

    private static int nextLineStart(char[] chars, int lineEnd) {
        if (lineEnd >= chars.length) {
            return chars.length;
        }
        int next = lineEnd + (chars[lineEnd] == '\r' && lineEnd + 1 < chars.length && chars[lineEnd + 1] == '\n'
                ? 2 : 1);
        // a blank line between paragraphs is not a paragraph
        while (next < chars.length && (chars[next] == '\n' || chars[next] == '\r')) {
            next++;
        }
        return next;
    }
}
