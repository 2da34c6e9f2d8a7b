package org.quoteattribution.internal.cues;

/** A reporting verb or phrase found in the text: tokens [{@code firstToken}, {@code endToken}). */
public record Cue(int firstToken, int endToken, CueEntry entry) {

    public CueKind kind() {
        return entry.kind();
    }

    public CueFrame frame() {
        return entry.frame();
    }

    public boolean isVerb() {
        return entry.frame() != CueFrame.SOURCE_AFTER && entry.frame() != CueFrame.ADJUNCT
                && entry.frame() != CueFrame.BYLINE && entry.frame() != CueFrame.LABEL
                && entry.frame() != CueFrame.NOUN;
    }
}
