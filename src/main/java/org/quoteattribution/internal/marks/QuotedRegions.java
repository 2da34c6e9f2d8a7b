package org.quoteattribution.internal.marks;

import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import java.util.ArrayList;
import java.util.List;
import org.quoteattribution.Span;

/** Which characters of a document lie inside quotation marks: answers in logarithmic time. Immutable. */
public final class QuotedRegions {

    private final ImmutableRangeSet<Integer> quoted;

    public QuotedRegions(List<Quotation> quotations) {
        List<Range<Integer>> pieces = new ArrayList<>();
        for (Quotation q : quotations) {
            for (Span piece : q.pieces()) {
                pieces.add(Range.closedOpen(piece.start(), piece.end()));
            }
        }
        this.quoted = ImmutableRangeSet.unionOf(pieces);
    }

    /** Whether any quoted character lies inside the spans; an empty span holds no character. */
    public boolean overlaps(List<Span> spans) {
        for (Span s : spans) {
            if (s.length() > 0 && quoted.intersects(Range.closedOpen(s.start(), s.end()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the character at {@code offset} is quoted. */
    public boolean contains(int offset) {
        return quoted.contains(offset);
    }
}
