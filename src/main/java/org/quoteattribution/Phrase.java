package org.quoteattribution;

import java.util.Objects;

/** Words of the input text together with where they stand in it (a cue, a speaker mention, a source...). */
public record Phrase(String text, Span span) {

    public Phrase {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }
}
