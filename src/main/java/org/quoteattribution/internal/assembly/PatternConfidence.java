package org.quoteattribution.internal.assembly;

import org.quoteattribution.internal.mentions.MentionKind;

/**
 * How sure the library is of a quote when no trained classifier is at hand: from the pattern that found it and the
 * kind of speaker mention.
 */
final class PatternConfidence {

    private PatternConfidence() {
    }

    static double of(DraftQuote draft) {
        double base = switch (draft.how()) {
            case CUE_AFTER -> 0.92;
            case CUE_BEFORE -> 0.9;
            case MIXED_CLAUSE -> 0.8;
            case CHARACTERIZATION -> 0.75;
            case REPORTED_CLAUSE -> 0.7;
            case REPORTED_OBJECT -> 0.5;
            case INTRODUCED -> 0.75;
            case CONTINUATION -> 0.7;
        };
        if (draft.mention().isEmpty()) {
            return base * 0.5;
        }
        return draft.mention().get().kind() == MentionKind.PRONOUN ? base * 0.95 : base;
    }
}
