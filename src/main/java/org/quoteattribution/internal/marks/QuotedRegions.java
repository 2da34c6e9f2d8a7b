package org.quoteattribution.internal.marks;

import java.util.ArrayList;
import java.util.List;
import org.quoteattribution.Span;

/** Which characters of a document lie inside quotation marks: answers in logarithmic time. */
public final class QuotedRegions {

    private final int[] starts;
    private final int[] ends;

    public QuotedRegions(List<Quotation> quotations) {
        List<Span> pieces = new ArrayList<>();
        for (Quotation q : quotations) {
            pieces.addAll(q.pieces());
        }
        pieces.sort(null);
        starts = new int[pieces.size()];
        ends = new int[pieces.size()];
        for (int i = 0; i < pieces.size(); i++) {
            starts[i] = pieces.get(i).start();
            ends[i] = pieces.get(i).end();
        }
    }

    /** Whether any quoted character lies inside the spans. */
    public boolean overlaps(List<Span> spans) {
        for (Span s : spans) {
            int i = lastStartingAtOrBefore(s.end() - 1);
            if (i >= 0 && ends[i] > s.start()) {
                return true;
            }
        }
        return false;
    }

    private int lastStartingAtOrBefore(int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    public boolean contains(int offset) {
        int found = lastStartingAtOrBefore(offset);
        return found >= 0 && offset < ends[found];
    }
}
