package org.quoteattribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/** The promises every result makes about the text it came from, whatever that text was. */
public final class QuoteInvariants {

    private QuoteInvariants() {
    }

    /** Checks every promise at once: for hostile inputs, where any broken promise is a bug. */
    public static void assertAll(String text, List<Quote> quotes) {
        for (Quote q : quotes) {
            assertSpansInsideOnCodePoints(text, q);
            assertSpansInOrderAndDisjoint(q);
            assertTextIsSpansJoined(text, q);
            assertPhrasesQuoteTheirSpans(text, q);
            assertConfidenceInRange(q);
        }
    }

    public static void assertSpansInsideOnCodePoints(String text, Quote q) {
        for (Span s : allSpans(q)) {
            assertTrue(s.start() >= 0 && s.end() <= text.length(), () -> "span " + s + " outside the text: " + q);
            assertTrue(onCodePointBoundary(text, s.start()) && onCodePointBoundary(text, s.end()),
                    () -> "span " + s + " splits a surrogate pair: " + q);
        }
    }

    public static void assertSpansInOrderAndDisjoint(Quote q) {
        Span previous = null;
        for (Span s : q.spans()) {
            assertTrue(s.start() < s.end(), () -> "empty span " + s + ": " + q);
            if (previous != null) {
                Span p = previous;
                assertTrue(p.end() <= s.start(), () -> "spans " + p + " and " + s + " overlap or are out of order: "
                        + q);
            }
            previous = s;
        }
    }

    public static void assertTextIsSpansJoined(String text, Quote q) {
        assertEquals(String.join(" ", q.spans().stream().map(s -> s.of(text)).toList()), q.text());
    }

    public static void assertPhrasesQuoteTheirSpans(String text, Quote q) {
        for (Phrase p : phrases(q)) {
            assertEquals(p.span().of(text), p.text(), q::toString);
        }
    }

    public static void assertConfidenceInRange(Quote q) {
        assertTrue(q.confidence() >= 0.0 && q.confidence() <= 1.0, q::toString);
    }

    static boolean onCodePointBoundary(String text, int offset) {
        return offset <= 0 || offset >= text.length() || !(Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset)));
    }

    /** Every phrase of a quote: its cue, source, date and speaker mention, where it has them. */
    public static List<Phrase> phrases(Quote q) {
        List<Phrase> phrases = new ArrayList<>();
        q.cue().ifPresent(phrases::add);
        q.source().ifPresent(phrases::add);
        q.date().map(QuoteDate::phrase).ifPresent(phrases::add);
        q.speaker().flatMap(Speaker::mention).ifPresent(phrases::add);
        return phrases;
    }

    private static List<Span> allSpans(Quote q) {
        List<Span> spans = new ArrayList<>(q.spans());
        phrases(q).stream().map(Phrase::span).forEach(spans::add);
        return spans;
    }
}
