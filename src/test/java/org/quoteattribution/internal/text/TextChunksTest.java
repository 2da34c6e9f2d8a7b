package org.quoteattribution.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattribution.Span;

class TextChunksTest {

    @Test
    void aTextWithinTheLimitIsOnePiece() {
        assertEquals(List.of(new Span(0, 10)), TextChunks.of("0123456789", 10));
        assertEquals(List.of(new Span(0, 0)), TextChunks.of("", 10));
    }

    @Test
    void aLongTextIsCutAfterTheLastParagraphBreakBeforeTheLimit() {
        String text = "aaaa bbb\ncc dd\neeeeeeeee";
        List<Span> pieces = TextChunks.of(text, 16);
        assertEquals(new Span(0, 15), pieces.get(0));
        assertEquals("eeeeeeeee", pieces.get(1).of(text));
    }

    @Test
    void withoutAParagraphBreakTheCutIsAfterTheLastWhitespace() {
        String text = "aaaa bbbb cccc dddd";
        assertEquals(List.of(new Span(0, 10), new Span(10, 19)), TextChunks.of(text, 12));
    }

    @Test
    void withoutWhitespaceTheCutIsAtTheLimitButNeverInsideASurrogatePair() {
        String text = "abc\uD83D\uDE00def";
        List<Span> pieces = TextChunks.of(text, 4);
        assertEquals(new Span(0, 3), pieces.get(0), "not between the halves of the emoji");
        assertEquals("\uD83D\uDE00de", pieces.get(1).of(text));
    }

    @Test
    void piecesCoverTheTextInOrderAndEachIsWithinTheLimit() {
        String text = "word ".repeat(1000) + "x".repeat(3000) + "\n".repeat(10) + "end";
        List<Span> pieces = TextChunks.of(text, 700);
        int at = 0;
        for (Span piece : pieces) {
            assertEquals(at, piece.start());
            assertTrue(piece.end() - piece.start() <= 700 && piece.end() > piece.start(), piece::toString);
            at = piece.end();
        }
        assertEquals(text.length(), at);
    }
}
