package org.quoteattribution.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.List;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteAttributor;
import org.quoteattribution.QuoteInvariants;

/**
 * Fuzz targets for {@code attribute(text)} and {@code attribute(text, date)}: whatever the text, and whatever the
 * date, the call returns (any exception fails the target; the README documents none for a non-null argument), keeps
 * every promise of the README's "Limits and guarantees" ({@link QuoteInvariants#assertAll}), gives the same output
 * for the same input (checked on one input in sixteen, chosen by the input, so that a finding reproduces), and stays
 * within a {@link WorkBudget} linear in the text's length.
 *
 * <p>In {@code mvn verify} these run once over every file of {@code TextFuzzTestInputs/<method>/} (regression
 * mode), then the {@code fuzz-text} and {@code fuzz-text-date} executions fuzz each for a few seconds. README
 * "Fuzzing" has the command for longer runs.
 */
class TextFuzzTest {

    private static final WorkBudget BUDGET = WorkBudget.forAnalysis("attribute");

    private final QuoteAttributor attributor = WarmAttributor.get();

    @FuzzTest(maxDuration = "5s")
    void anyTextKeepsEveryPromise(byte[] input) {
        String text = FuzzInput.text(input);
        List<Quote> quotes = BUDGET.spend(text.length(), () -> attributor.attribute(text));
        QuoteInvariants.assertAll(text, quotes);
        if (sampledForDeterminism(text)) {
            assertEquals(quotes, attributor.attribute(text), "the same text gave another result");
        }
    }

    @FuzzTest(maxDuration = "5s")
    void anyTextWithAnyDateKeepsEveryPromise(FuzzedDataProvider data) {
        LocalDate published = FuzzInput.date(data);
        String text = FuzzInput.text(data.consumeRemainingAsBytes());
        List<Quote> quotes = BUDGET.spend(text.length(), () -> attributor.attribute(text, published));
        QuoteInvariants.assertAll(text, quotes);
        if (sampledForDeterminism(text)) {
            assertEquals(quotes, attributor.attribute(text, published), "the same text and date gave another result");
        }
    }

    static boolean sampledForDeterminism(String input) {
        return (input.hashCode() & 15) == 0;
    }
}
