package org.quoteattribution.internal.assembly;

import org.quoteattribution.internal.cues.Cue;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * A cue in the passive with its agent after "by" ("The nominee has been endorsed by dozens of papers", "was
 * criticised by the tribunal because ..."): the agent speaks, whether the content is the subject or what follows.
 */
final class PassiveCue {

    private PassiveCue() {
    }

    /**
     * Where the form of "be" before the cue stands, past "also", "not", "first" and adverbs in -ly ("was widely
     * praised by"), when "by" follows the cue; -1 when the cue is not such a passive.
     */
    static int beBefore(Document doc, Cue cue, Sentence sentence) {
        int by = cue.endToken();
        if (by + 1 >= sentence.endToken() || !doc.token(by).is("by")) {
            return -1;
        }
        int be = cue.firstToken() - 1;
        while (be >= sentence.firstToken() && isBetweenBeAndParticiple(doc.token(be))) {
            be--;
        }
        return be >= sentence.firstToken() && CommonWords.BE_FORMS.contains(doc.token(be).lower()) ? be : -1;
    }

    private static boolean isBetweenBeAndParticiple(Token t) {
        return t.is("also") || t.is("first") || t.is("not") || t.isWord() && t.lower().endsWith("ly");
    }
}
