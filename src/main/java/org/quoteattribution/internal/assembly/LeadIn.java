package org.quoteattribution.internal.assembly;

import java.util.Optional;
import org.quoteattribution.internal.cues.CueIndex;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.marks.Quotation;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/** Unquoted words of the speaker's own sentence that lead into a quotation and belong to the quote. */
final class LeadIn {

    private LeadIn() {
    }

    /**
     * "However laudable the goal, using the tax “is a misguided approach,” said Burman.": unquoted words of the
     * speaker's own sentence lead into the quotation, with no cue of their own; the content starts with the
     * sentence. The character where it starts, or empty when the quotation opens its sentence.
     */
    static Optional<Integer> startOf(Document doc, Quotation q, CueIndex cues) {
        int openToken = doc.tokenAtOrAfter(q.open());
        if (openToken >= doc.tokens().size() || q.pieces().size() > 1) {
            return Optional.empty();
        }
        Sentence sentence = doc.sentenceOf(doc.token(openToken));
        int words = 0;
        for (int k = sentence.firstToken(); k < openToken; k++) {
            Token t = doc.token(k);
            if (t.isQuotationMark() || cues.verbAt(k).isPresent() || t.is(":")) {
                return Optional.empty();
            }
            words += t.isWord() ? 1 : 0;
        }
        boolean leadsIn = words >= 2 || words == 1 && openToken - sentence.firstToken() == 1
                && isSubjectWord(doc.token(sentence.firstToken())); // Mills “got an immunity agreement,” Jordan said
        return leadsIn ? Optional.of(doc.token(sentence.firstToken()).start()) : Optional.empty();
    }

    /** A capitalized word that can stand alone as a subject: a name, not "But" or "So". */
    private static boolean isSubjectWord(Token t) {
        return t.isCapitalized() && t.isWord() && !CommonWords.CAPITALIZED_FUNCTION_WORDS.contains(t.lower())
                && !CommonWords.SENTENCE_OPENERS.contains(t.lower());
    }
}
