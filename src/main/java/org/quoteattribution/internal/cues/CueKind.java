package org.quoteattribution.internal.cues;

/**
 * What a cue reports. Only {@link #SPEECH} reports words; the others are what PolNeAR also annotates as attribution,
 * and are quotes only when the caller asks for beliefs.
 */
public enum CueKind {
    /** Words said or written ("said", "told", "wrote", "warned"). */
    SPEECH,
    /** A state of mind ("believes", "hopes", "wants"). */
    BELIEF,
    /** What findings, records and figures show ("the poll shows", "researchers found"). */
    EVIDENCE,
    /** A deed, or talk of a topic with none of its words reported ("ordered", "approved", "thanked", "talked about"). */
    ACT;

    /** Whether the cue reports words, which is what a quote is by default. */
    public boolean reportsWords() {
        return this == SPEECH;
    }
}
