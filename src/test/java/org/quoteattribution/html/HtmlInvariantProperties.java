package org.quoteattribution.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.quoteattribution.Phrase;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteInvariants;
import org.quoteattribution.QuoteAttributor;
import org.quoteattribution.SharedAttributor;
import org.quoteattribution.Span;

/**
 * The HTML entry's promises over generated articles, each made twice from the same pieces: as HTML (paragraphs,
 * list items and divisions; inline tags around and inside words; entities for marks, apostrophes and ampersands;
 * scripts and captions between paragraphs) and as the plain text a reader sees of it. Tries: the {@code jqwik.tries}
 * Maven property, as for the text entry's properties.
 */
class HtmlInvariantProperties {

    private static final List<String> NAMES = List.of("Maria Lopez", "John Smith", "the minister",
            "Chief Inspector Anne Roe", "Rahul Gupta");
    private static final List<String> WORDS = List.of("we", "will", "build", "the", "bridge", "before", "winter",
            "taxes", "are", "too", "high", "it's", "over", "R&D", "jobs", "matter", "now", "again");
    private static final List<String> CUES = List.of("said", "told reporters", "added", "wrote");

    private final QuoteAttributor attributor = SharedAttributor.get();

    @Property
    void everySpanOfTheHtmlReadsAsItsPieceOfTheQuote(@ForAll("articles") Article article) {
        List<Quote> quotes = attributor.attributeHtml(article.html());
        Statistics.label("has quotes").collect(!quotes.isEmpty());
        Statistics.label("has quotes").coverage(c -> c.check(true).percentage(p -> p > 50));
        for (Quote q : quotes) {
            StringBuilder visible = new StringBuilder();
            for (Span span : q.spans()) {
                assertOnVisibleText(article.html(), span);
                visible.append(HtmlSlices.visibleText(span.of(article.html())));
            }
            assertEquals(HtmlSlices.withoutSpacesAndMarks(q.text()),
                    HtmlSlices.withoutSpacesAndMarks(visible.toString()), q::toString);
        }
    }

    @Property
    void everyPhraseOfTheHtmlReadsAsItsText(@ForAll("articles") Article article) {
        for (Quote q : attributor.attributeHtml(article.html())) {
            for (Phrase phrase : QuoteInvariants.phrases(q)) {
                assertOnVisibleText(article.html(), phrase.span());
                assertEquals(HtmlSlices.withoutSpacesAndMarks(phrase.text()),
                        HtmlSlices.withoutSpacesAndMarks(HtmlSlices.visibleText(phrase.span().of(article.html()))),
                        q::toString);
            }
        }
    }

    @Property
    void htmlAndItsPlainTextGiveTheSameQuotes(@ForAll("articles") Article article) {
        assertEquals(HtmlSlices.summaries(attributor.attribute(article.text())),
                HtmlSlices.summaries(attributor.attributeHtml(article.html())), article::toString);
    }

    private static void assertOnVisibleText(String html, Span span) {
        assertTrue(span.start() >= 0 && span.start() < span.end() && span.end() <= html.length(), span::toString);
        assertNotEquals('<', html.charAt(span.start()), () -> "begins on a tag: " + span.of(html));
        assertNotEquals('>', html.charAt(span.end() - 1), () -> "ends on a tag: " + span.of(html));
    }

    /** One generated article: its HTML, and the text a reader sees of it, a paragraph a line. */
    record Article(String html, String text) {
    }

    /** A piece of an article, written both ways. */
    private record Piece(String html, String text) {
        static Piece of(String same) {
            return new Piece(same, same);
        }

        Piece then(Piece next) {
            return new Piece(html + next.html, text + next.text);
        }
    }

    @Provide
    Arbitrary<Article> articles() {
        Arbitrary<Piece> paragraph = Arbitraries.oneOf(directQuote(), indirectQuote(), quoteAfterColon(), plain());
        Arbitrary<String> block = Arbitraries.of("p", "p", "div", "li");
        Arbitrary<Piece> wrapped = Combinators.combine(paragraph, block, noise()).as((p, tag, noise) ->
                new Piece(noise + "<" + tag + ">" + p.html() + "</" + tag + ">\n", p.text() + "\n"));
        return wrapped.list().ofMinSize(1).ofMaxSize(5).map(pieces -> {
            Piece all = Piece.of("");
            for (Piece p : pieces) {
                all = all.then(p);
            }
            return new Article("<html><body>\n" + all.html() + "</body></html>", all.text());
        });
    }

    /** What a reader never sees, sometimes between paragraphs. */
    private Arbitrary<String> noise() {
        return Arbitraries.of("", "", "", "<script>var s = \"\\u201cNo,\\u201d he said.\";</script>",
                "<figure><img src=\"a.jpg\"><figcaption>&ldquo;Smile,&rdquo; the photographer said.</figcaption>"
                        + "</figure>", "<style>p{}</style>", "<!-- \"a comment,\" said nobody -->");
    }

    private Arbitrary<Piece> directQuote() {
        return Combinators.combine(words(), name(), cue()).as((q, name, cue) ->
                mark("&ldquo;", "“").then(q).then(Piece.of(",")).then(mark("&rdquo;", "”"))
                        .then(Piece.of(" " + name + " " + cue + ".")));
    }

    private Arbitrary<Piece> indirectQuote() {
        return Combinators.combine(name(), words()).as((name, q) ->
                Piece.of(name + " said that ").then(q).then(Piece.of(".")));
    }

    private Arbitrary<Piece> quoteAfterColon() {
        return Combinators.combine(name(), words()).as((name, q) ->
                Piece.of(name + " said: ").then(mark("&#8220;", "“")).then(q).then(Piece.of("."))
                        .then(mark("&#x201D;", "”")));
    }

    private Arbitrary<Piece> plain() {
        return words().map(w -> Piece.of("In other news, ").then(w).then(Piece.of(".")));
    }

    private static Piece mark(String entity, String mark) {
        return new Piece(entity, mark);
    }

    private Arbitrary<String> name() {
        return Arbitraries.of(NAMES);
    }

    private Arbitrary<String> cue() {
        return Arbitraries.of(CUES);
    }

    /** Three to nine words, some in inline tags, apostrophes and ampersands sometimes as entities. */
    private Arbitrary<Piece> words() {
        Arbitrary<Piece> word = Combinators.combine(Arbitraries.of(WORDS), Arbitraries.integers().between(0, 5))
                .as(HtmlInvariantProperties::dressed);
        return word.list().ofMinSize(3).ofMaxSize(9).map(list -> {
            Piece all = list.get(0);
            for (int i = 1; i < list.size(); i++) {
                all = all.then(Piece.of(" ")).then(list.get(i));
            }
            return all;
        });
    }

    private static Piece dressed(String word, int how) {
        String escaped = word.replace("&", "&amp;").replace("'", how % 2 == 0 ? "&rsquo;" : "&#39;");
        String text = how % 2 == 0 ? word.replace("'", "’") : word;
        return switch (how) {
            case 1 -> new Piece("<em>" + escaped + "</em>", text);
            case 2 -> new Piece("<a href=\"/x?a=1&amp;b=2\">" + escaped + "</a>", text);
            case 3 -> new Piece("<b><i>" + escaped + "</i></b>", text);
            case 4 -> word.length() > 2
                    ? new Piece("<span>" + escaped.substring(0, 1) + "</span>" + escaped.substring(1), text)
                    : new Piece(escaped, text);
            default -> new Piece(escaped, text);
        };
    }
}
