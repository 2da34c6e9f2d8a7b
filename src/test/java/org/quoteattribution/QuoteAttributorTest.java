package org.quoteattribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteAttributorTest {

    private final QuoteAttributor attributor = SharedAttributor.get();

    @Test
    void nullTextIsRejectedNamingTheArgument() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> attributor.attribute(null));
        assertEquals("text", e.getMessage());
    }

    @Test
    void nullPublicationDateIsRejectedNamingTheArgument() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> attributor.attribute("He said it.", null));
        assertEquals("publicationDate", e.getMessage());
    }

    @Test
    void nullTextWithADateIsRejectedNamingTheArgument() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> attributor.attribute(null, LocalDate.of(2025, 8, 20)));
        assertEquals("text", e.getMessage());
    }

    @Test
    void emptyTextHasNoQuotes() {
        assertTrue(attributor.attribute("").isEmpty());
    }

    @Test
    void quoteFollowedByNameAndCueIsDirectAndAttributed() {
        Quote q = only(attributor.attribute("“We need strong guarantees,” Zelenskyy said on Wednesday."));
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("We need strong guarantees,", q.text());
        assertEquals(Optional.of("Zelenskyy"), q.speaker().flatMap(Speaker::name));
        assertEquals("said", q.cue().orElseThrow().text());
    }

    @Test
    void invertedCueTakesTheSpeakerAfterTheVerb() {
        Quote q = only(attributor.attribute("“This will not work,” said Sergei Lavrov."));
        assertEquals(Optional.of("Sergei Lavrov"), q.speaker().flatMap(Speaker::name));
    }

    @Test
    void speakerNameIsTheFullestFormInTheArticle() {
        String text = "Russian Foreign Minister Sergei Lavrov spoke in Moscow.\n\nLavrov said: “This will not work.”";
        Quote q = only(attributor.attribute(text));
        assertEquals(Optional.of("Sergei Lavrov"), q.speaker().flatMap(Speaker::name));
        assertEquals("Lavrov", q.speaker().flatMap(Speaker::mention).orElseThrow().text());
    }

    @Test
    void quoteInterruptedByItsCueIsOneQuoteWithTwoSpans() {
        Quote q = only(attributor.attribute("“We will win,” he said, “and we will win big.”"));
        assertEquals(2, q.spans().size());
        assertEquals("We will win, and we will win big.", q.text());
    }

    @Test
    void reportedClauseWithQuotedWordsIsMixed() {
        Quote q = only(attributor.attribute(
                "Zelenskyy said the Russian attacks “only confirm the need for pressure on Moscow.”"));
        assertEquals(QuoteType.MIXED, q.type());
        assertTrue(q.text().startsWith("the Russian attacks"), q.text());
    }

    @Test
    void nameInQuotationMarksWithNoSpeakerIsNotAQuote() {
        List<Quote> quotes = attributor.attribute(
                "Countries in the “coalition of the willing” met in Paris on Monday to discuss troops.");
        assertTrue(quotes.isEmpty(), quotes::toString);
    }

    @Test
    void seedArticleGivesLavrovsMultiParagraphQuoteAsOne() throws IOException {
        List<Quote> quotes = attributor.attribute(seedArticle(), LocalDate.of(2025, 8, 20));
        Quote q = quotes.stream().filter(x -> x.text().contains("We cannot agree with the fact")).findFirst()
                .orElseThrow();
        assertTrue(q.text().contains("is a utopia"), q.text());
        assertEquals(2, q.spans().size());
        assertEquals(Optional.of("Sergei Lavrov"), q.speaker().flatMap(Speaker::name));
    }

    static String seedArticle() throws IOException {
        try (InputStream in = QuoteAttributorTest.class.getResourceAsStream("/seed-article.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Quote only(List<Quote> quotes) {
        assertEquals(1, quotes.size(), quotes::toString);
        return quotes.get(0);
    }
}
