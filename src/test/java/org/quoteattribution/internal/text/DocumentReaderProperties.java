package org.quoteattribution.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.quoteattribution.HostileText;
import org.quoteattribution.internal.TestDocuments;

/** Every offset the later stages build on comes from tokens: they must be sound for any text. */
class DocumentReaderProperties {

    @Property
    void tokensAreInOrderInsideTheTextAndOnCodePointBoundaries(@ForAll("anyText") String text) {
        assertSoundTokens(text, TestDocuments.read(text));
    }

    @Property
    void articleTokensAreInOrderInsideTheTextAndOnCodePointBoundaries(@ForAll("articles") String text) {
        assertSoundTokens(text, TestDocuments.read(text));
    }

    @Property
    void sentencesHoldAtMostTheTokenLimit(@ForAll("articles") String text) {
        for (Sentence s : TestDocuments.read(text).sentences()) {
            assertTrue(s.tokenCount() > 0 && s.tokenCount() <= DocumentReader.MAX_SENTENCE_TOKENS, s::toString);
        }
    }

    private static void assertSoundTokens(String text, Document doc) {
        int previousEnd = 0;
        for (Token t : doc.tokens()) {
            assertTrue(t.start() >= previousEnd && t.start() < t.end() && t.end() <= text.length(), t::toString);
            assertTrue(onCodePointBoundary(text, t.start()) && onCodePointBoundary(text, t.end()),
                    () -> "token " + t + " splits a surrogate pair");
            assertEquals(text.substring(t.start(), t.end()), t.text());
            previousEnd = t.end();
        }
    }

    private static boolean onCodePointBoundary(String text, int offset) {
        return offset <= 0 || offset >= text.length() || !(Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset)));
    }

    @Provide
    Arbitrary<String> articles() {
        return HostileText.articles();
    }

    @Provide
    Arbitrary<String> anyText() {
        return HostileText.anyText();
    }
}
