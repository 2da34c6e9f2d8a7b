package org.quoteattribution.internal.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattribution.internal.TestDocuments;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.SentenceTags;

class CueFinderTest {

    private final CueFinder finder = new CueFinder(CueLexicon.load());

    private List<Cue> cues(String text) {
        Document doc = TestDocuments.read(text);
        return finder.find(doc, new SentenceTags(doc, TestDocuments.MODELS.posModel(),
                TestDocuments.MODELS.lemmatizerModel()));
    }

    private List<String> words(String text) {
        Document doc = TestDocuments.read(text);
        SentenceTags tags = new SentenceTags(doc, TestDocuments.MODELS.posModel(), TestDocuments.MODELS.lemmatizerModel());
        return finder.find(doc, tags).stream().map(c -> doc.token(c.firstToken()).text()).toList();
    }

    @Test
    void everyFormOfAReportingVerbIsACueMatchedThroughItsLemma() {
        assertEquals(List.of("said", "says", "told", "tweeted"),
                words("Lavrov said it. Trump says so. She told us. He tweeted twice."));
    }

    @Test
    void aFormTheTaggerCallsANounIsAVerbBeforeASubjectPronoun() {
        assertTrue(words("Shelter users report they prefer small rooms to large halls.").contains("report"));
    }

    @Test
    void aNounBeforeASubjectPronounAfterADeterminerIsNoCue() {
        assertEquals(List.of("wrote"), words("The report they wrote was long."));
    }

    @Test
    void aVerbThatIsHardlyEverANounIsACueWhateverTheTagger() {
        assertEquals(List.of("alleges"), words("The mayor alleges that the firm hid losses."));
    }

    @Test
    void aReportingVerbUsedAsAnAdjectiveIsNoCue() {
        assertTrue(words("The so-called plan was dropped.").isEmpty());
    }

    @Test
    void speechAndBeliefAreToldApart() {
        List<Cue> found = cues("Lavrov said the talks failed. Putin believes they will resume.");
        assertEquals(List.of(CueKind.SPEECH, CueKind.BELIEF), found.stream().map(Cue::kind).toList());
    }

    @Test
    void findingsAndDeedsAreCuesOfTheirOwnKinds() {
        List<Cue> found = cues("The survey showed a decline. The judge ordered a new trial. She talked about school.");
        assertEquals(List.of(CueKind.EVIDENCE, CueKind.ACT, CueKind.ACT), found.stream().map(Cue::kind).toList());
    }

    @Test
    void accordingToIsOneCueOfTwoWords() {
        Cue cue = cues("According to the Pentagon, the strike hit a depot.").get(0);
        assertEquals(2, cue.endToken() - cue.firstToken());
        assertEquals(CueFrame.SOURCE_AFTER, cue.frame());
    }

    @Test
    void aDashBetweenAQuotationAndANameIsACue() {
        List<Cue> found = cues("\u201cWe will win.\u201d \u2015 Jane Doe");
        assertEquals(CueFrame.BYLINE, found.get(0).frame());
    }

    @Test
    void aColonAfterANameOpeningAParagraphIsALabel() {
        assertEquals(CueFrame.LABEL, cues("Graham: Trump is destroying the party").get(0).frame());
    }

    @Test
    void aColonAfterAReportingVerbIsNoLabel() {
        assertTrue(cues("Lavrov said: \u201cIt will not work.\u201d").stream()
                .noneMatch(c -> c.frame() == CueFrame.LABEL));
    }

    @Test
    void aNounOfReportWithAPossessorIsACue() {
        Cue cue = cues("Politifact checked Trump's claim that shootings rose.").get(0);
        assertEquals(CueFrame.NOUN, cue.frame());
        assertEquals("claim", cue.entry().lemma());
    }

    @Test
    void aReportingVerbTheTaggerTakesForAnAuxiliaryIsStillACue() {
        // the greedy tagger reads "said" after the name "Bond" as AUX
        assertEquals(List.of("said"), words("\u201cWe are ready,\u201d Bond said."));
    }

    @Test
    void aMostlyNounFormRightAfterANameAfterAClosingMarkIsTheCue() {
        assertEquals(List.of("notes"), words("\u201cThe party is not united,\u201d Okafor notes."));
    }

    @Test
    void aMostlyNounFormElsewhereIsNoCue() {
        assertTrue(words("The notes were lost.").isEmpty());
    }

    @Test
    void aHeadlineVerbBeforeAnObjectAndAColonIntroducingAQuotationIsACue() {
        assertEquals(List.of("blasts"), words("Lambie blasts Hanson: \u201cYou are no patriot.\u201d"));
    }

    @Test
    void aReportingVerbBetweenAClosingMarkAndANameIsACueWhateverItsTag() {
        assertTrue(words("\u201cWe fixed the roof ourselves,\u201d notes Alvarez.").contains("notes"));
    }

    @Test
    void aPhrasalReportingVerbIsOneCueWithItsParticle() {
        String text = "\u201cThat is only one part of it,\u201d points out the resident.";
        Document doc = TestDocuments.read(text);
        Cue cue = finder.find(doc, new SentenceTags(doc, TestDocuments.MODELS.posModel(),
                TestDocuments.MODELS.lemmatizerModel())).stream()
                .filter(c -> doc.token(c.firstToken()).text().equals("points")).findFirst().orElseThrow();
        assertEquals("points out", text.substring(doc.token(cue.firstToken()).start(), doc.token(cue.endToken() - 1).end()));
    }

    @Test
    void saidBeforeAPronounIsTheVerbWhereTheTaggerCallsItANoun() {
        // the tagger reads "premier" as an adjective and "said" as the noun it qualifies
        assertEquals(List.of("said"), words("The premier said she was deeply worried about the mill."));
    }
}
