package org.quoteattribution.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentFeaturesTest {

    private static String[] words(String sentence) {
        return sentence.split(" ");
    }

    private static List<String> at(List<String[][]> features, int sentence, int token) {
        return List.of(features.get(sentence)[token]);
    }

    @Test
    void anAcronymAndTheRunItSpellsKnowOfEachOther() {
        List<String[][]> f = DocumentFeatures.of(List.of(
                words("The Wessex Gardening Federation of Anglers met on Friday ."),
                words("A WGFA spokesman said the W.G.F.A. would appeal .")));
        assertEquals(List.of("acronym"), at(f, 1, 1));
        assertEquals(List.of("acronym"), at(f, 1, 5));
        for (int t = 1; t <= 5; t++) {
            assertEquals(List.of("expanded"), at(f, 0, t), "token " + t);
        }
        // "Friday" spells nothing that stands in the text
        assertEquals(List.of(), at(f, 0, 8));
    }

    @Test
    void aCapitalizedWordSaysWhetherItIsLowerCaseOrCapitalizedElsewhere() {
        List<String[][]> f = DocumentFeatures.of(List.of(
                words("Growers Fear Frost In Lowvale"),
                words("The growers met in Lowvale on Monday ."),
                words("Lowvale lies north .")));
        assertEquals(List.of("lower"), at(f, 0, 0)); // "growers" elsewhere
        assertEquals(List.of("lower"), at(f, 0, 3)); // "in"
        assertEquals(List.of("cap"), at(f, 0, 4)); // "Lowvale" inside a sentence elsewhere
        assertEquals(List.of("cap"), at(f, 2, 0));
        // its only other inner occurrence is in the first sentence, so the second sentence's one still sees it
        assertEquals(List.of("cap"), at(f, 1, 4));
        assertEquals(List.of(), at(f, 0, 2)); // "Frost" stands nowhere else
        assertArrayEquals(new String[0], f.get(1)[1]); // lower-case words get nothing
    }

    @Test
    void aWordCapitalizedOnlyWhereItStandsIsNotCapitalizedElsewhere() {
        List<String[][]> f = DocumentFeatures.of(List.of(words("They met Quillon ."), words("Nothing more .")));
        assertEquals(List.of(), at(f, 0, 2));
    }

    @Test
    void acronymLettersAllowDotsBetweenCapitalsOnly() {
        assertEquals("EU", DocumentFeatures.acronymLetters("E.U."));
        assertEquals("NRA", DocumentFeatures.acronymLetters("NRA"));
        assertNull(DocumentFeatures.acronymLetters("A"));
        assertNull(DocumentFeatures.acronymLetters("Nra"));
        assertNull(DocumentFeatures.acronymLetters(".EU"));
        assertNull(DocumentFeatures.acronymLetters("ABCDEFG"));
    }
}
