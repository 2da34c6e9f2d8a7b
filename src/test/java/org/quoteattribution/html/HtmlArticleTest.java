package org.quoteattribution.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Phrase;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteAttributor;
import org.quoteattribution.QuoteType;
import org.quoteattribution.SharedAttributor;
import org.quoteattribution.Speaker;
import org.quoteattribution.Span;

/**
 * An article body as a content management system stores it, end to end through {@link
 * QuoteAttributor#attributeHtml(String, LocalDate)}: the quotes a reader sees, with offsets into the HTML.
 */
class HtmlArticleTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 8, 20);

    /** Paragraphs, nested inline tags, entities, a script, a style, a figure caption, an aside, q and blockquote. */
    static final String ARTICLE = """
            <!DOCTYPE html>
            <html><head><title>Ceasefire talks</title>
            <style>p { color: "red"; }</style>
            <script>var said = "\\"This is not a quote,\\" the script said.";</script></head>
            <body><article>
            <h1>Ceasefire talks resume in Geneva</h1>
            <p>&ldquo;We will <em>not</em> give up an inch of our <a href="/land">land</a>,&rdquo; Ukrainian President
            Volodymyr Zelenskyy said on Wednesday.</p>
            <figure><img src="a.jpg"><figcaption>&quot;Peace now,&quot; said a banner, photographed by AP.</figcaption></figure>
            <p>Russian Foreign Minister Sergei Lavrov told reporters that Moscow was &ldquo;ready to talk&rdquo; but
            <strong>would not</strong> accept preconditions.</p>
            <aside>Related: &ldquo;Sign up for our newsletter,&rdquo; the editors said.</aside>
            <p>Lavrov said: <q>The West must decide.</q></p>
            <blockquote><p>Nobody wins a war like this one.</p></blockquote>
            <p>The quote above is from a speech Zelenskyy gave in Kyiv.</p>
            </article></body></html>
            """;

    private final QuoteAttributor attributor = SharedAttributor.get();
    private final List<Quote> quotes = attributor.attributeHtml(ARTICLE, PUBLISHED);

    @Test
    void quotesInParagraphsWithInlineTagsAndEntitiesAreFound() {
        Quote first = quoteStarting("We will not give up");
        assertEquals(QuoteType.DIRECT, first.type());
        assertEquals("We will not give up an inch of our land,", first.text());
        assertEquals(Optional.of("Volodymyr Zelenskyy"), first.speaker().flatMap(Speaker::name));
        assertEquals(Optional.of(PUBLISHED), first.date().flatMap(d -> d.value()));
    }

    @Test
    void mixedQuoteWithEntityMarksIsFound() {
        Quote lavrov = quoteStarting("that Moscow was");
        assertEquals(QuoteType.MIXED, lavrov.type());
        assertTrue(lavrov.text().contains("ready to talk") && lavrov.text().contains("would not accept"),
                lavrov.text());
        assertEquals(Optional.of("Sergei Lavrov"), lavrov.speaker().flatMap(Speaker::name));
    }

    @Test
    void qElementIsAQuotation() {
        Quote q = quoteStarting("The West must decide");
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals(Optional.of("Sergei Lavrov"), q.speaker().flatMap(Speaker::name));
    }

    @Test
    void scriptsStylesCaptionsAndAsidesGiveNoQuotes() {
        for (Quote q : quotes) {
            assertFalse(q.text().contains("not a quote") || q.text().contains("Peace now")
                    || q.text().contains("newsletter") || q.text().contains("color"), q::toString);
        }
    }

    @Test
    void everySpanIsAPieceOfTheHtmlThatReadsAsTheQuotesText() {
        assertFalse(quotes.isEmpty());
        for (Quote q : quotes) {
            StringBuilder visible = new StringBuilder();
            for (Span span : q.spans()) {
                assertTrue(span.start() >= 0 && span.end() <= ARTICLE.length(), span::toString);
                assertTrue(ARTICLE.charAt(span.start()) != '<' && ARTICLE.charAt(span.end() - 1) != '>',
                        () -> "a span begins or ends on a tag: " + span.of(ARTICLE));
                visible.append(' ').append(HtmlSlices.visibleText(span.of(ARTICLE)));
            }
            assertEquals(HtmlSlices.withoutSpacesAndMarks(q.text()),
                    HtmlSlices.withoutSpacesAndMarks(visible.toString()), q::toString);
        }
    }

    @Test
    void cuesSpeakersAndDatesPointIntoTheHtml() {
        Quote first = quoteStarting("We will not give up");
        assertPhraseIsItsHtml(first.cue().orElseThrow());
        assertPhraseIsItsHtml(first.speaker().flatMap(Speaker::mention).orElseThrow());
        assertPhraseIsItsHtml(first.date().orElseThrow().phrase());
    }

    @Test
    void htmlAndItsPlainTextGiveTheSameQuotes() {
        String plain = HtmlSlices.plainText(ARTICLE);
        List<Quote> fromText = attributor.attribute(plain, PUBLISHED);
        assertEquals(HtmlSlices.summaries(fromText), HtmlSlices.summaries(quotes));
    }

    private static void assertPhraseIsItsHtml(Phrase phrase) {
        assertEquals(HtmlSlices.withoutSpacesAndMarks(phrase.text()),
                HtmlSlices.withoutSpacesAndMarks(HtmlSlices.visibleText(phrase.span().of(ARTICLE))));
    }

    private Quote quoteStarting(String start) {
        return quotes.stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + start + " in " + quotes));
    }
}
