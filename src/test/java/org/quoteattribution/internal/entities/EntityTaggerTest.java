package org.quoteattribution.internal.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteattribution.internal.TestDocuments;
import org.quoteattribution.internal.text.Document;

class EntityTaggerTest {

    private static EntityTagger tagger(Document doc) {
        return new EntityTagger(doc, TestDocuments.MODELS.nameFinderModel());
    }

    /** Every name the tagger finds in a one-sentence text, as "type:text". */
    private static List<String> names(String text) {
        Document doc = TestDocuments.read(text);
        EntityTagger tagger = tagger(doc);
        return doc.sentences().stream()
                .flatMap(s -> tagger.entitiesOf(s).stream())
                .map(e -> e.type() + ":" + e.text(doc))
                .toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Russian Foreign Minister Sergei Lavrov said the talks had failed.          | PERSON:Sergei Lavrov
            The Pentagon said it would send more air defence systems.                  | ORGANIZATION:Pentagon
            Zelenskyy said in a Telegram post that the city had been shelled again.     | PERSON:Zelenskyy
            Hillary Clinton's campaign manager told reporters the race was close.       | PERSON:Hillary Clinton
            The Federal Bureau of Investigation declined to comment on the inquiry.     | ORGANIZATION:Federal Bureau of Investigation
            German Chancellor Angela Merkel met the president of the European Commission. | PERSON:Angela Merkel
            A spokesman for Reuters said the agency stood by its reporting.             | ORGANIZATION:Reuters
            Senator Bernie Sanders told CNN that he would vote against the bill.        | PERSON:Bernie Sanders
            """)
    void findsThePersonOrOrganizationInANewsSentence(String sentence, String expected) {
        assertTrue(names(sentence).contains(expected), () -> expected + " not among " + names(sentence));
    }

    @Test
    void tellsAnOrganizationFromThePersonItBelongsTo() {
        List<String> found = names("Trump wrote on Truth Social that the Republican National Committee would pay.");
        assertTrue(found.contains("PERSON:Trump"), found::toString);
        assertTrue(found.contains("ORGANIZATION:Republican National Committee"), found::toString);
    }

    @Test
    void aPlaceIsNotAPerson() {
        Document doc = TestDocuments.read("Russian missiles struck Sumy overnight, the governor said.");
        EntityTagger tagger = tagger(doc);
        int sumy = indexOf(doc, "Sumy");
        assertFalse(tagger.is(sumy, EntityType.PERSON));
    }

    @Test
    void typeAtAnswersForEveryTokenOfAName() {
        Document doc = TestDocuments.read("Russian Foreign Minister Sergei Lavrov said the talks had failed.");
        EntityTagger tagger = tagger(doc);
        assertEquals(Optional.of(EntityType.PERSON), tagger.typeAt(indexOf(doc, "Sergei")));
        assertEquals(Optional.of(EntityType.PERSON), tagger.typeAt(indexOf(doc, "Lavrov")));
        assertEquals(Optional.empty(), tagger.typeAt(indexOf(doc, "said")));
    }

    @Test
    void tagsOnlyTheSentencesAskedAbout() {
        Document doc = TestDocuments.read("The Pentagon said it would help.\nSergei Lavrov said the talks failed.\n"
                + "Angela Merkel said she agreed.");
        assertEquals(3, doc.sentences().size());
        EntityTagger tagger = tagger(doc);
        tagger.entitiesOf(doc.sentence(2));
        tagger.typeAt(doc.sentence(2).firstToken());
        assertEquals(1, tagger.taggedSentenceCount());
    }

    @Test
    void aSentenceGetsTheSameNamesWhateverWasAskedBefore() {
        Document doc = TestDocuments.read("Sergei Lavrov spoke first. Then Lavrov said the talks had failed. "
                + "The Pentagon said nothing.");
        EntityTagger backwards = tagger(doc);
        backwards.entitiesOf(2);
        backwards.entitiesOf(0);
        EntityTagger forwards = tagger(doc);
        for (int s = 0; s < 3; s++) {
            assertEquals(forwards.entitiesOf(s), backwards.entitiesOf(s));
        }
    }

    private static int indexOf(Document doc, String word) {
        return doc.tokens().stream().filter(t -> t.text().equals(word)).findFirst().orElseThrow().index();
    }
}
