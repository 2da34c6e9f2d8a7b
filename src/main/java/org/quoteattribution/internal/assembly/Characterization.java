package org.quoteattribution.internal.assembly;

import com.google.common.collect.ImmutableSet;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.marks.Quotation;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * A cue's object characterized by quoted words: "described Clinton as a “disgrace” after she ...", "rated the
 * claims as “false” or “pants on fire”". The report is the object and the quoted words, not the rest of the
 * sentence.
 */
final class Characterization {

    /** How many words may stand between "as" and the quotation it introduces ("as being in the “...”"). */
    private static final int REACH = 4;
    /** Words that may join one quotation to the next in a characterization. */
    private static final ImmutableSet<String> QUOTATION_LINKS = LexiconFile.words("quotation-links.txt");

    private Characterization() {
    }

    /** Where the characterization that ends with quotation {@code q} ends, over quotations joined to it. */
    static int end(Document doc, Sentence sentence, Quotation q) {
        return coordinatedQuotationsEnd(doc, sentence, doc.tokenAtOrAfter(q.outerEnd()), q.outerEnd());
    }

    /**
     * "described Clinton as a “disgrace”", "rated the claim as “false”": the cue's object, then "as" and the
     * quoted words that characterize it, with no comma or second clause between.
     */
    static boolean follows(Document doc, int contentStart, int openToken) {
        for (int k = openToken - 1; k >= contentStart && k >= openToken - REACH; k--) {
            Token t = doc.token(k);
            if (t.is("as")) {
                return k > contentStart && !doc.token(k - 1).is("such") && noCommaBetween(doc, contentStart, k);
            }
            if (!t.isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The end of the quotations that follow the one ending at {@code end} with only a link between ("as “Miss
     * Piggy” and “Miss Housekeeping”", "a “lifetime politician” who “has never ...”").
     */
    private static int coordinatedQuotationsEnd(Document doc, Sentence sentence, int afterMark, int end) {
        int next = afterMark;
        while (true) {
            int k = next;
            while (k < sentence.endToken() && k - next <= 2 && QUOTATION_LINKS.contains(doc.token(k).lower())) {
                k++;
            }
            if (k == next || k >= sentence.endToken() || !doc.token(k).isQuotationMark()) {
                return end;
            }
            int close = k + 1;
            while (close < sentence.endToken() && !doc.token(close).isQuotationMark()) {
                close++;
            }
            if (close >= sentence.endToken()) {
                return end;
            }
            end = doc.token(close).end();
            next = close + 1;
        }
    }

    private static boolean noCommaBetween(Document doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.token(k).is(",") || doc.token(k).is("that")) {
                return false;
            }
        }
        return true;
    }
}
