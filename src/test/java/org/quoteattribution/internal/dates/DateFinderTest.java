package org.quoteattribution.internal.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteAttributor;
import org.quoteattribution.QuoteDate;
import org.quoteattribution.SharedAttributor;

/** Which date phrase binds to a quote: the one in its cue's clause, or one the article clearly carries. */
class DateFinderTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 8, 20);
    private final QuoteAttributor attributor = SharedAttributor.get();

    @Test
    void datePhraseAfterTheCueBindsWithItsText() {
        QuoteDate date = dateOf("“We need guarantees,” Zelenskyy said in a Telegram post on Wednesday.").orElseThrow();
        assertEquals(Optional.of(WEDNESDAY), date.value());
        assertEquals("on Wednesday", date.phrase().text());
    }

    @Test
    void datePhraseOpeningTheSentenceBinds() {
        QuoteDate date = dateOf("On March 7, 2022, Lavrov said in a statement, “The goal is peace.”").orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2022, 3, 7)), date.value());
    }

    @Test
    void datePhraseBetweenSpeakerAndCueBinds() {
        assertEquals(Optional.of(LocalDate.of(2025, 8, 19)),
                dateOf("Trump on Tuesday said that the talks were “very good.”").flatMap(QuoteDate::value));
    }

    @Test
    void datePhraseInsideTheQuotedWordsDoesNotBind() {
        assertEquals(Optional.empty(), dateOf("Lavrov said: “We met on Monday and agreed on nothing.”"));
    }

    @Test
    void datePhraseInAnotherClauseOfTheSentenceDoesNotBind() {
        assertEquals(Optional.empty(),
                dateOf("Trump met Putin on Friday, and Lavrov said: “This will not work.”"));
    }

    @Test
    void datePhraseInARelativeClauseAboutTheSpeakerDoesNotBind() {
        assertEquals(Optional.empty(),
                dateOf("Lavrov, who arrived on Monday, said: “This will not work.”"));
    }

    @Test
    void dateOfThePreviousSentenceIsCarriedByAfterward() {
        QuoteDate date = dateOf("On Monday, Trump hosted Zelenskyy at the White House.\n"
                + "Afterward, Trump wrote on Truth Social: “Everyone is very happy.”").orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2025, 8, 18)), date.value());
        assertEquals("On Monday", date.phrase().text());
    }

    @Test
    void dateOfThePreviousSentenceIsNotCarriedWithoutAnOpenerThatCarriesIt() {
        assertEquals(Optional.empty(), dateOf("On Monday, Trump hosted Zelenskyy at the White House.\n"
                + "Trump wrote on Truth Social: “Everyone is very happy.”"));
    }

    @Test
    void stretchOfTimeKeepsItsTextWithoutADay() {
        QuoteDate date = dateOf("Lavrov said last week: “This will not work.”").orElseThrow();
        assertEquals("last week", date.phrase().text());
        assertEquals(Optional.empty(), date.value());
    }

    @Test
    void withoutPublicationDateRelativePhraseKeepsItsTextWithoutADay() {
        List<Quote> quotes = attributor.attribute("“We need guarantees,” Zelenskyy said on Wednesday.");
        QuoteDate date = quotes.get(0).date().orElseThrow();
        assertEquals("on Wednesday", date.phrase().text());
        assertEquals(Optional.empty(), date.value());
    }

    @Test
    void withoutPublicationDateAbsoluteDateWithAYearStillResolves() {
        List<Quote> quotes = attributor.attribute("On March 7, 2022, Lavrov said: “The goal is peace.”");
        assertEquals(Optional.of(LocalDate.of(2022, 3, 7)), quotes.get(0).date().flatMap(QuoteDate::value));
    }

    @Test
    void quoteWithoutDatePhraseHasNoDate() {
        assertEquals(Optional.empty(), dateOf("“We need guarantees,” Zelenskyy said."));
    }

    private Optional<QuoteDate> dateOf(String text) {
        List<Quote> quotes = attributor.attribute(text, WEDNESDAY);
        assertEquals(1, quotes.size(), quotes::toString);
        return quotes.get(0).date();
    }
}
