package org.quoteattribution;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Timeout;

/**
 * Inputs built to make a parser hang or go quadratic. Each must complete, keep every promise about its output, and
 * cost at most about ten times the work of an input a tenth its size ({@link WorkMeter}). The timeout is no
 * performance assertion, only a guard that turns a hang into a failure instead of a stuck build.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class HostileInputTest {

    private static final int MEGABYTE = 1 << 20;

    private final QuoteAttributor attributor = SharedAttributor.get();

    @Test
    void threeHundredThousandStraightQuotationMarksInARow(TestReporter reporter) {
        WorkMeter.assertLinear("straight marks", n -> "\"".repeat(n), 300_000, attributor, reporter);
    }

    @Test
    void threeHundredThousandCurlyQuotationMarksInPairs(TestReporter reporter) {
        WorkMeter.assertLinear("curly mark pairs", n -> "\u201c\u201d".repeat(n / 2), 300_000, attributor, reporter);
    }

    @Test
    void threeHundredThousandQuotationMarksBetweenSpacesAfterACue(TestReporter reporter) {
        WorkMeter.assertLinear("spaced marks", n -> "Lavrov said: " + "\" ".repeat(n), 300_000, attributor, reporter);
    }

    @Test
    void unclosedQuoteBeforeOneMegabyteOfTextOnOneLine(TestReporter reporter) {
        WorkMeter.assertLinear("unclosed quote, one line",
                n -> "Lavrov said: \u201c" + prose(n, " "), MEGABYTE, attributor, reporter);
    }

    @Test
    void unclosedQuoteRunningThroughOneMegabyteOfParagraphs(TestReporter reporter) {
        // every paragraph opens with a mark and none closes: one quotation continued over the whole text
        WorkMeter.assertLinear("unclosed quote, every paragraph reopened",
                n -> "Lavrov said: \u201c" + prose(n, "\n\u201c"), MEGABYTE, attributor, reporter);
    }

    @Test
    void twentyThousandLevelsOfCurlyNesting(TestReporter reporter) {
        WorkMeter.assertLinear("curly nesting",
                n -> "Lavrov said: " + "\u201cwe ".repeat(n) + "win\u201d ".repeat(n) + "he added.",
                20_000, attributor, reporter);
    }

    @Test
    void twentyThousandLevelsOfStraightNesting(TestReporter reporter) {
        WorkMeter.assertLinear("straight nesting",
                n -> "Lavrov said: " + "\"we ".repeat(n) + "win\" ".repeat(n) + "he added.",
                20_000, attributor, reporter);
    }

    @Test
    void twentyThousandLevelsOfAlternatingDoubleAndSingleNesting(TestReporter reporter) {
        WorkMeter.assertLinear("double and single nesting",
                n -> "\u201cwe \u2018can ".repeat(n / 2) + "go\u2019 now\u201d ".repeat(n / 2) + "Lavrov said.",
                20_000, attributor, reporter);
    }

    @Test
    void twentyThousandNestingMarksWithoutSpaces(TestReporter reporter) {
        WorkMeter.assertLinear("nesting without spaces",
                n -> "Lavrov said: " + "\u201c".repeat(n) + "x" + "\u201d".repeat(n), 20_000, attributor, reporter);
    }

    @Test
    void oneMegabyteWithoutSpaces(TestReporter reporter) {
        String chunk = "Zm9vYmFy0123\u201cquo\u201d,x.y\uD83D\uDE00/\"k\"-\u0007\u00e9\u2019s;(a)[b]\uFEFF!?";
        WorkMeter.assertLinear("no spaces", n -> chunk.repeat(n / chunk.length()), MEGABYTE, attributor, reporter);
    }

    @Test
    void oneMegabyteOfOneLetter(TestReporter reporter) {
        WorkMeter.assertLinear("one letter", "x"::repeat, MEGABYTE, attributor, reporter);
    }

    @Test
    void fortyThousandShortQuotesEachInItsParagraph(TestReporter reporter) {
        WorkMeter.assertLinear("short quotes, one a paragraph",
                n -> shortQuotes(n, "\n"), 40_000, attributor, reporter);
    }

    @Test
    void fortyThousandShortQuotesInOneParagraph(TestReporter reporter) {
        WorkMeter.assertLinear("short quotes, one paragraph",
                n -> shortQuotes(n, " "), 40_000, attributor, reporter);
    }

    @Test
    void fortyThousandQuotationsWithoutACue(TestReporter reporter) {
        WorkMeter.assertLinear("quotations without a cue", n -> "\u201cYes\u201d ".repeat(n), 40_000, attributor,
                reporter);
    }

    @Test
    void possessivesInASingleMarkQuoteThatNeverCloses(TestReporter reporter) {
        WorkMeter.assertLinear("single-mark possessives", n -> "Title\nHe said: \u2018" + "the peers\u2019 amendments "
                .repeat(n / 24), 1 << 20, attributor, reporter);
    }

    @Test
    void twoHundredThousandSaids(TestReporter reporter) {
        WorkMeter.assertLinear("said said said", n -> "said ".repeat(n), 200_000, attributor, reporter);
    }

    @Test
    void fortyThousandQuotationsContinuingOneQuote(TestReporter reporter) {
        WorkMeter.assertLinear("quotations continuing one quote",
                n -> "\u201cA,\u201d he said.\n" + "\u201cb\u201d\n".repeat(n), 40_000, attributor, reporter);
    }

    @Test
    void fortyThousandQuotesFromOneRepeatedName(TestReporter reporter) {
        WorkMeter.assertLinear("quotes from one repeated name",
                n -> "\u201cYes,\u201d according to Lavrov. Lavrov, Lavrov, Lavrov, Lavrov.\n".repeat(n), 40_000,
                attributor, reporter);
    }

    @Test
    void fortyThousandPronounQuotesBeforeManyNames(TestReporter reporter) {
        WorkMeter.assertLinear("pronoun quotes before many names",
                n -> "\u201cYes,\u201d according to he.\n".repeat(n) + "Paris, Moscow, London, Berlin.\n".repeat(n),
                40_000, attributor, reporter);
    }

    /** News-like sentences, one in eight with a reporting verb, joined by {@code separator}, about n chars. */
    static String prose(int n, String separator) {
        String[] sentences = {
            "The talks in Geneva went on for hours.",
            "Nobody left the room before midnight, and the delegations met again at dawn.",
            "A spokesman for the ministry said the next round would start in March.",
            "Prices for wheat and fuel rose by 3.5 percent in the third quarter of 2024.",
            "Officials in Kyiv and Warsaw met with their counterparts from the U.S. on Monday.",
            "The agreement covers grain, gas and the safety of ships in the Black Sea.",
            "Markets in Asia opened higher on the news.",
            "Its text runs to 40 pages and has not been published yet.",
        };
        StringBuilder b = new StringBuilder(n + 100);
        for (int i = 0; b.length() < n; i++) {
            b.append(i == 0 ? "" : separator).append(sentences[i % sentences.length]);
        }
        return b.toString();
    }

    /** Short attributed quotes, each from a different source so that no name repeats. */
    static String shortQuotes(int n, String separator) {
        StringBuilder b = new StringBuilder(n * 32);
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : separator).append("\u201cYes,\u201d according to ").append(uniqueName(i))
                    .append('.');
        }
        return b.toString();
    }

    /** "Kaaa", "Kaab", ...: a capitalized word of its own for every number. */
    static String uniqueName(int i) {
        StringBuilder b = new StringBuilder("K");
        for (int k = 0; k < 4; k++) {
            b.append((char) ('a' + i % 26));
            i /= 26;
        }
        return b.toString();
    }
}
