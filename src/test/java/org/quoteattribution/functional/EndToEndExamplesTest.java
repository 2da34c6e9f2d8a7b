package org.quoteattribution.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Phrase;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteAttributor;
import org.quoteattribution.QuoteDate;
import org.quoteattribution.QuoteType;
import org.quoteattribution.SharedAttributor;
import org.quoteattribution.Speaker;

/**
 * What the facade gives for short articles, every stage's answer together in the final quotes. Each stage's own
 * behaviour is shown, stage by stage, by the tests of its package ({@code internal.assembly.QuoteAssemblyTest},
 * {@code internal.speakers.SpeakerResolverTest}, {@code internal.roles.RoleFinderTest},
 * {@code internal.dates.DateFinderTest}, {@code internal.sources.SourceFinderTest}).
 */
class EndToEndExamplesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 8, 20);
    private final QuoteAttributor attributor = SharedAttributor.get();

    private static Quote only(List<Quote> quotes) {
        assertEquals(1, quotes.size(), quotes::toString);
        return quotes.get(0);
    }

    @Test
    void aQuoteCarriesItsTypeTextCueSpeakerDateAndSource() {
        Quote q = only(attributor.attribute("\u201cWe need guarantees,\u201d Zelenskyy said in a Telegram post on "
                + "Wednesday.", WEDNESDAY));
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("We need guarantees,", q.text());
        assertEquals(Optional.of("said"), q.cue().map(Phrase::text));
        assertEquals(Optional.of("Zelenskyy"), q.speaker().flatMap(Speaker::name));
        assertEquals(Optional.of(WEDNESDAY), q.date().flatMap(QuoteDate::value));
        assertEquals(Optional.of("a Telegram post"), q.source().map(Phrase::text));
    }

    @Test
    void aDescribedSpeakerGetsTheNameAndTheTitleOfThePersonItStandsFor() {
        List<Quote> quotes = attributor.attribute("Mayor Bill de Blasio spoke at the scene.\n\n"
                + "\u201cWe do not see a link to terrorism,\u201d the mayor said.");
        Speaker speaker = quotes.get(quotes.size() - 1).speaker().orElseThrow();
        assertEquals(Optional.of("Bill de Blasio"), speaker.name());
        assertEquals(Optional.of("the mayor"), speaker.mention().map(Phrase::text));
        assertEquals(Optional.of("Mayor"), speaker.role());
    }

    @Test
    void beliefsAreQuotesOnlyWhenAskedFor() {
        String text = "Putin believes the sanctions will be lifted next year.";
        assertEquals(List.of(), attributor.attribute(text));
        assertEquals(1, QuoteAttributor.builder().includeBeliefs(true).build().attribute(text).size());
    }

    @Test
    void findingsAndDeedsAreQuotesOnlyWhenAskedFor() {
        String text = "The survey found that most voters distrust the council. The mayor ordered a review of the "
                + "budget, and the board approved the plan that the committee drafted.";
        assertEquals(List.of(), attributor.attribute(text));
        assertFalse(QuoteAttributor.builder().includeBeliefs(true).build().attribute(text).isEmpty());
    }

    @Test
    void quotedWordsAreAQuoteWhateverTheVerb() {
        String text = "The minister talked about \"a decade of renewal\" for the region. The mayor talked about "
                + "the budget at length on Tuesday.";
        List<Quote> quotes = attributor.attribute(text);
        assertEquals(List.of(QuoteType.MIXED), quotes.stream().map(Quote::type).toList());
        assertTrue(quotes.get(0).text().contains("a decade of renewal"), quotes.get(0).text());
    }

    @Test
    void whatASpeechVerbIsAboutIsNoQuoteButWhatItReportsIs() {
        String topic = "A palace spokesman confirmed the wedding on Monday.";
        assertEquals(List.of(), attributor.attribute(topic));
        assertEquals(1, QuoteAttributor.builder().includeBeliefs(true).build().attribute(topic).size());
        List<Quote> clause = attributor.attribute("A palace spokesman confirmed that the wedding would be in June.");
        assertEquals(List.of("that the wedding would be in June"), clause.stream().map(Quote::text).toList());
    }

    @Test
    void aVerbThatIntroducesQuotedWordsReportsNoClauseOfItsOwn() {
        assertEquals(List.of(), attributor.attribute("The minister continued to shore up support for the deal."));
        List<Quote> quoted = attributor.attribute("\u201cWe are not done yet,\u201d the minister continued.");
        assertEquals(List.of(QuoteType.DIRECT), quoted.stream().map(Quote::type).toList());
    }

    @Test
    void whatAWarningIsOfIsATopicButWhatADemandIsForIsWhatWasSaid() {
        assertEquals(List.of(), attributor.attribute("The agency warned of a rise in online scams."));
        assertEquals(List.of("that online scams are rising fast"), attributor.attribute(
                "The agency warned that online scams are rising fast.").stream().map(Quote::text).toList());
        assertEquals(List.of("for the repeal of the law"), attributor.attribute(
                "The senator called for the repeal of the law.").stream().map(Quote::text).toList());
    }

    @Test
    void speechIsAQuoteByDefault() {
        String text = "The mayor said that the budget would be balanced by spring.";
        assertEquals(1, attributor.attribute(text).size());
    }

    @Test
    void singleMarkQuotesOfABritishStyleArticleReadAsDoubleOnesWithTheArticlesOwnWords() throws Exception {
        String text = new String(EndToEndExamplesTest.class.getResourceAsStream("/articles/single-marks.txt")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        List<Quote> direct = attributor.attribute(text).stream().filter(q -> q.type() == QuoteType.DIRECT).toList();
        assertEquals(List.of(
                "The Lords picked up the bill far too late. We don't think the peers' amendments help anyone.",
                "It's a matter of trust, Farmers in the '90s were promised \"fair prices\" and never got them.",
                "We will look at every amendment carefully, and respond in the new year.",
                "I am not going to comment on rock 'n' roll lyrics. But I will say this: the farmers deserve "
                        + "better."), direct.stream().map(Quote::text).toList());
        assertEquals(List.of("Neil Parish", "Neil Parish", "the spokesperson", "Liz Truss"),
                direct.stream().map(q -> q.speaker().flatMap(Speaker::name).orElse("?")).toList());
    }

    @Test
    void anyReportingVerbRightAfterTheQuoteIsItsCue() {
        Quote q = only(attributor.attribute("\u201cI love cats,\u201d insists Burton."));
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals(Optional.of("insists"), q.cue().map(Phrase::text));
        assertEquals(Optional.of("Burton"), q.speaker().flatMap(Speaker::name));
    }

    @Test
    void aQuotationIntroducedByAVerbItsObjectAndAColonIsItsSpeakers() {
        Quote q = only(attributor.attribute("Lambie blasts Hanson: \u201cYou cannot call yourself a patriot and do "
                + "this.\u201d"));
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals(Optional.of("Lambie"), q.speaker().flatMap(Speaker::name));
    }
}
