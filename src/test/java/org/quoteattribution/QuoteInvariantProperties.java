package org.quoteattribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Promises that hold for every input, over article-like text built from the pieces that break parsers (marks of
 * every kind, nested and unbalanced quotes, CRLF, byte order marks, emoji and other astral characters, control
 * characters) and over arbitrary strings. Tries per property: the {@code jqwik.tries} Maven property (1,000 by
 * default; {@code mvn verify -Djqwik.tries=100000} for a long run).
 */
class QuoteInvariantProperties {

    /** Four threads for all tries of the concurrency property: starting a pool per try would cost more than it. */
    private static final ExecutorService POOL = Executors.newFixedThreadPool(4);

    private final QuoteAttributor attributor = SharedAttributor.get();

    @Property
    void articleSpansLieInsideTheTextOnCodePointBoundaries(@ForAll("articles") String text) {
        List<Quote> quotes = attributor.attribute(text);
        quotes.forEach(q -> QuoteInvariants.assertSpansInsideOnCodePoints(text, q));
        // the generator must keep producing attributed quotes, or every property here would hold vacuously
        Statistics.label("has quotes").collect(!quotes.isEmpty());
        Statistics.label("has quotes").coverage(c -> c.check(true).percentage(p -> p > 25));
    }

    @Property
    void articleQuoteTextIsItsSpansJoinedByASpace(@ForAll("articles") String text) {
        attributor.attribute(text).forEach(q -> QuoteInvariants.assertTextIsSpansJoined(text, q));
    }

    @Property
    void articleQuoteSpansAreInOrderAndDisjoint(@ForAll("articles") String text) {
        attributor.attribute(text).forEach(QuoteInvariants::assertSpansInOrderAndDisjoint);
    }

    @Property
    void articlePhrasesAreTheWordsAtTheirSpans(@ForAll("articles") String text) {
        attributor.attribute(text).forEach(q -> QuoteInvariants.assertPhrasesQuoteTheirSpans(text, q));
    }

    @Property
    void articleConfidenceIsBetweenZeroAndOne(@ForAll("articles") String text) {
        attributor.attribute(text).forEach(QuoteInvariants::assertConfidenceInRange);
    }

    @Property
    void articleGivesTheSameQuotesEveryTime(@ForAll("articles") String text) {
        assertEquals(attributor.attribute(text), attributor.attribute(text));
    }

    @Property
    void anyStringGivesQuotesThatKeepEveryPromise(@ForAll("anyText") String text) {
        QuoteInvariants.assertAll(text, attributor.attribute(text));
    }

    @Property
    void anyStringGivesTheSameQuotesEveryTime(@ForAll("anyText") String text) {
        assertEquals(attributor.attribute(text), attributor.attribute(text));
    }

    @Property
    void fourThreadsGiveTheSameResultAsOne(@ForAll("articles") String text) throws Exception {
        List<Quote> sequential = attributor.attribute(text);
        List<Future<List<Quote>>> futures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            futures.add(POOL.submit(() -> attributor.attribute(text)));
        }
        for (Future<List<Quote>> f : futures) {
            assertEquals(sequential, f.get());
        }
    }

    @AfterContainer
    static void stopThreads() {
        POOL.shutdown();
    }

    @Provide
    Arbitrary<String> articles() {
        return HostileText.articles();
    }

    @Provide
    Arbitrary<String> anyText() {
        return HostileText.anyText();
    }
}
