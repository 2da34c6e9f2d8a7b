package org.quoteattribution.internal.assembly;

import java.util.Optional;
import org.quoteattribution.internal.cues.Cue;
import org.quoteattribution.internal.mentions.Mention;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;

/**
 * An attribution set inside the reported words between commas: "These employees, Stumpf explained earlier in the
 * hearing, were “well-paid,” ...". The report is the words before it and the words after it, two pieces, as
 * PolNeAR annotates it.
 */
final class ParentheticalCue {

    /** How many tokens may follow the cue before the comma that closes the parenthesis. */
    private static final int MAX_TAIL = 8;

    /** Where the report's two pieces are: the first as tokens [first, firstEnd), the second from restStart. */
    record Pieces(int first, int firstEnd, int restStart) {
    }

    private ParentheticalCue() {
    }

    /** The pieces around a cue whose subject follows a comma and whose clause closes with one before {@code limit}. */
    static Optional<Pieces> around(Document doc, Sentence sentence, Mention subject, Cue cue, int limit) {
        int before = subject.firstToken() - 1;
        if (before - 1 < sentence.firstToken() || !doc.token(before).is(",") || subject.endToken() > cue.firstToken()) {
            return Optional.empty();
        }
        for (int k = cue.endToken(); k < limit && k - cue.endToken() <= MAX_TAIL; k++) {
            if (doc.token(k).is(",")) {
                return k + 1 < limit ? Optional.of(new Pieces(sentence.firstToken(), before, k + 1)) : Optional.empty();
            }
            if (doc.token(k).isQuotationMark() || doc.token(k).is("that")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
