package org.quoteattribution.internal.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.quoteattribution.Span;
import org.quoteattribution.internal.limits.Deadline;

class HtmlRendererTest {

    private static HtmlText render(String html) {
        return HtmlRenderer.render(html, Deadline.NONE);
    }

    @Test
    void paragraphsAreSeparatedByABlankLine() {
        assertEquals("Headline\n\nOne.\n\nTwo.\n\nThree.\n\nFour.",
                render("<h1>Headline</h1><p>One.</p><div>Two.</div><ul><li>Three.</li></ul>Four.").text());
    }

    @Test
    void aLineBreakEndsAParagraph() {
        assertEquals("One.\n\nTwo.", render("<p>One.<br>Two.</p>").text());
    }

    @Test
    void emptyBlocksLeaveNoEmptyParagraphs() {
        assertEquals("One.\n\nTwo.", render("<div><p></p><p>One.</p><div> </div></div><p>Two.</p><p></p>").text());
    }

    @Test
    void scriptsStylesFiguresAsidesAndNavigationAreNotArticleText() {
        String html = "<nav>Home</nav><p>Kept.</p><script>var s = \"“x,” he said\";</script><style>p{}</style>"
                + "<figure><img src=a.jpg><figcaption>“We won,” she said.</figcaption></figure>"
                + "<aside>“Read more,” he said.</aside><noscript>Enable</noscript><template>T</template><p>Too.</p>";
        assertEquals("Kept.\n\nToo.", render(html).text());
    }

    @Test
    void theHeadIsNotArticleText() {
        assertEquals("Body.", render("<html><head><title>Title</title></head><body><p>Body.</p></body></html>").text());
    }

    @Test
    void whitespaceIsCollapsedWithinABlock() {
        assertEquals("a b c", render("<p>\n  a \t b\r\n   <em> c </em>  </p>").text());
    }

    @Test
    void theNoBreakSpaceIsKept() {
        assertEquals("a\u00a0b", render("<p>a&nbsp;b</p>").text());
    }

    @Test
    void entitiesAreDecodedAndMapToTheWholeEntity() {
        String html = "<p>&#8220;Tom &amp; Jerry&rdquo;</p>";
        HtmlText page = render(html);
        assertEquals("\u201cTom & Jerry\u201d", page.text());
        assertEquals("&#8220;", page.source(0).of(html));
        assertEquals("&amp;", page.source(page.text().indexOf('&')).of(html));
        assertEquals("&rdquo;", page.source(page.text().length() - 1).of(html));
    }

    @Test
    void anEntityWithoutItsSemicolonMapsToItsOwnLetters() {
        String html = "<p>&notit</p>";
        HtmlText page = render(html);
        assertEquals("\u00acit", page.text());
        assertEquals("&not", page.source(0).of(html));
        assertEquals("i", page.source(1).of(html));
    }

    @Test
    void everyCharacterWrittenAsItselfMapsToItself() {
        String html = "<p>Lavrov <b>said</b>: \"no\" 😀</p>";
        HtmlText page = render(html);
        for (int i = 0; i < page.text().length(); i++) {
            assertEquals(String.valueOf(page.text().charAt(i)), page.source(i).of(html));
        }
    }

    @Test
    void aQReadsWithCurlyQuotationMarksThatStandForNoHtml() {
        HtmlText page = render("<p>He said <q>we win</q>.</p>");
        assertEquals("He said \u201cwe win\u201d.", page.text());
        assertTrue(page.isSynthetic(8));
        assertTrue(page.isSynthetic(15));
        assertFalse(page.isSynthetic(9));
    }

    @Test
    void anEmptyQGetsNoMarks() {
        assertEquals("a b", render("<p>a <q></q>b</p>").text());
    }

    @Test
    void aBlockQuotationWithoutMarksIsWrappedInMarksAcrossItsParagraphs() {
        assertEquals("She said:\n\n\u201cOne.\n\nTwo.\u201d\n\nAfter.",
                render("<p>She said:</p><blockquote><p>One.</p><p>Two.</p></blockquote><p>After.</p>").text());
    }

    @Test
    void aBlockQuotationWithMarksOfItsOwnIsLeftAsItIs() {
        assertEquals("\u201cOne,\u201d she said.",
                render("<blockquote>&ldquo;One,&rdquo; she said.</blockquote>").text());
    }

    @Test
    void paragraphBreaksStandForNoHtml() {
        HtmlText page = render("<p>a</p><p>b</p>");
        assertEquals("a\n\nb", page.text());
        assertTrue(page.isSynthetic(1));
        assertTrue(page.isSynthetic(2));
    }

    @Test
    void aRangeEndingOnASyntheticMarkEndsAtTheLastCharacterOfTheHtml() {
        String html = "<p>the attacks <q>only <a href=x>confirm</a> it</q>.</p>";
        HtmlText page = render(html);
        int start = page.text().indexOf("the");
        int end = page.text().indexOf('\u201d') + 1;
        assertEquals("the attacks <q>only <a href=x>confirm</a> it", page.toHtml(new Span(start, end)).of(html));
    }

    @Test
    void aRangeOfSyntheticCharactersOnlyIsEmpty() {
        HtmlText page = render("<p>a</p><p>b</p>");
        Span html = page.toHtml(new Span(1, 3));
        assertEquals(0, html.length());
    }

    /** Found by fuzzing (HtmlFuzzTest): past eight NULs in a row, every later character mapped into the NULs. */
    @Test
    void charactersAfterARunOfNulsMapToThemselves() {
        String html = "<p>s" + "\u0000".repeat(40) + "he said. \u201cThe deal protects them.\u201d</p>";
        HtmlText page = render(html);
        assertEquals("she said. \u201cThe deal protects them.\u201d", page.text());
        for (int i = 0; i < page.text().length(); i++) {
            assertEquals(String.valueOf(page.text().charAt(i)), page.source(i).of(html));
        }
    }

    /** Found by fuzzing (HtmlFuzzTest): in raw text "&amp;" was taken for an entity, and every later offset drifted. */
    @Test
    void anEntityInRawTextIsReadAsItIsWrittenAndMapsToItself() {
        String html = "<p>Before.</p><plaintext>Lavrov said &amp; wrote &rdquo;yes&#8221; <b>here</b>";
        HtmlText page = render(html);
        assertEquals("Before.\n\nLavrov said &amp; wrote &rdquo;yes&#8221; <b>here</b>", page.text());
        for (int i = 0; i < page.text().length(); i++) {
            if (!page.isSynthetic(i)) {
                assertEquals(String.valueOf(page.text().charAt(i)), page.source(i).of(html));
            }
        }
    }

    /** Found by fuzzing (HtmlFuzzTest): a NUL before an entity that gives U+FFFD took the entity's place. */
    @Test
    void aNulBeforeAnEntityForTheReplacementCharacterStandsForNothing() {
        String html = "<p>a&lt\u0000&#99999999; b&#x1F600;</p>";
        HtmlText page = render(html);
        assertEquals("a<\ufffd b\uD83D\uDE00", page.text());
        assertEquals("&#99999999;", page.source(2).of(html));
        assertEquals(" ", page.source(3).of(html));
        assertEquals("b", page.source(4).of(html));
        assertEquals("&#x1F600;", page.source(5).of(html));
    }

    /** Found by fuzzing (HtmlFuzzTest): the last of NULs read as U+FFFD mapped to a U+FFFD written further on. */
    @Test
    void nulsReadAsReplacementCharactersMapToThemselves() {
        String html = "<p>a</p><title>\u00b5\u0000\u0000at mor\ufffds</title>"; // RCDATA: a NUL reads as U+FFFD
        HtmlText page = render(html);
        for (int i = 0; i < page.text().length(); i++) {
            if (!page.isSynthetic(i) && page.text().charAt(i) != '\ufffd') {
                assertEquals(String.valueOf(page.text().charAt(i)), page.source(i).of(html));
            }
        }
        int last = page.text().lastIndexOf('\ufffd');
        assertEquals("\ufffd", page.source(last).of(html));
    }

    /**
     * Found by fuzzing (HtmlFuzzTest): after {@code <plaintext>} each NUL reads as U+FFFD and an entity as written, so
     * a run of NULs before {@code &#99999998;} is that many replacement characters, not the entity's one.
     */
    @Test
    void nulsBeforeAnEntityInRawTextAreEachAReplacementCharacter() {
        String html = "<p>a</p><plaintext>for h" + "\u0000".repeat(5) + "&#99999998;" + "\u0000".repeat(3)
                + "ospitals, he said.";
        HtmlText page = render(html);
        assertEquals("a\n\nfor h" + "\ufffd".repeat(5) + "&#99999998;" + "\ufffd".repeat(3) + "ospitals, he said.",
                page.text());
        for (int i = 0; i < page.text().length(); i++) {
            if (!page.isSynthetic(i) && page.text().charAt(i) != '\ufffd') {
                assertEquals(String.valueOf(page.text().charAt(i)), page.source(i).of(html));
            }
        }
        assertEquals("\u0000", page.source(page.text().indexOf('\ufffd')).of(html));
    }

    @Test
    void malformedHtmlIsReadAsABrowserReadsIt() {
        assertEquals("x < y said Bob", render("x < y said <b>Bob").text());
        assertEquals("unclosed \u201cquote\u201d", render("<p>unclosed <q>quote").text());
        assertEquals("", render("").text());
        assertEquals("", render("<script>\"a,\" he said").text());
    }
}
