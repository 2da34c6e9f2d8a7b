package org.quoteattribution.internal.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.quoteattribution.internal.TestDocuments;
import org.quoteattribution.internal.text.Document;

/** The head word of a speaker phrase. */
class MentionTest {

    /** The head of the phrase made of the first {@code words} tokens of {@code text}. */
    private static String head(String text, int words) {
        Document doc = TestDocuments.article(text).document();
        return doc.token(new Mention(0, words, MentionKind.NOMINAL).headToken(doc)).text();
    }

    @Test
    void theHeadOfAPlainPhraseIsItsLastWord() {
        assertEquals("spokeswoman", head("The city spokeswoman said no.", 3));
    }

    @Test
    void anAttachedPhraseIsNotTheHead() {
        assertEquals("needs", head("The needs of the theatre argue for change.", 5));
    }

    @Test
    void aRelativeClauseIsNotTheHead() {
        assertEquals("group", head("A group which represents nurses said no.", 5));
    }

    @Test
    void aHyphenatedWordDoesNotEndTheHead() {
        assertEquals("nominee", head("The vice-presidential nominee said no.", 5));
    }
}
