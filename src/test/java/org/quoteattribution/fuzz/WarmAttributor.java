package org.quoteattribution.fuzz;

import java.time.LocalDate;
import org.quoteattribution.QuoteAttributor;
import org.quoteattribution.SharedAttributor;

/**
 * The shared attributor, after one call of each entry point: the first call loads classes and fills caches (jsoup's
 * entity tables alone allocate some 70 MB), a cost of the JVM's start rather than of any input, which a
 * {@link WorkBudget} should not charge to the first input it measures.
 */
final class WarmAttributor {

    private static final QuoteAttributor INSTANCE = warm(SharedAttributor.get());

    private WarmAttributor() {
    }

    static QuoteAttributor get() {
        return INSTANCE;
    }

    private static QuoteAttributor warm(QuoteAttributor attributor) {
        String text = "\u201cWe will not agree,\u201d Lavrov said on Wednesday in a Telegram post.";
        attributor.attribute(text);
        attributor.attribute(text, LocalDate.of(2025, 8, 20));
        attributor.attributeHtml("<p>" + text.replace("\u201c", "&ldquo;") + "</p>");
        attributor.attributeHtml("<p><q>Yes</q>, he said.</p>", LocalDate.of(2025, 8, 20));
        return attributor;
    }
}
