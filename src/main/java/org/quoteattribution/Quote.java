package org.quoteattribution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One attributed quote: what was said, and by whom, when and where, as far as the article tells.
 * Immutable. Fields the library could not fill are empty, never guessed.
 *
 * <pre>{@code
 * for (Quote quote : attributor.attribute(articleText)) {
 *     String who = quote.speaker().flatMap(Speaker::name).orElse("unknown");
 *     String when = quote.date().flatMap(QuoteDate::value).map(LocalDate::toString).orElse("");
 *     System.out.println(who + " " + when + ": " + quote.text());
 * }
 * }</pre>
 *
 * <p><b>Compatibility.</b> This record may gain components in a minor release. Read it through its accessors; code
 * that calls its canonical constructor or takes it apart with a record pattern may need changes when upgrading.
 *
 * @param type       direct, mixed or indirect
 * @param text       the content as it reads in the article; the pieces joined by a space when there are several
 * @param spans      the content's pieces in document order, disjoint (several for an interrupted or
 *                   multi-paragraph quote); never empty
 * @param cue        the reporting word or phrase ("said", "wrote on", "according to")
 * @param speaker    who said it; empty when no speaker could be found
 * @param date       when it was said or written
 * @param source     the channel, medium, event or outlet ("X", "a Telegram post", "a press conference")
 * @param confidence how sure the library is of this quote and its speaker, in [0, 1]
 * @since 1.0.0
 */
public record Quote(
        QuoteType type,
        String text,
        List<Span> spans,
        Optional<Phrase> cue,
        Optional<Speaker> speaker,
        Optional<QuoteDate> date,
        Optional<Phrase> source,
        double confidence) {

    /**
     * A quote; {@code spans} is copied into an immutable list.
     *
     * @param type       direct, mixed or indirect
     * @param text       the content as it reads in the article
     * @param spans      the content's pieces in document order
     * @param cue        the reporting word or phrase, if any
     * @param speaker    who said it, if known
     * @param date       when it was said or written, if the article says
     * @param source     the channel, medium, event or outlet, if the article names one
     * @param confidence how sure the library is of this quote and its speaker
     * @throws NullPointerException     if any argument is null, or {@code spans} holds null
     * @throws IllegalArgumentException if {@code spans} is empty or {@code confidence} is outside [0, 1]
     */
    public Quote {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(Objects.requireNonNull(spans, "spans"));
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("a quote needs at least one span");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
    }

    /**
     * Where the content starts in the text.
     *
     * @return the start of the first span
     */
    public int start() {
        return spans.get(0).start();
    }

    /**
     * Where the content ends in the text.
     *
     * @return the end of the last span
     */
    public int end() {
        return spans.get(spans.size() - 1).end();
    }
}
