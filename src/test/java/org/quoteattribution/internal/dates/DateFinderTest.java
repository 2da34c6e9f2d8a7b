package org.quoteattribution.internal.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.QuoteDate;
import org.quoteattribution.internal.EarlierStages;
import org.quoteattribution.internal.TestDocuments;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.clauses.CueClause;

/**
 * Which date phrase binds to a quote: the one in its cue's clause, or one the article clearly carries. The date
 * finder alone, on the cue clause of the one quote the real assembler found in the article.
 */
class DateFinderTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 8, 20);
    private final DateFinder finder = new DateFinder();

    /** The date of the article's one quote, the article published on {@code published}. */
    private Optional<QuoteDate> dateOf(String text, Optional<LocalDate> published) {
        Article article = TestDocuments.article(text);
        CueClause clause = EarlierStages.clauseOf(article, EarlierStages.onlyDraft(article));
        return finder.dateOf(clause, published);
    }

    /** The date of the article's one quote, the article published on Wednesday, August 20, 2025. */
    private Optional<QuoteDate> dateOf(String text) {
        return dateOf(text, Optional.of(WEDNESDAY));
    }

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
        QuoteDate date = dateOf("“We need guarantees,” Zelenskyy said on Wednesday.", Optional.empty()).orElseThrow();
        assertEquals("on Wednesday", date.phrase().text());
        assertEquals(Optional.empty(), date.value());
    }

    @Test
    void withoutPublicationDateAbsoluteDateWithAYearStillResolves() {
        assertEquals(Optional.of(LocalDate.of(2022, 3, 7)), dateOf("On March 7, 2022, Lavrov said: “The goal is peace.”",
                Optional.empty()).flatMap(QuoteDate::value));
    }

    @Test
    void quoteWithoutDatePhraseHasNoDate() {
        assertEquals(Optional.empty(), dateOf("“We need guarantees,” Zelenskyy said."));
    }
}
