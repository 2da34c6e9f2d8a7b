package org.quoteattribution.internal.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteType;
import org.quoteattribution.SharedAttributor;
import org.quoteattribution.Speaker;

/** How quotes are assembled from quotation marks and cues, shown on short articles through the facade. */
class QuoteAssemblyTest {

    private static List<Quote> quotes(String text) {
        return SharedAttributor.get().attribute(text);
    }

    private static Quote only(String text) {
        List<Quote> quotes = quotes(text);
        assertEquals(1, quotes.size(), quotes::toString);
        return quotes.get(0);
    }

    private static String speaker(Quote q) {
        return q.speaker().flatMap(Speaker::name).orElse("-");
    }

    @Test
    void colonIntroductionMakesADirectQuote() {
        Quote q = only("Trump wrote on Truth Social: \u201cEveryone is very happy about the possibility of peace.\u201d");
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("Trump", speaker(q));
    }

    @Test
    void quoteOnlyParagraphAfterAColonBelongsToTheIntroducedSpeaker() {
        Quote q = only("Cruz continued:\n\n\u201cYou look at the questions. How about the issues people care about?\u201d");
        assertEquals("Cruz", speaker(q));
    }

    @Test
    void dashBylineNamesTheSpeaker() {
        Quote q = only("\u201cDonald Trump scares me. His words make me afraid for our future.\u201d \u2015 Krystal Correa");
        assertEquals("Krystal Correa", speaker(q));
    }

    @Test
    void doubledApostrophesAreQuotationMarks() {
        Quote q = only("''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.");
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("This isn't tax reform,", q.text());
    }

    @Test
    void quotationFollowedByWordsBeforeItsCueIsMixed() {
        Quote q = only("\u201cThe only way Wall Street will change is jail time\u201d for criminal behavior, she said.");
        assertEquals(QuoteType.MIXED, q.type());
        assertTrue(q.text().endsWith("for criminal behavior"), q.text());
    }

    @Test
    void reportedClauseWithoutMarksIsIndirect() {
        Quote q = only("The Ukrainian authorities said attacks on civilian areas injured 15 people.");
        assertEquals(QuoteType.INDIRECT, q.type());
        assertEquals("attacks on civilian areas injured 15 people", q.text());
        assertEquals("The Ukrainian authorities", speaker(q));
    }

    @Test
    void invertedCueTakesTheClauseBeforeIt() {
        Quote q = only("Officers can include a social media search in that last step, federal officials said.");
        assertEquals("Officers can include a social media search in that last step", q.text());
    }

    @Test
    void aCueInsideItsReportMakesTwoPieces() {
        Quote q = quotes("At one point, she said, she was considering a run for the Senate.").get(0);
        assertEquals(2, q.spans().size(), q::toString);
        assertEquals("At one point she was considering a run for the Senate", q.text());
    }

    @Test
    void madeItClearIsACue() {
        Quote q = only("In an interview, the mayor made it clear he had doubts about the new budget.");
        assertEquals("made it clear", q.cue().orElseThrow().text());
        assertEquals("he had doubts about the new budget", q.text());
    }

    @Test
    void aSecondClauseWithItsOwnSubjectAndCueEndsTheFirstReport() {
        Quote q = quotes("Okafor said the hearings would be more heated \u2014 and he noted that any change would "
                + "come later.").get(0);
        assertEquals("the hearings would be more heated", q.text());
    }

    @Test
    void aQuotationAfterAReportClosedByItsCueGoesOnWithThatSpeaker() {
        List<Quote> quotes = quotes("The agency may be slow to act, Lindqvist said. \u201cThe other factor is the "
                + "timing of the vote.\u201d");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals(QuoteType.INDIRECT, quotes.get(0).type());
        assertEquals("Lindqvist", speaker(quotes.get(1)));
        assertEquals(QuoteType.DIRECT, quotes.get(1).type());
    }

    @Test
    void aQuotationAfterALongAttributionSentenceGoesOnWithTheQuote() {
        Quote q = only("\u201cThe rules are not optional,\u201d Chairman Paul Ostrander said after the aide failed to "
                + "show up at the meeting he was called to. \u201cHe is a crucial witness.\u201d");
        assertEquals(2, q.spans().size(), q::toString);
        assertEquals("Paul Ostrander", speaker(q));
    }

    @Test
    void accordingToTakesTheRestOfTheSentence() {
        Quote q = only("According to the Pentagon, the strike hit an ammunition depot near the border.");
        assertEquals("the strike hit an ammunition depot near the border", q.text());
        assertEquals("the Pentagon", q.speaker().flatMap(Speaker::mention).orElseThrow().text());
    }

    @Test
    void aCueInAnOpeningAdverbialLeavesTheMainClauseToTheMainCue() {
        Quote q = quotes("Before city officials had weighed in with an explanation, the senator said that "
                + "\u201ca pipe\u201d had burst downtown.").stream().filter(x -> x.type() == QuoteType.MIXED)
                .findFirst().orElseThrow();
        assertEquals("said", q.cue().orElseThrow().text());
        assertEquals("that \u201ca pipe\u201d had burst downtown", q.text());
    }

    @Test
    void aOneWordSubjectBeforeTheQuotationMakesItMixed() {
        Quote q = only("Hale \u201cgot a better offer,\u201d Brennan said.");
        assertEquals(QuoteType.MIXED, q.type());
        assertTrue(q.text().startsWith("Hale"), q.text());
    }

    @Test
    void aConjunctionBeforeTheQuotationLeavesItDirect() {
        Quote q = only("But \u201cthe deal is dead,\u201d Brennan said.");
        assertEquals(QuoteType.DIRECT, q.type());
    }

    @Test
    void aQuestionIsAttributedToTheSpeakerAfterIt() {
        Quote q = only("\u201cSo why did he pay?\u201d a narrator said.");
        assertEquals("a narrator", q.speaker().flatMap(Speaker::mention).orElseThrow().text());
    }

    @Test
    void aCharacterizationEndsWithItsQuotedWords() {
        Quote q = only("Governor Alan Reyes described the senator as a \u201cdisgrace\u201d after she spoke in Ohio.");
        assertEquals("the senator as a \u201cdisgrace\u201d", q.text());
    }

    @Test
    void aCharacterizationTakesQuotationsJoinedToIt() {
        Quote q = only("The mayor described the test as \"provocative\" and a \"grave threat\" to the region.");
        assertEquals("the test as \"provocative\" and a \"grave threat\"", q.text());
    }

    @Test
    void aNestedQuoteClosingWithItsOuterQuoteLeavesTheSpeakerClean() {
        Quote q = only("\u201cYou say you \u2018take the blame,\u2019\u201d Lindqvist said.");
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("Lindqvist", q.speaker().flatMap(Speaker::mention).orElseThrow().text());
    }

    @Test
    void soCalledIsNoQuote() {
        assertTrue(quotes("The so-called plan was dropped on Monday.").isEmpty());
    }

    @Test
    void asHeSaidBeforeIsNoQuote() {
        assertTrue(quotes("As he said before, the talks will go on.").isEmpty());
    }

    @Test
    void bylinesAndCreditLinesAreNoQuotes() {
        assertTrue(quotes("Follow Ian Hanchett on Twitter @IanHanchett\n\n"
                + "The Associated Press and Reuters contributed to this report.").isEmpty());
    }

    @Test
    void beliefsCanBeLeftOut() {
        String text = "Putin believes the sanctions will be lifted next year.";
        assertEquals(1, quotes(text).size());
        assertEquals(Optional.empty(), org.quoteattribution.QuoteAttributor.builder().includeBeliefs(false).build()
                .attribute(text).stream().findFirst());
    }

    @Test
    void aHyphenatedModifierBeforeTheSpeakerKeepsTheInvertedAttribution() {
        Quote q = only("The vote was delayed again.\n\n\u201cThe race is over,\u201d Ohio-based Dana Okafor said.");
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("Dana Okafor", speaker(q));
    }

    @Test
    void aQuotationClosedWithoutACommaStillTakesTheInvertedCue() {
        Quote q = only("The vote was delayed again.\n\n\u201cThe caucus is a battle of niches\u201d Okafor said.");
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("Okafor", speaker(q));
    }

    @Test
    void aDashBylineAfterANoBreakSpaceNamesTheSpeaker() {
        Quote q = only("\u201cHe does not listen to us. He never did.\u201d\u00a0\u2015 Ana Ruiz");
        assertEquals("Ana Ruiz", speaker(q));
    }

    @Test
    void anAdjectiveCueInsideTheSpeakersAppositiveDoesNotHideTheVerb() {
        Quote q = only("The vote was delayed.\n\n\u201cNothing will change,\u201d Dana Okafor, director of the Critical "
                + "Voices Project, told the paper.");
        assertEquals(QuoteType.DIRECT, q.type());
        assertEquals("Dana Okafor", speaker(q));
    }

    @Test
    void aColonAfterTheCueIsNotPartOfTheReport() {
        Quote q = only("The vote was delayed.\n\nThe minister explained: the plan will cost more than expected.");
        assertEquals("the plan will cost more than expected", q.text());
    }

    @Test
    void aCueBetweenCommasInsideAMixedQuoteLeavesTwoPieces() {
        Quote q = only("The vote was delayed.\n\nThese workers, Okafor explained at the hearing, were \u201cwell paid\u201d "
                + "for years.");
        assertEquals(QuoteType.MIXED, q.type());
        assertEquals(2, q.spans().size());
        assertEquals("These workers were \u201cwell paid\u201d for years", q.text());
    }

    @Test
    void aTitleInMarksBeforeASpeakerWithAClauseIsNoQuoteOfTheSpeaker() {
        Quote q = only("The vote was delayed.\n\nOn CBS's \"Morning Hour,\" Okafor said the city would need "
                + "\"more listening.\"");
        assertEquals(QuoteType.MIXED, q.type());
        assertEquals("the city would need \"more listening.\"", q.text());
    }

    @Test
    void aRelativeClauseAfterTheInvertedSpeakerKeepsTheQuote() {
        Quote q = only("The vote was delayed.\n\n\u201cIt is going to be hard,\u201d said a data expert who has worked "
                + "for two campaigns.");
        assertEquals(QuoteType.DIRECT, q.type());
    }
}
