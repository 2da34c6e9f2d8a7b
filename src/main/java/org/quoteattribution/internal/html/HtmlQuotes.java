package org.quoteattribution.internal.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quoteattribution.Phrase;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteDate;
import org.quoteattribution.Span;
import org.quoteattribution.Speaker;

/**
 * Moves the quotes found in an {@link HtmlText}'s rendered text into its HTML: every span, of the quote and of its
 * cue, speaker mention, date and source, becomes the HTML range of its characters ({@link HtmlText#toHtml}). The
 * texts stay as they were read, the rendered text: a quote's {@code text} is still its rendered pieces joined by a
 * space, and a phrase's {@code text} the rendered words (its HTML range may hold tags).
 */
public final class HtmlQuotes {

    private HtmlQuotes() {
    }

    /** The quotes with every span an HTML range of {@code page}. */
    public static List<Quote> intoHtml(List<Quote> quotes, HtmlText page) {
        List<Quote> moved = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            moved.add(new Quote(q.type(), q.text(), spans(q.spans(), page), phrase(q.cue(), page),
                    q.speaker().map(s -> new Speaker(s.name(), phrase(s.mention(), page), s.role())),
                    q.date().map(d -> new QuoteDate(d.value(), phrase(d.phrase(), page))),
                    phrase(q.source(), page), q.confidence()));
        }
        return List.copyOf(moved);
    }

    /**
     * The quote's spans in the HTML, still in order and disjoint: two rendered spans could share the source of one
     * entity that decodes to two characters (a letter and a combining mark), so a range never starts before the end of
     * the one before it.
     */
    private static List<Span> spans(List<Span> rendered, HtmlText page) {
        List<Span> spans = new ArrayList<>(rendered.size());
        int previousEnd = 0;
        for (Span s : rendered) {
            Span html = page.toHtml(s);
            int start = Math.max(html.start(), previousEnd);
            int end = Math.max(html.end(), start);
            spans.add(new Span(start, end));
            previousEnd = end;
        }
        return spans;
    }

    private static Optional<Phrase> phrase(Optional<Phrase> phrase, HtmlText page) {
        return phrase.map(p -> phrase(p, page));
    }

    private static Phrase phrase(Phrase phrase, HtmlText page) {
        return new Phrase(phrase.text(), page.toHtml(phrase.span()));
    }
}
