package org.quoteattribution.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattribution.internal.TestDocuments;

class DocumentReaderTest {

    private static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    @Test
    void tokenBoundariesNeverSplitAnEmoji() {
        // the tokenizer model cut "\uD83D|\uDE00ok" here before the fix
        String text = "He said: \u201c\uD83D\uDE00ok\uD83D\uDE00.\u201d \uD83D\uDE00\uD83D\uDE00 a\uD83D\uDE00b, "
                + "c\uD83D\uDE00.";
        Document doc = TestDocuments.read(text);
        for (Token t : doc.tokens()) {
            assertFalse(splitsPair(text, t.start()) || splitsPair(text, t.end()), t::toString);
        }
        assertTrue(doc.tokens().stream().anyMatch(t -> t.text().equals("ok\uD83D\uDE00")), doc.tokens()::toString);
    }

    @Test
    void aCutInsideASurrogatePairMovesToAfterThePair() {
        String text = "\uD83D\uDE00ok";
        List<int[]> kept = DocumentReader.keepSurrogatePairs(text, List.of(new int[] {0, 1}, new int[] {1, 4}));
        assertEquals(List.of("0-2", "2-4"), kept.stream().map(s -> s[0] + "-" + s[1]).toList());
    }

    @Test
    void aLoneSurrogateIsAnOrdinaryCharacter() {
        String text = "\uDE00\uD83D";
        List<int[]> kept = DocumentReader.keepSurrogatePairs(text, List.of(new int[] {0, 1}, new int[] {1, 2}));
        assertEquals(List.of("0-1", "1-2"), kept.stream().map(s -> s[0] + "-" + s[1]).toList());
    }

    @Test
    void dottedInitialismsStayWhole() {
        // the tokenizer model cut "E.U." and "N.Y.U." before their last period, though it leaves "U.S." whole
        Document doc = TestDocuments.read("Britain left the E.U. after the F.B.I. and N.Y.U. said so in the U.S. today.");
        List<String> words = doc.tokens().stream().map(Token::text).toList();
        assertTrue(words.containsAll(List.of("E.U.", "F.B.I.", "N.Y.U.", "U.S.")), words::toString);
        assertEquals(".", words.get(words.size() - 1));
    }

    @Test
    void aPersonsInitialsEndNoSentence() {
        Document doc = TestDocuments.read("The bill was backed by Rep. J.R. Okafor of North Carolina. It passed.");
        assertEquals(2, doc.sentences().size());
    }

    @Test
    void aLetterBeforeASentencePeriodIsNoInitialism() {
        assertFalse(TokenRefiner.isDottedInitialism("A."));
        assertFalse(TokenRefiner.isDottedInitialism("E.U.-led"));
        assertTrue(TokenRefiner.isDottedInitialism("N.Y.U"));
    }

    @Test
    void crlfAndLoneCarriageReturnsSeparateParagraphs() {
        Document doc = TestDocuments.read("One.\r\nTwo.\rThree.\n\nFour.");
        assertEquals(4, doc.paragraphs().size());
    }

    @Test
    void longLineWithoutSpacesIsTokenizedByRuleInPiecesOfBoundedLength() {
        String text = "x".repeat(5_000);
        Document doc = TestDocuments.read(text);
        assertEquals(5_000 / RuleTokenizer.MAX_TOKEN, doc.tokens().size());
        assertTrue(doc.sentences().stream().allMatch(s -> s.tokenCount() <= DocumentReader.MAX_SENTENCE_TOKENS));
    }

    @Test
    void aCommaGluedToANumberBeforeAClosingQuotationMarkIsATokenOfItsOwn() {
        Document doc = TestDocuments.read("\u201cWe will win in 2030,\u201d Okafor said.");
        List<String> words = doc.tokens().stream().map(Token::text).toList();
        assertEquals(List.of("2030", ",", "\u201d"), words.subList(5, 8));
    }

    @Test
    void aHyphenatedNameCutBeforeItsHyphenIsOneToken() {
        Document doc = TestDocuments.read("Dana Ruiz-Okafor said so.");
        assertTrue(doc.tokens().stream().anyMatch(t -> t.text().equals("Ruiz-Okafor")), doc.tokens()::toString);
    }

    @Test
    void invisibleFormatCharactersAreNoPartOfATokenAndNoTokenOfTheirOwn() {
        String text = "Okafor\u200b said \u2060 it was \ufefffine.";
        List<int[]> kept = DocumentReader.withoutFormatCharacters(text, List.of(new int[] {0, 7}, new int[] {8, 12},
                new int[] {13, 14}, new int[] {15, 17}, new int[] {18, 21}, new int[] {22, 27}, new int[] {27, 28}));
        assertEquals(List.of("Okafor", "said", "it", "was", "fine", "."),
                kept.stream().map(s -> text.substring(s[0], s[1])).toList());
    }
}
