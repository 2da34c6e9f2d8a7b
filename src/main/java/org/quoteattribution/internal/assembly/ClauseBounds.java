package org.quoteattribution.internal.assembly;

import com.google.common.collect.ImmutableSet;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.cues.CueIndex;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.QuotationMarks;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/** Where a reported clause starts and ends around its cue: shared by direct, mixed and indirect quotes. */
final class ClauseBounds {

    static final ImmutableSet<String> SENTENCE_END = ImmutableSet.of(".", "!", "?");
    /**
     * Words that open an adverbial before a sentence's main clause: a cue whose subject follows one of them ("before
     * city officials had weighed in, Trump said ...", "In a statement announcing the pick, the union called ...")
     * reports no further than the adverbial's comma.
     */
    private static final ImmutableSet<String> ADVERBIAL_OPENERS = LexiconFile.words("adverbial-openers.txt");
    /** How far "that" may stand after its cue ("said on Tuesday at a rally in Michigan that ..."). */
    private static final int MAX_ADJUNCT = 12;

    private ClauseBounds() {
    }

    /**
     * Where the reported clause starts when adjuncts stand between the cue and "that": "said during a rally in
     * Michigan that ..." starts at "that". Otherwise {@code start}.
     */
    static int thatAfterAdjuncts(Article article, Sentence sentence, int start) {
        Document doc = article.document();
        for (int k = start; k < sentence.endToken() && k < start + MAX_ADJUNCT; k++) {
            Token t = doc.token(k);
            if (t.is("that")) {
                return k;
            }
            if (article.isVerb(k) || endsSentence(doc, k)) {
                return start;
            }
        }
        return start;
    }

    /** Whether the subject starting at {@code subjectStart} is that of an opening adverbial (see ADVERBIAL_OPENERS). */
    static boolean opensAdverbial(Document doc, Sentence sentence, int subjectStart) {
        int before = subjectStart - 1;
        return before >= sentence.firstToken() && ADVERBIAL_OPENERS.contains(doc.token(before).lower());
    }

    /** The first comma at or after {@code from} in the sentence; the sentence end when there is none. */
    static int commaAtOrAfter(Document doc, Sentence sentence, int from) {
        for (int k = from; k < sentence.endToken(); k++) {
            if (doc.token(k).is(",")) {
                return k;
            }
        }
        return sentence.endToken();
    }

    /** The end (exclusive token index) of a clause starting at {@code start}: the sentence end, final marks off. */
    static int clauseEnd(Document doc, Sentence sentence, int start) {
        int end = sentence.endToken();
        while (end > start && (SENTENCE_END.contains(doc.token(end - 1).text())
                || !doc.token(end - 1).isWord() && !QuotationMarks.CLOSING_TOKENS.contains(doc.token(end - 1).text()))) {
            end--;
        }
        return end;
    }

    /** The end of a sentence's text without its final punctuation, as a character offset. */
    static int clauseEndOffset(Document doc, Sentence sentence) {
        int k = sentence.endToken() - 1;
        while (k > sentence.firstToken() && SENTENCE_END.contains(doc.token(k).text())) {
            k--;
        }
        return doc.token(k).end();
    }

    /**
     * Whether the token ends its sentence: a final stop, not the period of an abbreviation inside it ("Rep.",
     * "D-Wis.").
     */
    static boolean endsSentence(Document doc, int k) {
        Token t = doc.token(k);
        if (!SENTENCE_END.contains(t.text())) {
            return false;
        }
        Sentence sentence = doc.sentenceOf(t);
        int next = k + 1;
        while (next < sentence.endToken() && (doc.token(next).isQuotationMark() || doc.token(next).is(")"))) {
            next++;
        }
        return next >= sentence.endToken() || !t.is(".");
    }

    /**
     * Where a second report by the same speaker starts after {@code from} in the sentence (", saying ...",
     * "and vowed ...", ", adding that ..."): the index of the comma or conjunction before its cue, or the sentence
     * end when there is none. A clause stops there; the second cue has a quote of its own.
     */
    static int coordinatedCueStart(Document doc, Sentence sentence, int from, CueIndex cues) {
        for (int k = from + 1; k < sentence.endToken(); k++) {
            if (cues.verbAt(k).isEmpty()) {
                continue;
            }
            int before = k - 1;
            while (before > from && (doc.token(before).is("also") || doc.token(before).is("then")
                    || doc.token(before).is("even") || doc.token(before).is("later"))) {
                before--;
            }
            int subject = before;
            while (subject > from + 1 && subject >= before - 2 && isSubjectWord(doc.token(subject))) {
                subject--; // "— and he noted that ...", "and Trump added": a second clause with its own subject
            }
            if (subject < before && (doc.token(subject).is("and") || doc.token(subject).is("but"))
                    && !doc.token(k).lower().endsWith("ing")) {
                before = subject;
            }
            Token link = doc.token(before);
            boolean participle = doc.token(k).lower().endsWith("ing") && link.is(",");
            boolean coordinated = (link.is("and") || link.is("but"))
                    && !doc.token(k).lower().endsWith("ing");
            if (before > from && (participle || coordinated)) {
                boolean punctuated = doc.token(before - 1).is(",") || doc.token(before - 1).text().equals("\u2014")
                        || doc.token(before - 1).is("--");
                return before > from + 1 && punctuated ? before - 1 : before;
            }
        }
        return sentence.endToken();
    }

    /** A subject pronoun or a capitalized word: what may stand between "and" and a second cue. */
    private static boolean isSubjectWord(Token t) {
        return CommonWords.SUBJECT_PRONOUNS.contains(t.lower()) || t.isCapitalized() && t.isWord();
    }


}
