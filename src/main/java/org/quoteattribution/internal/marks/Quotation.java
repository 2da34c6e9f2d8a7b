package org.quoteattribution.internal.marks;

import java.util.List;
import org.quoteattribution.Span;

/**
 * Words between double quotation marks. A quotation running over several paragraphs has one piece per paragraph.
 *
 * @param pieces   the quoted words, marks excluded, trimmed; in order, disjoint, never empty
 * @param open     where the opening mark starts
 * @param closeEnd just after the closing mark, or -1 when the quotation is never closed
 */
public record Quotation(List<Span> pieces, int open, int closeEnd) {

    public Quotation {
        pieces = List.copyOf(pieces);
    }

    public int start() {
        return pieces.get(0).start();
    }

    public int end() {
        return pieces.get(pieces.size() - 1).end();
    }

    /** The character just after the closing mark, or the end of the words when unclosed. */
    public int outerEnd() {
        return closeEnd >= 0 ? closeEnd : end();
    }

    public boolean isClosed() {
        return closeEnd >= 0;
    }
}
