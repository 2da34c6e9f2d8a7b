package org.quoteattribution.internal.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quoteattribution.internal.EarlierStages.cueWords;
import static org.quoteattribution.internal.EarlierStages.mentionWords;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattribution.QuoteType;
import org.quoteattribution.internal.EarlierStages;
import org.quoteattribution.internal.TestDocuments;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.mentions.MentionFinder;

/**
 * How quotes are assembled from quotation marks and cues: the assembler alone, on articles read by the real reader.
 * What it gives is a draft: the type, the content's pieces, the cue and the words naming the speaker (which the
 * speaker stage then resolves to a name).
 */
class QuoteAssemblyTest {

    private final QuoteAssembler assembler = new QuoteAssembler(new MentionFinder(),
            QuoteClassifier.load(TestDocuments.MODELS.location()));

    /** A short article and what the assembler made of it. */
    private record Assembled(Article article, List<DraftQuote> drafts) {
        DraftQuote only() {
            assertEquals(1, drafts.size(), drafts::toString);
            return drafts.get(0);
        }

        DraftQuote first() {
            assertTrue(!drafts.isEmpty(), "no quote");
            return drafts.get(0);
        }

        String text(DraftQuote d) {
            return EarlierStages.text(article, d);
        }

        String cue(DraftQuote d) {
            return cueWords(article, d);
        }

        String mention(DraftQuote d) {
            return mentionWords(article, d);
        }
    }

    private Assembled assemble(String text) {
        Article article = TestDocuments.article(text);
        return new Assembled(article, assembler.assemble(article, false).stream().map(QuoteAssembler.Scored::draft).toList());
    }

    @Test
    void colonIntroductionMakesADirectQuote() {
        Assembled a = assemble("Trump wrote on Truth Social: \u201cEveryone is very happy about the possibility of "
                + "peace.\u201d");
        assertEquals(QuoteType.DIRECT, a.only().type());
        assertEquals("Trump", a.mention(a.only()));
    }

    @Test
    void quoteOnlyParagraphAfterAColonBelongsToTheIntroducedSpeaker() {
        Assembled a = assemble("Cruz continued:\n\n\u201cYou look at the questions. How about the issues people care "
                + "about?\u201d");
        assertEquals("Cruz", a.mention(a.only()));
    }

    @Test
    void dashBylineNamesTheSpeaker() {
        Assembled a = assemble("\u201cDonald Trump scares me. His words make me afraid for our future.\u201d \u2015 "
                + "Krystal Correa");
        assertEquals("Krystal Correa", a.mention(a.only()));
    }

    @Test
    void doubledApostrophesAreQuotationMarks() {
        Assembled a = assemble("''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.");
        assertEquals(QuoteType.DIRECT, a.only().type());
        assertEquals("This isn't tax reform,", a.text(a.only()));
    }

    @Test
    void quotationFollowedByWordsBeforeItsCueIsMixed() {
        Assembled a = assemble("\u201cThe only way Wall Street will change is jail time\u201d for criminal behavior, "
                + "she said.");
        assertEquals(QuoteType.MIXED, a.only().type());
        assertTrue(a.text(a.only()).endsWith("for criminal behavior"), a.text(a.only()));
    }

    @Test
    void reportedClauseWithoutMarksIsIndirect() {
        Assembled a = assemble("The Ukrainian authorities said attacks on civilian areas injured 15 people.");
        assertEquals(QuoteType.INDIRECT, a.only().type());
        assertEquals("attacks on civilian areas injured 15 people", a.text(a.only()));
        assertEquals("The Ukrainian authorities", a.mention(a.only()));
    }

    @Test
    void invertedCueTakesTheClauseBeforeIt() {
        Assembled a = assemble("Officers can include a social media search in that last step, federal officials said.");
        assertEquals("Officers can include a social media search in that last step", a.text(a.only()));
    }

    @Test
    void aCueInsideItsReportMakesTwoPieces() {
        Assembled a = assemble("At one point, she said, she was considering a run for the Senate.");
        assertEquals(2, a.first().spans().size(), a.first()::toString);
        assertEquals("At one point she was considering a run for the Senate", a.text(a.first()));
    }

    @Test
    void aCueInsideItsReportMayHaveAnAdjunctBeforeItsComma() {
        Assembled a = assemble("At one point, he said on the radio, he was weighing a bid for mayor.");
        assertEquals("At one point he was weighing a bid for mayor", a.text(a.first()));
    }

    @Test
    void aVerbWithAnObjectBeforeTheCommaIsNoCueInsideItsReport() {
        Assembled a = assemble("In March, the council announced two new parks, three bike lanes and a library.");
        assertTrue(a.drafts().stream().noneMatch(d -> a.text(d).startsWith("In March")), a.drafts()::toString);
    }

    @Test
    void anAdverbialClauseBeforeTheSpeakerIsNoReport() {
        Assembled a = assemble("After Sam left, he urged officers to investigate.");
        assertTrue(a.drafts().stream().noneMatch(d -> a.text(d).startsWith("After")), a.drafts()::toString);
    }

    @Test
    void anAdverbialClauseAfterTheCueIsNoReport() {
        Assembled a = assemble("The coach declined to comment until the league finishes its review of the game.");
        assertTrue(a.drafts().stream().noneMatch(d -> a.text(d).startsWith("until")), a.drafts()::toString);
    }

    @Test
    void aParticiplePhraseBeforeTheSpeakerIsNoReport() {
        Assembled a = assemble("Speaking at a rally in Dover, Del., on Friday, Jones denied the charges.");
        assertTrue(a.drafts().stream().noneMatch(d -> a.text(d).startsWith("Speaking")), a.drafts()::toString);
    }

    @Test
    void aReportMayOpenWithAnAdverbialClauseBeforeItsComma() {
        Assembled a = assemble("After the vote, the council will resign, the mayor said.");
        assertEquals("After the vote, the council will resign", a.text(a.first()));
    }

    @Test
    void aCueInAnAdverbialClauseAfterAQuotationDoesNotClaimIt() {
        Assembled a = assemble("The coach ended by saying, \u201cThat makes sense to me,\u201d when the owner criticized "
                + "him for the delay.");
        DraftQuote quotation = a.drafts().stream().filter(d -> a.text(d).startsWith("That makes sense")).findFirst()
                .orElseThrow();
        assertEquals("saying", a.cue(quotation));
    }

    @Test
    void madeItClearIsACue() {
        Assembled a = assemble("In an interview, the mayor made it clear he had doubts about the new budget.");
        assertEquals("made it clear", a.cue(a.only()));
        assertEquals("he had doubts about the new budget", a.text(a.only()));
    }

    @Test
    void aSecondClauseWithItsOwnSubjectAndCueEndsTheFirstReport() {
        Assembled a = assemble("Okafor said the hearings would be more heated \u2014 and he noted that any change "
                + "would come later.");
        assertEquals("the hearings would be more heated", a.text(a.first()));
    }

    @Test
    void aQuotationAfterAReportClosedByItsCueGoesOnWithThatSpeaker() {
        Assembled a = assemble("The agency may be slow to act, Lindqvist said. \u201cThe other factor is the timing "
                + "of the vote.\u201d");
        assertEquals(2, a.drafts().size(), a.drafts()::toString);
        assertEquals(QuoteType.INDIRECT, a.drafts().get(0).type());
        assertEquals(QuoteType.DIRECT, a.drafts().get(1).type());
        assertEquals("Lindqvist", a.mention(a.drafts().get(1)));
    }

    @Test
    void aQuotationAfterALongAttributionSentenceGoesOnWithTheQuote() {
        Assembled a = assemble("\u201cThe rules are not optional,\u201d Chairman Paul Ostrander said after the aide "
                + "failed to show up at the meeting he was called to. \u201cHe is a crucial witness.\u201d");
        assertEquals(2, a.only().spans().size(), a.only()::toString);
        assertEquals("Chairman Paul Ostrander", a.mention(a.only()));
    }

    @Test
    void accordingToTakesTheRestOfTheSentence() {
        Assembled a = assemble("According to the Pentagon, the strike hit an ammunition depot near the border.");
        assertEquals("the strike hit an ammunition depot near the border", a.text(a.only()));
        assertEquals("the Pentagon", a.mention(a.only()));
    }

    @Test
    void aCueInAnOpeningAdverbialLeavesTheMainClauseToTheMainCue() {
        Assembled a = assemble("Before city officials had weighed in with an explanation, the senator said that "
                + "\u201ca pipe\u201d had burst downtown.");
        DraftQuote mixed = a.drafts().stream().filter(d -> d.type() == QuoteType.MIXED).findFirst().orElseThrow();
        assertEquals("said", a.cue(mixed));
        assertEquals("that \u201ca pipe\u201d had burst downtown", a.text(mixed));
    }

    @Test
    void aOneWordSubjectBeforeTheQuotationMakesItMixed() {
        Assembled a = assemble("Hale \u201cgot a better offer,\u201d Brennan said.");
        assertEquals(QuoteType.MIXED, a.only().type());
        assertTrue(a.text(a.only()).startsWith("Hale"), a.text(a.only()));
    }

    @Test
    void aConjunctionBeforeTheQuotationLeavesItDirect() {
        Assembled a = assemble("But \u201cthe deal is dead,\u201d Brennan said.");
        assertEquals(QuoteType.DIRECT, a.only().type());
    }

    @Test
    void aQuestionIsAttributedToTheSpeakerAfterIt() {
        Assembled a = assemble("\u201cSo why did he pay?\u201d a narrator said.");
        assertEquals("a narrator", a.mention(a.only()));
    }

    @Test
    void aCharacterizationEndsWithItsQuotedWords() {
        Assembled a = assemble("Governor Alan Reyes described the senator as a \u201cdisgrace\u201d after she spoke "
                + "in Ohio.");
        assertEquals("the senator as a \u201cdisgrace\u201d", a.text(a.only()));
    }

    @Test
    void aCharacterizationTakesQuotationsJoinedToIt() {
        Assembled a = assemble("The mayor described the test as \"provocative\" and a \"grave threat\" to the region.");
        assertEquals("the test as \"provocative\" and a \"grave threat\"", a.text(a.only()));
    }

    @Test
    void aNestedQuoteClosingWithItsOuterQuoteLeavesTheSpeakerClean() {
        Assembled a = assemble("\u201cYou say you \u2018take the blame,\u2019\u201d Lindqvist said.");
        assertEquals(QuoteType.DIRECT, a.only().type());
        assertEquals("Lindqvist", a.mention(a.only()));
    }

    @Test
    void soCalledIsNoQuote() {
        assertEquals(List.of(), assemble("The so-called plan was dropped on Monday.").drafts());
    }

    @Test
    void asHeSaidBeforeIsNoQuote() {
        assertEquals(List.of(), assemble("As he said before, the talks will go on.").drafts());
    }

    @Test
    void bylinesAndCreditLinesAreNoQuotes() {
        assertEquals(List.of(), assemble("Follow Ian Hanchett on Twitter @IanHanchett\n\n"
                + "The Associated Press and Reuters contributed to this report.").drafts());
    }

    @Test
    void aReportedBeliefIsAQuote() {
        // unless the reader was told to leave beliefs out: see functional.EndToEndExamplesTest
        Assembled a = assemble("Putin believes the sanctions will be lifted next year.");
        assertEquals("the sanctions will be lifted next year", a.text(a.only()));
    }

    @Test
    void aHyphenatedModifierBeforeTheSpeakerKeepsTheInvertedAttribution() {
        Assembled a = assemble("The vote was delayed again.\n\n\u201cThe race is over,\u201d Ohio-based Dana Okafor "
                + "said.");
        assertEquals(QuoteType.DIRECT, a.only().type());
        // the speaker stage leaves the modifier out of the name: see SpeakerResolverTest
        assertEquals("Ohio-based Dana Okafor", a.mention(a.only()));
    }

    @Test
    void aQuotationClosedWithoutACommaStillTakesTheInvertedCue() {
        Assembled a = assemble("The vote was delayed again.\n\n\u201cThe caucus is a battle of niches\u201d Okafor "
                + "said.");
        assertEquals(QuoteType.DIRECT, a.only().type());
        assertEquals("Okafor", a.mention(a.only()));
    }

    @Test
    void aDashBylineAfterANoBreakSpaceNamesTheSpeaker() {
        Assembled a = assemble("\u201cHe does not listen to us. He never did.\u201d\u00a0\u2015 Ana Ruiz");
        assertEquals("Ana Ruiz", a.mention(a.only()));
    }

    @Test
    void anAdjectiveCueInsideTheSpeakersAppositiveDoesNotHideTheVerb() {
        Assembled a = assemble("The vote was delayed.\n\n\u201cNothing will change,\u201d Dana Okafor, director of the "
                + "Critical Voices Project, told the paper.");
        assertEquals(QuoteType.DIRECT, a.only().type());
        assertEquals("Dana Okafor", a.mention(a.only()));
    }

    @Test
    void aColonAfterTheCueIsNotPartOfTheReport() {
        Assembled a = assemble("The vote was delayed.\n\nThe minister explained: the plan will cost more than "
                + "expected.");
        assertEquals("the plan will cost more than expected", a.text(a.only()));
    }

    @Test
    void aCueBetweenCommasInsideAMixedQuoteLeavesTwoPieces() {
        Assembled a = assemble("The vote was delayed.\n\nThese workers, Okafor explained at the hearing, were "
                + "\u201cwell paid\u201d for years.");
        assertEquals(QuoteType.MIXED, a.only().type());
        assertEquals(2, a.only().spans().size());
        assertEquals("These workers were \u201cwell paid\u201d for years", a.text(a.only()));
    }

    @Test
    void aTitleInMarksBeforeASpeakerWithAClauseIsNoQuoteOfTheSpeaker() {
        Assembled a = assemble("The vote was delayed.\n\nOn CBS's \"Morning Hour,\" Okafor said the city would need "
                + "\"more listening.\"");
        assertEquals(QuoteType.MIXED, a.only().type());
        assertEquals("the city would need \"more listening.\"", a.text(a.only()));
    }

    @Test
    void aRelativeClauseAfterTheInvertedSpeakerKeepsTheQuote() {
        Assembled a = assemble("The vote was delayed.\n\n\u201cIt is going to be hard,\u201d said a data expert who "
                + "has worked for two campaigns.");
        assertEquals(QuoteType.DIRECT, a.only().type());
    }

    @Test
    void aTranscriptsLabelNamingSomeoneInTheArticleIsTheSpeaker() {
        Assembled a = assemble("Radio host Dana Whitfield questioned the senator.\n\n"
                + "WHITFIELD: You voted against the plan twice, and now you support it.");
        assertTrue(a.drafts().stream().anyMatch(d -> a.cue(d).equals(":") && a.mention(d).equals("WHITFIELD")),
                a.drafts()::toString);
    }

    @Test
    void aKickerBeforeAColonIsNoSpeaker() {
        Assembled a = assemble("Stocks rose on Monday.\n\n"
                + "ENERGY: Crude oil fell two per cent in early trading on Tuesday.\n\n"
                + "Watch: The mayor walks through the flooded streets of the old town.");
        assertTrue(a.drafts().stream().noneMatch(d -> a.cue(d).equals(":")), a.drafts()::toString);
    }

    @Test
    void aTitleBeforeTheSpeakersNameIsNoReportedClause() {
        Assembled a = assemble("Head, customer relations at Pinewood Bank, Omar Diaz, agreed with the plan.");
        assertTrue(a.drafts().stream().noneMatch(d -> a.text(d).startsWith("Head")), a.drafts()::toString);
    }

    @Test
    void anInvertedAttributionEndingTheTextWithoutAPeriodIsRead() {
        Assembled a = assemble("The plan is fine and the bridge will open, agreed Omar Diaz");
        assertEquals("Omar Diaz", a.mention(a.only()));
    }

    @Test
    void aKickerRepeatedOverSeveralVideosIsNoSpeaker() {
        Assembled a = assemble("Stocks rose on Monday.\n\n"
                + "WATCH: The mayor walks through the flooded streets of the old town.\n\n"
                + "The river rose overnight.\n\n"
                + "WATCH: Crews clear the debris from the bridge after the storm.");
        assertTrue(a.drafts().stream().noneMatch(d -> a.cue(d).equals(":")), a.drafts()::toString);
    }

    @Test
    void quotedAsSayingIsOneCue() {
        Assembled a = assemble("Ann Roe spoke.\n\n\u201cWe opened the ledgers and were stunned,\u201d she was "
                + "quoted as saying.");
        assertEquals("quoted as saying", a.cue(a.only()));
        assertEquals("she", a.mention(a.only()));
    }

    @Test
    void aQuoteParagraphAfterAnInvertedReportIsACandidateOfTheSameSpeaker() {
        Article article = TestDocuments.article("Ben Cho spoke to the council on Monday.\n\n"
                + "The plan would raise taxes for most families, Cho said, although he gave no figures.\n\n"
                + "\u201cWe cannot ask people to pay more for less. It is not fair.\u201d");
        List<DraftQuote> candidates = assembler.candidates(article);
        assertTrue(candidates.stream().anyMatch(d -> d.how() == DraftQuote.Pattern.CONTINUATION
                && EarlierStages.text(article, d).startsWith("We cannot ask")
                && mentionWords(article, d).equals("Cho")), candidates::toString);
    }

    @Test
    void aQuotationWithItsOwnCueInsideAMixedClauseIsItsOwnQuote() {
        Assembled a = assemble("Ann Roe spoke.\n\nMr. Bush also praised his younger brother's \"deep and genuine "
                + "faith\" - \"faith that shows in good works, not loud words,\" he said - and argued for a nominee.");
        assertTrue(a.drafts().stream().anyMatch(d -> a.cue(d).equals("said") && a.mention(d).equals("he")
                && a.text(d).startsWith("faith that shows")), a.drafts()::toString);
        assertTrue(a.drafts().stream().anyMatch(d -> a.cue(d).equals("praised")
                && a.text(d).endsWith("faith\"")), a.drafts()::toString);
    }

    @Test
    void theAgentOfAPassiveCueSpeaks() {
        Assembled a = assemble("The landlord was criticised by the tribunal because \u201che ignored every warning.\u201d");
        assertEquals("the tribunal", a.mention(a.only()));
        assertTrue(a.text(a.only()).startsWith("because"), a.text(a.only()));
    }
}
