package org.quoteattribution.internal.assembly;

import java.util.List;
import java.util.Optional;
import org.quoteattribution.QuoteType;
import org.quoteattribution.Span;
import org.quoteattribution.internal.cues.Cue;
import org.quoteattribution.internal.mentions.Mention;

/**
 * A quote as the assembler found it: its content, cue and the words naming its speaker, before names, roles, dates
 * and sources are resolved.
 *
 * @param how the pattern that produced it, for confidence and debugging
 */
public record DraftQuote(QuoteType type, List<Span> spans, Optional<Cue> cue, Optional<Mention> mention,
        Pattern how) {

    /** The ways a quote is recognised, from the most to the least certain. */
    public enum Pattern {
        /** "“...,” Lavrov said" or "“...,” said Lavrov". */
        CUE_AFTER,
        /** "Lavrov said: “...”". */
        CUE_BEFORE,
        /** "Lavrov said the talks were “a road to nowhere.”". */
        MIXED_CLAUSE,
        /** "described Clinton as a “disgrace”": a cue's object characterized by quoted words. */
        CHARACTERIZATION,
        /** A reported clause without quotation marks. */
        REPORTED_CLAUSE,
        /** What a verb of stance is about, without quotation marks: "Clinton cited it as an example". */
        REPORTED_OBJECT,
        /** A quote-only paragraph introduced by the previous one ("Cruz continued:"). */
        INTRODUCED,
        /** A quote with no cue of its own that continues the previous speaker's words. */
        CONTINUATION
    }

    public DraftQuote {
        spans = List.copyOf(spans);
    }

    public int start() {
        return spans.get(0).start();
    }

    public int end() {
        return spans.get(spans.size() - 1).end();
    }

    DraftQuote withType(QuoteType newType) {
        return new DraftQuote(newType, spans, cue, mention, how);
    }

    /** This draft with other spans. */
    DraftQuote withSpans(List<Span> newSpans) {
        return new DraftQuote(type, newSpans, cue, mention, how);
    }

    /** Whether the cue is this quote's own, rather than borrowed from the report it follows ({@code CONTINUATION}). */
    public boolean ownsCue() {
        return cue.isPresent() && how != Pattern.CONTINUATION;
    }
}
