package org.quoteattribution.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain splitter for text the statistical models would handle badly or slowly (very long runs without spaces,
 * binary junk): sentences end after . ! ? followed by a space; tokens are runs of letters and digits, or single
 * other characters, at most {@value #MAX_TOKEN} characters long. Linear in the input.
 */
final class RuleTokenizer {

    static final int MAX_TOKEN = 100;

    private RuleTokenizer() {
    }

    static List<int[]> sentences(String line) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean end = (c == '.' || c == '!' || c == '?')
                    && (i + 1 == line.length() || Character.isWhitespace(line.charAt(i + 1)));
            if (end) {
                addTrimmed(line, start, i + 1, out);
                start = i + 1;
            }
        }
        addTrimmed(line, start, line.length(), out);
        return out;
    }

    static List<int[]> tokens(String sentence) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = sentence.length();
        while (i < n) {
            char c = sentence.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                while (i < n && i - start < MAX_TOKEN && Character.isLetterOrDigit(sentence.charAt(i))) {
                    i++;
                }
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(sentence.charAt(i + 1))
                        ? 2 : 1;
            }
            out.add(new int[] {start, i});
        }
        return out;
    }

    private static void addTrimmed(String line, int start, int end, List<int[]> out) {
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new int[] {start, end});
        }
    }
}
