package org.quoteattribution.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteAttributor;

/**
 * Fuzz targets for {@code attributeHtml(html)} and {@code attributeHtml(html, date)}: any string is read as a
 * browser reads it, and the result keeps the HTML promises ({@link HtmlInvariants}), is the same for the same input
 * (one input in sixteen) and stays within a {@link WorkBudget} linear in the HTML's length. The seeds
 * ({@code HtmlFuzzTestInputs/<method>/}) are the bundled articles as HTML of several shapes and malformed HTML.
 */
class HtmlFuzzTest {

    private static final WorkBudget BUDGET = WorkBudget.forAnalysis("attributeHtml");

    private final QuoteAttributor attributor = WarmAttributor.get();

    @FuzzTest(maxDuration = "5s")
    void anyHtmlKeepsEveryPromise(byte[] input) {
        String html = FuzzInput.text(input);
        List<Quote> quotes = BUDGET.spend(html.length(), () -> attributor.attributeHtml(html));
        HtmlInvariants.assertAll(html, quotes);
        if (TextFuzzTest.sampledForDeterminism(html)) {
            assertEquals(quotes, attributor.attributeHtml(html), "the same HTML gave another result");
        }
    }

    @FuzzTest(maxDuration = "5s")
    void anyHtmlWithAnyDateKeepsEveryPromise(FuzzedDataProvider data) {
        LocalDate published = FuzzInput.date(data);
        String html = FuzzInput.text(data.consumeRemainingAsBytes());
        List<Quote> quotes = BUDGET.spend(html.length(), () -> attributor.attributeHtml(html, published));
        HtmlInvariants.assertAll(html, quotes);
        if (TextFuzzTest.sampledForDeterminism(html)) {
            assertEquals(quotes, attributor.attributeHtml(html, published), "the same HTML and date gave another result");
        }
    }
}
