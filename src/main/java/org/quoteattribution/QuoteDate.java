package org.quoteattribution;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When the words were said or written, as the article gives it.
 *
 * @param value  the resolved day; empty when the phrase names no single day ("last week") or a relative phrase
 *               cannot be resolved because no publication date was given
 * @param phrase the date words in the text ("on Wednesday", "March 7, 2022")
 */
public record QuoteDate(Optional<LocalDate> value, Phrase phrase) {

    public QuoteDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(phrase, "phrase");
    }
}
