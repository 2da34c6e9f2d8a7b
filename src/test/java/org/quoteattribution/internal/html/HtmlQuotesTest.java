package org.quoteattribution.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteType;
import org.quoteattribution.Span;
import org.quoteattribution.internal.limits.Deadline;

class HtmlQuotesTest {

    private static List<Span> htmlSpans(HtmlText page, Span... rendered) {
        Quote q = new Quote(QuoteType.DIRECT, "x", List.of(rendered), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 0.5);
        return HtmlQuotes.intoHtml(List.of(q), page).get(0).spans();
    }

    /**
     * Found by fuzzing (HtmlFuzzTest): text the parser moves out of a table comes before the table in the rendered
     * text but after it in the HTML, so the quote's second span came out empty.
     */
    @Test
    void spansOfTextTheParserMovedAreSortedAndEachHoldsItsWords() {
        String html = "<table><tr><td>one</td></tr>two</table>";
        HtmlText page = HtmlRenderer.render(html, Deadline.NONE);
        int two = page.text().indexOf("two");
        int one = page.text().indexOf("one");
        assertEquals(true, two < one, page.text());
        List<Span> spans = htmlSpans(page, new Span(two, two + 3), new Span(one, one + 3));
        assertEquals(List.of(new Span(15, 18), new Span(28, 31)), spans);
        assertEquals("one", spans.get(0).of(html));
        assertEquals("two", spans.get(1).of(html));
    }

    @Test
    void overlappingRangesAreMerged() {
        String html = "<p>ab&#x1e09;cd</p>";
        HtmlText page = HtmlRenderer.render(html, Deadline.NONE);
        int c = page.text().indexOf('\u1e09');
        assertEquals(List.of(new Span(3, 15)), htmlSpans(page, new Span(0, c + 1), new Span(c, page.text().length())));
    }

    /** Found by fuzzing (HtmlFuzzTest): a piece holding text the parser moved ended before that text's HTML. */
    @Test
    void aSpanHoldingTextTheParserMovedIntoItCoversThatText() {
        String html = "<p>He said<table><tr><td>yes</td></tr>moved</table></p>";
        HtmlText page = HtmlRenderer.render(html, Deadline.NONE);
        int said = page.text().indexOf("said");
        int moved = page.text().indexOf("moved");
        assertEquals(true, said < moved && moved < page.text().indexOf("yes"), page.text());
        List<Span> spans = htmlSpans(page, new Span(said, moved + 5));
        assertEquals(List.of(new Span(html.indexOf("said"), html.indexOf("moved") + 5)), spans);
    }
}
