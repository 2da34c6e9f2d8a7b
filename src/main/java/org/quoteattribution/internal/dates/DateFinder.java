package org.quoteattribution.internal.dates;

import java.time.LocalDate;
import java.util.Optional;
import org.quoteattribution.QuoteDate;
import org.quoteattribution.internal.assembly.DraftQuote;
import org.quoteattribution.internal.text.Document;

/** Finds the day a quote's words were said or written, resolved against the publication date. */
public final class DateFinder {

    public Optional<QuoteDate> dateOf(Document doc, DraftQuote quote, Optional<LocalDate> published) {
        return Optional.empty();
    }
}
