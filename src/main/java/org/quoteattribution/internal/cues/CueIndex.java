package org.quoteattribution.internal.cues;

import java.util.List;
import java.util.Optional;
import org.quoteattribution.internal.text.Document;

/** The cues of one document, looked up by token. */
public final class CueIndex {

    private final Cue[] byToken;

    public CueIndex(Document doc, List<Cue> cues) {
        byToken = new Cue[doc.tokens().size()];
        for (Cue cue : cues) {
            for (int t = cue.firstToken(); t < cue.endToken(); t++) {
                byToken[t] = cue;
            }
        }
    }

    /** A cue that starts at this token and can govern a quote (verbs and "according to"). */
    public Optional<Cue> verbAt(int token) {
        Cue cue = token >= 0 && token < byToken.length ? byToken[token] : null;
        if (cue == null || cue.firstToken() != token || cue.frame() == CueFrame.ADJUNCT
                || cue.frame() == CueFrame.BYLINE || cue.frame() == CueFrame.NOUN) {
            return Optional.empty();
        }
        return Optional.of(cue);
    }

    /** A dash cue introducing a speaker's name at this token. */
    public Optional<Cue> bylineAt(int token) {
        Cue cue = token >= 0 && token < byToken.length ? byToken[token] : null;
        return cue != null && cue.frame() == CueFrame.BYLINE ? Optional.of(cue) : Optional.empty();
    }

    /** The last cue starting in [from, to). */
    public Optional<Cue> lastVerbBetween(int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            Optional<Cue> cue = verbAt(k);
            if (cue.isPresent()) {
                return cue;
            }
        }
        return Optional.empty();
    }
}
