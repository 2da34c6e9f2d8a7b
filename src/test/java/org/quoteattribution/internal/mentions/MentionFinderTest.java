package org.quoteattribution.internal.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.quoteattribution.internal.TestDocuments;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Token;

class MentionFinderTest {

    private final MentionFinder finder = new MentionFinder();

    /** The subject found for the first token spelled {@code verb}, as text, or "-" when none. */
    private String subjectOf(String text, String verb) {
        Article article = TestDocuments.article(text);
        Document doc = article.document();
        int index = doc.tokens().stream().filter(t -> t.text().equals(verb)).findFirst().map(Token::index)
                .orElseThrow();
        return finder.subjectOfCue(article, index).map(m -> text.substring(doc.token(m.firstToken()).start(),
                doc.token(m.endToken() - 1).end())).orElse("-");
    }

    private String phraseAfter(String text, String verb) {
        Article article = TestDocuments.article(text);
        Document doc = article.document();
        int index = doc.tokens().stream().filter(t -> t.text().equals(verb)).findFirst().map(Token::index)
                .orElseThrow();
        return finder.phraseAfter(article, index).map(m -> text.substring(doc.token(m.firstToken()).start(),
                doc.token(m.endToken() - 1).end())).orElse("-");
    }

    @Test
    void subjectKeepsItsTitle() {
        assertEquals("Russian Foreign Minister Sergei Lavrov",
                subjectOf("Russian Foreign Minister Sergei Lavrov said the talks failed.", "said"));
    }

    @Test
    void subjectIsFoundPastAnAppositive() {
        assertEquals("Giuseppe Cavo Dragone", subjectOf(
                "Giuseppe Cavo Dragone, chair of NATO's military committee, said the chiefs would meet.", "said"));
    }

    @Test
    void aPositionWithAnAttachedPhraseBeforeANameIsThatPerson() {
        assertEquals("Jane Roe", subjectOf("The chairman of the board, Jane Roe, said the vote was fair.", "said"));
    }

    @Test
    void officialsAtAPlaceAreTheSubjectNotThePlace() {
        assertEquals("officials at the ministry", subjectOf("Senior officials at the ministry said the talks failed.",
                "said").toLowerCase().replace("senior ", ""));
    }

    @Test
    void anAgeBetweenCommasIsNoSubject() {
        assertEquals("Nancy Moreno", subjectOf(
                "Nancy Moreno, 56, who has run the agency for a decade, told reporters the plan was dead.", "told"));
    }

    @Test
    void anAdjectiveIsPassedForTheSubjectBeforeIt() {
        assertEquals("Moscow", subjectOf("Moscow is also unwilling to accept troops from abroad.", "accept"));
    }

    @Test
    void aTimeBeforeAParticipleLeavesItToTheMainSubject() {
        assertEquals("Ms. Okafor", subjectOf(
                "Ms. Okafor sent a series of letters early Friday saying that he was wrong.", "saying"));
    }

    @Test
    void aYearBetweenSubjectAndVerbIsSkipped() {
        assertEquals("the leader", subjectOf("He met the leader, who in 2010 said the goal was clear.", "said"));
    }

    @Test
    void aParticipleAfterAQuotationTakesTheSubjectOutsideTheMarks() {
        assertEquals("the Ohio developer", subjectOf(
                "\u201cWe need change,\u201d the Ohio developer said, arguing that he would win.", "arguing"));
    }

    @Test
    void aTimeBetweenSubjectAndVerbIsSkipped() {
        assertEquals("Acme Bank", subjectOf("Acme Bank just this month announced it would end the bonuses.",
                "announced"));
    }

    @Test
    void aTimeBeforeAnInfinitiveIsNoOneItHangsOn() {
        assertEquals("Lindqvist", subjectOf("Lindqvist tried on Tuesday to make the case that it was rare.", "make"));
    }

    @Test
    void subjectIsFoundPastAParenthesisAndAdverbs() {
        assertEquals("Sen. Claire McCaskill",
                subjectOf("Sen. Claire McCaskill (D-Mo.) also repeatedly said it was unfair.", "said"));
    }

    @Test
    void aPronounIsASubject() {
        assertEquals("she", subjectOf("Then she said the plan was dead.", "said"));
    }

    @Test
    void invertedOrderNamesTheSpeakerAfterTheVerb() {
        assertEquals("Douglas Holtz-Eakin", phraseAfter("\"It is not reform,\" said Douglas Holtz-Eakin.", "said"));
    }

    @Test
    void aParticipleTakesTheSpeakerOfTheMainClause() {
        assertEquals("Trump",
                subjectOf("At a rally in Florida on Friday, Trump attacked Clinton, saying she was unstable.", "saying"));
    }

    @Test
    void aCoordinatedVerbTakesTheFirstVerbsSubject() {
        assertEquals("Merrill", subjectOf("Merrill praised the plan and said it would pass.", "said"));
    }

    @Test
    void aRelativePronounPointsToItsAntecedent() {
        assertEquals("the Chicago Police Department",
                subjectOf("They turned to the Chicago Police Department, which reported 2,521 shootings.", "reported"));
    }

    @Test
    void aBareRoleNounBeforeANameAfterTheCueBelongsToTheSpeaker() {
        assertEquals("pollster Dana Okafor", phraseAfter("\u201cIt is close,\u201d said pollster Dana Okafor.", "said"));
    }

    @Test
    void oneOfThoseAfterTheCueIsOnePhrase() {
        assertEquals("one of those advisers", phraseAfter("\u201cIt is close,\u201d said one of those advisers, who asked "
                + "not to be named.", "said"));
    }

    @Test
    void aHyphenatedTitleWithACapitalKeepsTheNameAfterIt() {
        assertEquals("WXYZ co-Anchor Dana Okafor", subjectOf("\u201cIt is close,\u201d WXYZ co-Anchor Dana Okafor said.", "said"));
    }

    @Test
    void aRoleNounTheTaggerReadsAsAnAdjectiveHeadsTheSubject() {
        assertEquals("A State Department official", subjectOf("A State Department official said, \"We will not "
                + "comment.\"", "said"));
    }

    @Test
    void aNameBeforeTwoAppositivesIsTheSubject() {
        assertEquals("Dana Okafor", subjectOf("Dana Okafor, the attorney general of Ohio, one of the states suing, "
                + "said the rule was void.", "said"));
    }

    @Test
    void aCapitalizedModalIsPartOfTheName() {
        assertEquals("Minister Dana May", subjectOf("Minister Dana May said the plan was clear.", "said"));
    }

    @Test
    void aNameAfterADescriptionAfterTheVerbIsWhoTheDescriptionIs() {
        assertEquals("Dana Whitfield", phraseAfter(
                "\u201cMost places will not print fewer copies,\u201d says Okafor's partner, Dana Whitfield.", "says"));
    }

    @Test
    void aDescriptionAfterTheVerbWithNoNameAfterItStaysTheSpeaker() {
        assertEquals("Okafor's partner", phraseAfter(
                "\u201cMost places will not print fewer copies,\u201d says Okafor's partner.", "says"));
    }

    @Test
    void aGivenNameAloneInCommasAfterADescriptionIsTheSubject() {
        assertEquals("Tobias", subjectOf("Okafor's father, Tobias, says his son grew up in Leeds.", "says"));
    }

    @Test
    void aCapitalizedTitleWithCommasInsideIsAnInsertAfterTheName() {
        assertEquals("Jane Roe", subjectOf("Jane Roe, Minister of Trade, Industry and Tourism, said the "
                + "talks were broad.", "said"));
    }

    @Test
    void whoPutOutAStatementSpeaksForIt() {
        assertEquals("the Finance Ministry", phraseAfter("\u201cWe discussed the tariffs,\u201d said a "
                + "statement released by the Finance Ministry.", "said"));
    }

    @Test
    void anInterviewIsNoSpeakerOfTheParticipleAfterIt() {
        assertEquals("Mark Ruiz", subjectOf("On Monday, Mark "
                + "Ruiz, the head of the port authority, gave an interview noting his opposition "
                + "to the new fees.", "noting"));
    }

    @Test
    void aStatementWithNoOneElseInItsSentenceStandsForItsAuthors() {
        assertEquals("The police statement", subjectOf("The police statement said that trust had grown.", "said"));
    }

    @Test
    void thePersonBeforeAtSpeaksNotThePlaceTheyAreFrom() {
        assertEquals("Marine biology professor Ada Quinlan", subjectOf("Marine biology professor Ada Quinlan "
                + "at the University of Halifax says the reefs are recovering.", "says"));
    }

    @Test
    void thePeopleFamiliarWithSomethingSpeakNotTheThing() {
        assertEquals("People close to the investigation", subjectOf(
                "People close to the investigation said the report would be released soon.", "said"));
    }

    @Test
    void thePeopleFamiliarWithSomethingSpeakAfterAccordingTo() {
        assertEquals("people familiar with the deal", phraseAfter(
                "The price was low, according to people familiar with the deal.", "to"));
    }

    @Test
    void aQualifiedDayBeforeTheVerbIsNoSubject() {
        assertEquals("the Teachers Federation", subjectOf(
                "A statement sent to members from the Teachers Federation late Friday said the strike was over.", "said"));
    }

    @Test
    void twoNamesJoinedByAndAreOneSubject() {
        assertEquals("Roscosmos and NASA", subjectOf("Roscosmos and NASA said the launch would go ahead.", "said"));
    }

    @Test
    void twoNamesJoinedByAndAfterAnInvertedVerbAreOneSpeaker() {
        assertEquals("owners Tom Reyes and Ida Lund", phraseAfter(
                "“We respect the vote,” said owners Tom Reyes and Ida Lund.", "said"));
    }

    @Test
    void theLastNameOfAListIsLeftAlone() {
        assertEquals("Cy Moe", subjectOf("Ann Lee, Bo Kim and Cy Moe said the vote was fair.", "said"));
    }

    @Test
    void aNameAfterPositionAndDepartmentIsTheSubject() {
        assertEquals("Sam Ortiz", subjectOf("Vice-president, marketing, Sam Ortiz, said sales were strong.", "said"));
    }

    @Test
    void aFunctionWordAloneIsNoSubject() {
        assertEquals("-", subjectOf("The mayor paused for a while. But said nothing more about it.", "said"));
    }

    @Test
    void aPhraseThatNamesNoOneBeforeAParticipleIsTheObjectNotTheSubject() {
        assertEquals("The senator", subjectOf("The senator ended the tour saying the bill was dead.", "saying"));
    }
}
