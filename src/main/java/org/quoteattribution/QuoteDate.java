package org.quoteattribution;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When the words were said or written, as the article gives it: the date words, and the day they mean when they
 * name one.
 *
 * <pre>{@code
 * quote.date().ifPresent(date -> System.out.println(
 *         date.phrase().text() + " = " + date.value().map(LocalDate::toString).orElse("no single day")));
 * }</pre>
 *
 * <p><b>Compatibility.</b> This record may gain components in a minor release. Read it through its accessors; code
 * that calls its canonical constructor or takes it apart with a record pattern may need changes when upgrading.
 *
 * @param value  the resolved day; empty when the phrase names no single day ("last week") or a relative phrase
 *               cannot be resolved because no publication date was given
 * @param phrase the date words in the text ("on Wednesday", "March 7, 2022")
 * @since 1.0.0
 */
public record QuoteDate(Optional<LocalDate> value, Phrase phrase) {

    /**
     * A date of a quote.
     *
     * @param value  the resolved day, if the phrase names one
     * @param phrase the date words in the text
     * @throws NullPointerException if {@code value} or {@code phrase} is null
     */
    public QuoteDate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(phrase, "phrase");
    }
}
