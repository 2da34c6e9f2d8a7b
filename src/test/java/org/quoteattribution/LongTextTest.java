package org.quoteattribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Texts far longer than an article (a transcript, a dump of many articles) are analysed a piece at a time, so that
 * memory stays bounded; the pieces are cut between paragraphs, and each gives the quotes it gives alone.
 */
class LongTextTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 8, 20);

    private final QuoteAttributor attributor = SharedAttributor.get();

    private static String seed() throws IOException {
        try (InputStream in = LongTextTest.class.getResourceAsStream("/seed-article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The seed article over and over, each copy ending with a blank line, past the length of one piece. */
    private static String copies(String article, int count) {
        return (article.strip() + "\n\n").repeat(count);
    }

    @Test
    void aTextOfManyArticlesGivesEachArticlesQuotesAtItsOffsets() throws IOException {
        String article = seed().strip() + "\n\n";
        int count = 2 * 200_000 / article.length() + 3;
        String text = copies(article, count);
        List<Quote> alone = attributor.attribute(article, PUBLISHED);
        List<Quote> all = attributor.attribute(text, PUBLISHED);
        assertTrue(alone.size() > 5, "the seed article has quotes");
        // a piece boundary falls between two copies; a copy is analysed with its neighbours, so count with a margin
        assertTrue(all.size() >= alone.size() * (count - 3), all.size() + " quotes for " + count + " copies");
        QuoteInvariants.assertAll(text, all);
        List<String> lastCopy = new ArrayList<>();
        int lastStart = text.length() - article.length();
        for (Quote q : all) {
            if (q.spans().get(0).start() >= lastStart) {
                lastCopy.add(q.type() + " " + q.text() + " " + q.speaker().flatMap(Speaker::name));
            }
        }
        assertEquals(alone.stream().map(q -> q.type() + " " + q.text() + " " + q.speaker().flatMap(Speaker::name))
                .toList(), lastCopy);
    }

    @Test
    void attributeEachHandsOverTheQuotesAttributeReturns() throws IOException {
        String text = copies(seed(), 2 * 200_000 / seed().length() + 2);
        List<Quote> each = new ArrayList<>();
        attributor.attributeEach(text, PUBLISHED, each::add);
        assertEquals(attributor.attribute(text, PUBLISHED), each);
    }

    @Test
    void attributeEachOfAnArticleIsAttribute() throws IOException {
        List<Quote> each = new ArrayList<>();
        attributor.attributeEach(seed(), each::add);
        assertEquals(attributor.attribute(seed()), each);
    }
}
