package org.quoteattribution.internal.html;

import java.util.ArrayList;
import java.util.Comparator;
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
     * The quote's spans in the HTML, in order, disjoint and not empty. The HTML ranges of the rendered spans need not
     * be in the rendered order, nor apart: the parser moves text (out of a table it stood in, out of misnested
     * tags), and two rendered spans can share the source of one entity that decodes to two characters (a letter and a
     * combining mark). So the ranges are sorted and those that overlap merged, which keeps every word of the quote
     * inside a span. A range of synthetic characters only stands for no HTML and is left out, unless every range is.
     */
    private static List<Span> spans(List<Span> rendered, HtmlText page) {
        List<Span> ranges = new ArrayList<>(rendered.size());
        for (Span s : rendered) {
            Span html = page.toHtml(s);
            if (html.start() < html.end()) {
                ranges.add(html);
            }
        }
        if (ranges.isEmpty()) {
            return List.of(page.toHtml(rendered.get(0)));
        }
        ranges.sort(Comparator.comparingInt(Span::start));
        List<Span> spans = new ArrayList<>(ranges.size());
        Span current = ranges.get(0);
        for (Span next : ranges.subList(1, ranges.size())) {
            if (next.start() < current.end()) {
                current = new Span(current.start(), Math.max(current.end(), next.end()));
            } else {
                spans.add(current);
                current = next;
            }
        }
        spans.add(current);
        return spans;
    }

    private static Optional<Phrase> phrase(Optional<Phrase> phrase, HtmlText page) {
        return phrase.map(p -> phrase(p, page));
    }

    private static Phrase phrase(Phrase phrase, HtmlText page) {
        return new Phrase(phrase.text(), page.toHtml(phrase.span()));
    }
}
