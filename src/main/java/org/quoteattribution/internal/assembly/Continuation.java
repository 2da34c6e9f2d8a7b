package org.quoteattribution.internal.assembly;

import java.util.List;
import org.quoteattribution.Span;
import org.quoteattribution.internal.cues.CueIndex;
import org.quoteattribution.internal.marks.Quotation;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Token;

/**
 * When a quotation goes on with the quote before it rather than starting a new one: after the same cue ("“...,” he
 * said, “...”"), after a participle hanging on that cue ("he said, adding, “...”"), or with nothing but the first
 * quote's own attribution and paragraph breaks between them (a quote of several paragraphs).
 */
final class Continuation {

    private Continuation() {
    }

    /** Appends spans that come after the last one (a continuation never goes back). */
    static void addAfter(List<Span> spans, List<Span> more) {
        for (Span s : more) {
            if (s.start() >= spans.get(spans.size() - 1).end()) {
                spans.add(s);
            }
        }
    }

    /** A participle hanging on the previous quote's cue in the same sentence: "Tester said, referring to ...". */
    static boolean hangsOnCue(Document doc, DraftQuote previous, DraftQuote next) {
        if (previous.cue().isEmpty() || next.cue().isEmpty() || next.how() != DraftQuote.Pattern.CUE_BEFORE) {
            return false;
        }
        int before = previous.cue().get().firstToken();
        int after = next.cue().get().firstToken();
        Token participle = doc.token(after);
        return after > before && participle.sentence() == doc.token(before).sentence()
                && participle.lower().endsWith("ing") && doc.token(after - 1).is(",") && after - before <= 12;
    }

    static boolean sameCue(DraftQuote previous, DraftQuote next) {
        return previous.cue().isPresent() && next.cue().isPresent()
                && previous.cue().get().firstToken() == next.cue().get().firstToken();
    }

    /**
     * Whether a quotation without a cue of its own goes on with the previous quote: nothing stands between them but
     * the previous quote's own attribution sentence, punctuation and paragraph breaks, and a quotation in a later
     * paragraph opens that paragraph.
     */
    static boolean continues(Document doc, DraftQuote previous, int previousEnd, Quotation q,
            CueIndex cues) {
        int from = previousEnd;
        int paragraphOfPrevious = doc.paragraphAt(from);
        int paragraph = doc.paragraphAt(q.open());
        if (paragraph - paragraphOfPrevious > 1) {
            return false;
        }
        if (paragraph != paragraphOfPrevious && q.open() != doc.paragraph(paragraph).start()) {
            return false;
        }
        boolean cueAfterContent = previous.cue().map(c -> doc.token(c.firstToken()).start() >= previousEnd)
                .orElse(false);
        for (int k = doc.tokenAtOrAfter(from); k < doc.tokens().size() && doc.token(k).start() < q.open(); k++) {
            Token t = doc.token(k);
            if (!t.isWord()) {
                continue;
            }
            // only the previous quote's own attribution may stand between: "“...,” said X, head of Y. “...”"
            // the whole of the cue's sentence is the attribution ("“...,” Chaffetz said after Pagliano failed to show
            // up. “...”"), but not a later sentence with a cue of its own
            boolean inCueSentence = t.sentence() == doc.token(previous.cue().get().firstToken()).sentence();
            boolean ownAttribution = cueAfterContent && doc.paragraphAt(t.start()) == paragraphOfPrevious
                    && (inCueSentence || cues.verbAt(k).isEmpty()
                    || t.lower().endsWith("ing") && doc.token(k - 1).is(","));
            if (!ownAttribution) {
                return false;
            }
        }
        return true;
    }
}
