package org.quoteattribution.html;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.quoteattribution.Phrase;
import org.quoteattribution.Quote;
import org.quoteattribution.Speaker;

/** What a reader sees of a piece of HTML, for comparing the HTML entry's results with the text's. */
final class HtmlSlices {

    private static final String MARKS = "\"“”‘’'";

    private HtmlSlices() {
    }

    /** A slice of HTML stripped of its tags (whole or cut at the slice's edges), its entities decoded. */
    static String visibleText(String slice) {
        String noTags = slice.replaceAll("<[^>]*>", "").replaceAll("^[^<]*>", "").replaceAll("<[^>]*$", "");
        return Parser.unescapeEntities(noTags, false);
    }

    /**
     * Whitespace and quotation marks left out: the HTML entry may add marks for q and blockquote, and a tag between
     * two words may stand for a space (a block's end) or for none (an inline element's).
     */
    static String withoutSpacesAndMarks(String text) {
        return normalized(text).replace(" ", "");
    }

    /** Whitespace collapsed and quotation marks left out. */
    static String normalized(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(c -> MARKS.indexOf(c) < 0).forEach(out::appendCodePoint);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * The article as plain text, a paragraph a line, as a CMS would export it: scripts, styles, captions and asides
     * dropped, {@code <q>} and {@code <blockquote>} given the quotation marks a browser shows.
     */
    static String plainText(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, figure, figcaption, aside, head").remove();
        for (Element q : document.select("q")) {
            q.prependText("“").appendText("”");
        }
        for (Element quote : document.select("blockquote")) {
            Element first = quote.selectFirst("p");
            Element last = quote.select("p").last();
            (first != null ? first : quote).prependText("“");
            (last != null ? last : quote).appendText("”");
        }
        StringBuilder text = new StringBuilder();
        for (Element block : document.select("h1, h2, h3, h4, h5, h6, p, li")) {
            if (block.parents().stream().noneMatch(p -> p.is("p, li"))) {
                text.append(block.text()).append('\n');
            }
        }
        return text.toString();
    }

    /** What a quote says, without its offsets: type, text, speaker, cue, date. */
    static List<String> summaries(List<Quote> quotes) {
        return quotes.stream().map(q -> q.type() + " | " + normalized(q.text()) + " | "
                + q.speaker().flatMap(Speaker::name).orElse("-") + " | " + q.cue().map(Phrase::text).orElse("-")
                + " | " + q.date().flatMap(d -> d.value()).map(Object::toString).orElse("-")).toList();
    }
}
