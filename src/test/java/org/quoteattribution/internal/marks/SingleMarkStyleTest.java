package org.quoteattribution.internal.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Single marks as the body's quotation marks, read as double ones; apostrophes and double-mark bodies untouched. */
class SingleMarkStyleTest {

    /** A short first line is a headline, which this leaves alone; the body follows it. */
    private static final String HEADLINE = "Peers 'ignored' farmers\n";

    @Test
    void singleMarksOfABodyWithoutDoubleMarksBecomeDoubleMarks() {
        String text = HEADLINE + "Mr Parish said: 'The Lords picked it up.'\n\u2018Too late,\u2019 he added.\n";
        assertEquals(HEADLINE + "Mr Parish said: \"The Lords picked it up.\"\n\u201cToo late,\u201d he added.\n",
                SingleMarkStyle.asDoubleMarks(text));
    }

    @Test
    void theTextKeepsItsLength() {
        String text = HEADLINE + "He said: \u2018We don\u2019t know.\u2019\n";
        assertEquals(text.length(), SingleMarkStyle.asDoubleMarks(text).length());
    }

    @Test
    void doubleMarksNestedInsideBecomeSingle() {
        assertEquals(HEADLINE + "He said: \u201cThey promised \u2018fair prices\u2019.\u201d\n",
                SingleMarkStyle.asDoubleMarks(HEADLINE + "He said: \u2018They promised \u201cfair prices\u201d.\u2019\n"));
    }

    @Test
    void aBodyQuotingInDoubleMarksIsLeftAsItIs() {
        String text = HEADLINE + "\u201cWe will see \u2018what comes\u2019,\u201d he said. \u201cNot now.\u201d Some 'scare' "
                + "words.\n";
        assertSame(text, SingleMarkStyle.asDoubleMarks(text));
    }

    @Test
    void apostrophesInWordsYearsAndElisionsAreNoMarks() {
        String text = HEADLINE + "Farmers in the '90s don't like rock 'n' roll or O'Brien's 'em.\n";
        assertSame(text, SingleMarkStyle.asDoubleMarks(text));
    }

    @Test
    void aPossessivePluralDoesNotCloseAQuoteThatClosesLater() {
        assertEquals(HEADLINE + "He said: \u201cThe peers\u2019 amendments help nobody.\u201d\n",
                SingleMarkStyle.asDoubleMarks(HEADLINE + "He said: \u2018The peers\u2019 amendments help nobody.\u2019\n"));
    }

    @Test
    void aQuoteOverTwoParagraphsOpensEachAndClosesOnlyTheLast() {
        assertEquals(HEADLINE + "She said: \"First part.\n\"Second part.\"\n",
                SingleMarkStyle.asDoubleMarks(HEADLINE + "She said: 'First part.\n'Second part.'\n"));
    }

    @Test
    void aMarkLeftOpenWithoutANextQuotedParagraphIsLeftAlone() {
        String text = HEADLINE + "She said: 'First part and more\nA new paragraph.\n";
        assertSame(text, SingleMarkStyle.asDoubleMarks(text));
    }

    @Test
    void theHeadlineIsLeftToHeadlineQuotes() {
        String text = HEADLINE + "He said: 'Yes.'\n";
        assertEquals(HEADLINE + "He said: \"Yes.\"\n", SingleMarkStyle.asDoubleMarks(text));
    }
}
