package org.quoteattribution.internal.cues;

/** One lexicon entry: a verb lemma or a phrase, with its kind and frame. */
public record CueEntry(String lemma, CueKind kind, CueFrame frame) {
}
