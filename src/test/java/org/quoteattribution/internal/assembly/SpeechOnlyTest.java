package org.quoteattribution.internal.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattribution.internal.EarlierStages;
import org.quoteattribution.internal.TestDocuments;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.mentions.MentionFinder;

/** Which assembled quotes are what someone said or wrote, and which are the rest of what PolNeAR annotates. */
class SpeechOnlyTest {

    private final QuoteAssembler assembler = new QuoteAssembler(new MentionFinder(),
            QuoteClassifier.load(TestDocuments.MODELS.location()));

    /** The content of each assembled quote, and whether it is speech. */
    private List<String> said(String text) {
        Article article = TestDocuments.article(text);
        return assembler.assemble(article, false).stream().map(QuoteAssembler.Scored::draft)
                .map(d -> (SpeechOnly.isSaidOrWritten(article, d) ? "said: " : "not: ") + EarlierStages.text(article, d))
                .toList();
    }

    @Test
    void aReportedClauseWithAVerbOfSpeechIsSaid() {
        assertEquals(List.of("said: the budget would be balanced by spring"),
                said("The mayor said the budget would be balanced by spring."));
    }

    @Test
    void findingsAreNotSaid() {
        assertEquals(List.of("not: that most voters distrust the council"),
                said("The survey found that most voters distrust the council."));
    }

    @Test
    void quotedWordsAreSaidWhateverTheVerb() {
        assertEquals(List.of("said: about \"a decade of renewal\" for the region"),
                said("The minister talked about \"a decade of renewal\" for the region."));
    }

    @Test
    void whatAWarningIsOfIsATopic() {
        assertEquals(List.of("not: of a rise in online scams"), said("The agency warned of a rise in online scams."));
    }

    @Test
    void aCountAfterAddedIsNotSaid() {
        assertTrue(said("The Elmford index added 12 points on Tuesday, its best day in a month.").stream()
                .noneMatch(q -> q.startsWith("said:")));
    }

    @Test
    void aGoalInReplyIsNotSaid() {
        assertTrue(said("The Rovers replied two minutes later, as Tom Fenwick scored on a breakaway.").stream()
                .noneMatch(q -> q.startsWith("said:")));
    }

    @Test
    void aClauseAfterAddedIsSaid() {
        assertEquals(List.of("said: the index would recover by spring"),
                said("The analyst added the index would recover by spring."));
    }

    @Test
    void whatDocumentsSayIsEvidence() {
        assertEquals(List.of("not: the bridge cost $35 million"), said("City documents say the bridge cost $35 million."));
    }

    @Test
    void aScareWordAfterABeliefIsNotSaid() {
        assertTrue(said("Analysts believe the \"bridge-gate\" affair came from one office.").stream()
                .noneMatch(q -> q.startsWith("said:")));
    }

    @Test
    void aReportIsNotDroppedForABeliefThatClaimsItsWords() {
        String text = "The baker added she doesn't think shoppers would object to dearer bread if farmers were paid better.";
        Article article = TestDocuments.article(text);
        List<String> speechOnly = assembler.assemble(article, true).stream().map(QuoteAssembler.Scored::draft)
                .filter(d -> SpeechOnly.isSaidOrWritten(article, d)).map(d -> EarlierStages.text(article, d))
                .toList();
        assertEquals(List.of("she doesn't think shoppers would object to dearer bread if farmers were paid better"),
                speechOnly);
    }

    @Test
    void aSpeakerPhraseOfThingsOnlyReportsNoWords() {
        assertEquals(List.of("not: the new layout favours debate over speeches"),
                said("The effect of the renovation suggests the new layout favours debate over speeches."));
    }

    @Test
    void oneNounOfAPersonIsEnoughToSpeak() {
        assertEquals(List.of("said: the vote would be close"),
                said("A person close to the process said the vote would be close."));
    }

    @Test
    void aNameMaySpeakWhateverStandsAroundIt() {
        assertEquals(List.of("said: the budget would pass"), said("Mark Bell said the budget would pass."));
    }
}
