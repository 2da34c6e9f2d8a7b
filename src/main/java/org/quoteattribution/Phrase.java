package org.quoteattribution;

import java.util.Objects;

/**
 * Words of the input text together with where they stand in it: a cue, a speaker mention, a date, a source. In
 * the library's results, {@code text} is always the text at {@code span}.
 *
 * <pre>{@code
 * quote.cue().ifPresent(cue -> System.out.println(cue.text() + " at " + cue.start()));
 * }</pre>
 *
 * <p><b>Compatibility.</b> This record may gain components in a minor release. Read it through its accessors; code
 * that calls its canonical constructor or takes it apart with a record pattern may need changes when upgrading.
 *
 * @param text the words as they stand in the text
 * @param span where they stand
 * @since 1.0.0
 */
public record Phrase(String text, Span span) {

    /**
     * A phrase of the text.
     *
     * @param text the words as they stand in the text
     * @param span where they stand
     * @throws NullPointerException if {@code text} or {@code span} is null
     */
    public Phrase {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /**
     * Where the phrase starts; the same as {@code span().start()}.
     *
     * @return the index of its first character in the text
     */
    public int start() {
        return span.start();
    }

    /**
     * Where the phrase ends; the same as {@code span().end()}.
     *
     * @return the index just after its last character in the text
     */
    public int end() {
        return span.end();
    }
}
