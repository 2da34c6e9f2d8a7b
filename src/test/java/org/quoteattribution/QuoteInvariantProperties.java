package org.quoteattribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants that hold for every input: offsets inside the text, text equal to its spans, no surprises. */
class QuoteInvariantProperties {

    private final QuoteAttributor attributor = SharedAttributor.get();

    @Property
    void spansLieInsideTheTextAndInOrder(@ForAll("articles") String text) {
        for (Quote q : attributor.attribute(text)) {
            int previousEnd = 0;
            for (Span s : q.spans()) {
                assertTrue(s.start() >= previousEnd && s.end() <= text.length() && s.start() < s.end(), q::toString);
                previousEnd = s.end();
            }
        }
    }

    @Property
    void textIsTheSpansJoinedByASpace(@ForAll("articles") String text) {
        for (Quote q : attributor.attribute(text)) {
            List<String> pieces = q.spans().stream().map(s -> s.of(text)).toList();
            assertEquals(String.join(" ", pieces), q.text());
        }
    }

    @Property
    void anyStringGivesAResult(@ForAll String text) {
        for (Quote q : attributor.attribute(text)) {
            assertTrue(q.end() <= text.length());
            assertTrue(q.confidence() >= 0 && q.confidence() <= 1);
        }
    }

    @Property(tries = 50)
    void fourThreadsGiveTheSameResultAsOne(@ForAll("articles") String text) throws Exception {
        List<Quote> sequential = attributor.attribute(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Quote>>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> attributor.attribute(text)));
            }
            for (Future<List<Quote>> f : futures) {
                assertEquals(sequential, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> names = Arbitraries.of("Sergei Lavrov", "Lavrov", "he", "she", "The Pentagon", "officials",
                "Donald Trump", "a spokesman");
        Arbitrary<String> cues = Arbitraries.of("said", "told reporters", "wrote", "added", "says", "argued");
        Arbitrary<String> words = Arbitraries.of("we", "will", "not", "agree", "peace", "don't", "Trump's", "'90s",
                "the students'", "security", "\u201cnested 'single' marks\u201d", "\"", "\u201c", "\u201d", "\u2018",
                "\u2019", "\r\n", "\n\n", "\uFEFF", "\uD83D\uDE00", "\u0000", ",", ".", ":", "\u2014")
                .list().ofMinSize(1).ofMaxSize(12).map(l -> String.join(" ", l));
        Arbitrary<String> sentence = Combinators.combine(names, cues, words, Arbitraries.of(0, 1, 2, 3))
                .as((n, c, w, shape) -> switch (shape) {
                    case 0 -> "\u201c" + w + ",\u201d " + n + " " + c + ".";
                    case 1 -> n + " " + c + ": \"" + w + "\"";
                    case 2 -> n + " " + c + " that " + w + " \u201c" + w + "\u201d.";
                    default -> w;
                });
        return sentence.list().ofMinSize(0).ofMaxSize(8).map(l -> String.join(" ", l));
    }
}
