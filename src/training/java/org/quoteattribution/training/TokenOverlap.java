package org.quoteattribution.training;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quoteattribution.Span;

/**
 * Word-token overlap between spans of one text, counted the way the shared scorer counts it (runs of letters and
 * digits; punctuation ignored), so that training labels agree with what is measured.
 */
final class TokenOverlap {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

    private final int[] starts;
    private final int[] ends;

    TokenOverlap(String text) {
        Matcher m = WORD.matcher(text);
        java.util.ArrayList<int[]> tokens = new java.util.ArrayList<>();
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        starts = new int[tokens.size()];
        ends = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            starts[i] = tokens.get(i)[0];
            ends[i] = tokens.get(i)[1];
        }
    }

    BitSet tokens(List<Span> spans) {
        BitSet set = new BitSet();
        for (Span s : spans) {
            int i = firstEndingAfter(s.start());
            while (i < starts.length && starts[i] < s.end()) {
                set.set(i++);
            }
        }
        return set;
    }

    static double f1(BitSet a, BitSet b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        BitSet both = (BitSet) a.clone();
        both.and(b);
        int inter = both.cardinality();
        if (inter == 0) {
            return 0;
        }
        double p = (double) inter / b.cardinality();
        double r = (double) inter / a.cardinality();
        return 2 * p * r / (p + r);
    }

    private int firstEndingAfter(int offset) {
        int lo = 0;
        int hi = ends.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
