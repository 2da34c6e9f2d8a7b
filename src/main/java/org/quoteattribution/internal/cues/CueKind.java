package org.quoteattribution.internal.cues;

/** Whether a cue reports words (speech, writing) or a state of mind (belief, hope, intention). */
public enum CueKind {
    SPEECH,
    BELIEF
}
