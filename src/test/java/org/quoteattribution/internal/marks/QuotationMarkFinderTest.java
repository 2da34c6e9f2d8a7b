package org.quoteattribution.internal.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quoteattribution.internal.TestDocuments;

class QuotationMarkFinderTest {

    private final QuotationMarkFinder finder = new QuotationMarkFinder();

    private List<String> quoted(String text) {
        return finder.find(TestDocuments.read(text)).stream()
                .map(q -> String.join("|", q.pieces().stream().map(s -> s.of(text)).toList()))
                .toList();
    }

    @Test
    void curlyMarksEncloseTheirWords() {
        assertEquals(List.of("We will win."), quoted("He said: \u201cWe will win.\u201d"));
    }

    @Test
    void straightMarksEncloseTheirWords() {
        assertEquals(List.of("We will win."), quoted("He said: \"We will win.\" Then he left."));
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        assertTrue(quoted("Trump's plan isn't new; the '90s and the students' books agree.").isEmpty());
    }

    @Test
    void singleMarksQuoteInAHeadline() {
        assertEquals(List.of("absolutely right", "Personal Insult"),
                quoted("Flynn says Trump 'absolutely right' on Obama's \u2018Personal Insult\u2019\n\nBody text."));
    }

    @Test
    void singleMarksAreNoQuotationOutsideTheHeadline() {
        assertTrue(quoted("Headline\n\nThe 'experts' said it was Trump\u2019s \u2018plan\u2019.").isEmpty());
    }

    @Test
    void nestedSingleQuotesStayInsideTheirQuotation() {
        assertEquals(List.of("He called it \u2018a disgrace\u2019 and left."),
                quoted("She said, \u201cHe called it \u2018a disgrace\u2019 and left.\u201d"));
    }

    @Test
    void quoteRunningIntoANewParagraphThatOpensWithAMarkIsOneQuotation() {
        String text = "He said: \u201cFirst part.\n\u201cSecond part.\u201d\nAfter.";
        assertEquals(List.of("First part.|Second part."), quoted(text));
    }

    @Test
    void unclosedQuoteEndsWithItsParagraph() {
        String text = "He said: \u201cNever closed\nNext paragraph \u201cclosed\u201d here.";
        assertEquals(List.of("Never closed", "closed"), quoted(text));
    }

    @Test
    void aStrayStraightMarkLeftOpenDoesNotRunIntoAParagraphInCurlyMarks() {
        String text = "\"Dana thought it was absurd.\n\u201cIt never crossed my mind,\u201d she said.";
        assertEquals(List.of("Dana thought it was absurd.", "It never crossed my mind,"), quoted(text));
    }

    @Test
    void twoCurlySingleMarksTypedForADoubleOneCloseAQuotation() {
        assertEquals(List.of("We print local comics,", "You gotta start somewhere,"), quoted(
                "\u201cWe print local comics,\u2019\u2019 says the founder. \u201cYou gotta start somewhere,\u201d he says."));
    }
}
