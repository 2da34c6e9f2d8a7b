package org.quoteattribution.internal.mentions;

import java.util.Set;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Token;

/** Words naming a speaker: tokens [{@code firstToken}, {@code endToken}). */
public record Mention(int firstToken, int endToken, MentionKind kind) {

    /** Marks that end a phrase's head ("the mayor, a lawyer"); a hyphen does not ("vice-presidential nominee"). */
    private static final Set<String> HEAD_ENDING_MARKS = Set.of(",", ";", ":", "(", ")", "[", "]");

    public Mention {
        if (endToken <= firstToken) {
            throw new IllegalArgumentException("empty mention");
        }
    }

    /**
     * The token the phrase is about: the last word before an attached phrase, a comma or a relative clause ("needs"
     * in "the needs of the theatre", "group" in "a group that represents nurses"), else the last word.
     */
    public int headToken(Document doc) {
        for (int k = firstToken + 1; k < endToken; k++) {
            Token t = doc.token(k);
            if (HEAD_ENDING_MARKS.contains(t.text()) || MentionFinder.ATTACHING_PREPOSITIONS.contains(t.lower())
                    || CommonWords.RELATIVE_PRONOUNS.contains(t.lower())) {
                return k - 1;
            }
        }
        return endToken - 1;
    }
}
