package org.quoteattribution.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quoteattribution.internal.TestDocuments;
import org.quoteattribution.internal.text.Document;

class PhraseTableTest {

    @Test
    void phraseMatchesTheTokensThatSpellIt() {
        Document doc = TestDocuments.read("She wrote an op-ed for the paper.");
        PhraseTable<String> table = PhraseTable.ignoringCase(Map.of("op-ed", "document"));
        int op = indexOf(doc, "op");
        Optional<PhraseTable.Match<String>> match = table.at(doc, op, doc.tokens().size());
        assertTrue(match.isPresent());
        assertEquals("op-ed", doc.text().substring(doc.token(op).start(), doc.token(match.get().endToken() - 1).end()));
    }

    @Test
    void longestPhraseWins() {
        Document doc = TestDocuments.read("He spoke at a press conference today.");
        PhraseTable<String> table = PhraseTable.ignoringCase(Map.of("press", "a", "press conference", "b"));
        assertEquals("b", table.at(doc, indexOf(doc, "press"), doc.tokens().size()).orElseThrow().value());
    }

    @Test
    void caseMattersWhenTheTableMatchesCase() {
        PhraseTable<String> table = PhraseTable.matchingCase(Map.of("X", "platform"));
        Document lower = TestDocuments.read("He said x marks the spot.");
        Document upper = TestDocuments.read("He said on X that it was over.");
        assertEquals(Optional.empty(), table.at(lower, indexOf(lower, "x"), lower.tokens().size()));
        assertTrue(table.at(upper, indexOf(upper, "X"), upper.tokens().size()).isPresent());
    }

    @Test
    void phraseDoesNotRunPastTheLimit() {
        Document doc = TestDocuments.read("He spoke at a press conference today.");
        PhraseTable<String> table = PhraseTable.ignoringCase(Map.of("press conference", "b"));
        int press = indexOf(doc, "press");
        assertEquals(Optional.empty(), table.at(doc, press, press + 1));
    }

    private static int indexOf(Document doc, String text) {
        return doc.tokens().stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow().index();
    }
}
