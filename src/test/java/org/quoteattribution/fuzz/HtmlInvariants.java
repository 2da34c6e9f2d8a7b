package org.quoteattribution.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.quoteattribution.Phrase;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteInvariants;
import org.quoteattribution.Span;

/**
 * The promises of {@code QuoteAttributor.attributeHtml} (its Javadoc): every span lies inside the HTML on code
 * point boundaries, a quote's spans are in order and disjoint, confidence is in [0, 1], and the HTML of a span,
 * stripped of its tags with its entities decoded, reads as the span's text with the added quotation marks left out,
 * whitespace aside.
 *
 * <p>The last is checked leniently, so that the check does not have to render HTML as the library does: every
 * character of the text, leaving out whitespace and the curly double marks the renderer may add for {@code <q>} and
 * {@code <blockquote>}, must appear in order among the characters of its spans' HTML as jsoup reads each span on its
 * own (which keeps the text of elements the renderer skips, hence "in order" rather than "equal"). A span moved off
 * its words, or a text that no HTML stands behind, fails it.
 */
final class HtmlInvariants {

    private HtmlInvariants() {
    }

    static void assertAll(String html, List<Quote> quotes) {
        for (Quote q : quotes) {
            QuoteInvariants.assertSpansInsideOnCodePoints(html, q);
            QuoteInvariants.assertSpansInOrderAndDisjoint(q);
            QuoteInvariants.assertConfidenceInRange(q);
            assertReadsAs(html, q.spans(), q.text(), q);
            for (Phrase p : QuoteInvariants.phrases(q)) {
                assertReadsAs(html, List.of(p.span()), p.text(), q);
            }
        }
    }

    /**
     * Whether the text's characters appear in order in the spans' HTML read as markup (tags stripped, entities
     * decoded), as escapable raw text (entities decoded, nothing stripped: {@code <textarea>}) or as raw text (as it
     * is: after {@code <plaintext>}, where neither tags nor entities are markup): a span read out of its context
     * cannot tell which it is.
     */
    private static void assertReadsAs(String html, List<Span> spans, String text, Quote q) {
        StringBuilder asMarkup = new StringBuilder();
        StringBuilder asText = new StringBuilder();
        StringBuilder asIs = new StringBuilder();
        for (Span s : spans) {
            asMarkup.append(Jsoup.parseBodyFragment(s.of(html)).body().wholeText());
            asText.append(Parser.unescapeEntities(s.of(html), false));
            asIs.append(s.of(html));
        }
        String expected = significant(text);
        int read = readInAnyWay(expected, asMarkup, asText, asIs);
        if (read < expected.length() && everyWordReads(text, asMarkup, asText, asIs)) {
            // the parser moved text (out of a table, out of misnested tags), so the spans, which are sorted, need
            // not follow the order of the pieces: each word must then be in the spans on its own
            read = expected.length();
        }
        int unread = read;
        assertTrue(read == expected.length(), () -> "the HTML of " + spans + " does not read as '" + text
                + "' (from '" + expected.substring(unread) + "' on): " + spans.stream().map(s -> s.of(html)).toList()
                + " in " + q);
    }

    private static boolean everyWordReads(String text, CharSequence asMarkup, CharSequence asText, CharSequence asIs) {
        for (String word : text.split("[\\s\\u00a0]+")) {
            String w = significant(word);
            if (readInAnyWay(w, asMarkup, asText, asIs) < w.length()) {
                return false;
            }
        }
        return true;
    }

    private static int readInAnyWay(String expected, CharSequence asMarkup, CharSequence asText, CharSequence asIs) {
        return Math.max(readInOrder(expected, significant(asMarkup.toString())),
                Math.max(readInOrder(expected, significant(asText.toString())),
                        readInOrder(expected, significant(asIs.toString()))));
    }

    /** How many characters of {@code expected}, from its start, appear in order in {@code actual}. */
    private static int readInOrder(String expected, String actual) {
        int j = 0;
        for (int i = 0; i < expected.length(); i++) {
            char c = expected.charAt(i);
            while (j < actual.length() && actual.charAt(j) != c) {
                j++;
            }
            if (j == actual.length()) {
                return i;
            }
            j++;
        }
        return expected.length();
    }

    /** The characters compared: not whitespace, not the marks the renderer adds, not what parsers replace. */
    private static String significant(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u201c' && c != '\u201d'
                    && c != '\u0000' && c != '\ufffd') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
