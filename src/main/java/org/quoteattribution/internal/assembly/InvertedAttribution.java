package org.quoteattribution.internal.assembly;

import java.util.Optional;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.cues.Cue;
import org.quoteattribution.internal.mentions.Mention;
import org.quoteattribution.internal.mentions.MentionFinder;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * An attribution that closes its sentence after a comma: "..., the minister said." or "..., said the minister." or
 * "..., the source added on Friday, as ...". What stands before the comma is the reported content.
 */
final class InvertedAttribution {

    /** Words that may follow an inverted cue before the sentence ends ("..., he said in a statement on Tuesday."). */
    private static final int MAX_CUE_TAIL = 8;

    /** The comma, the cue and the speaker of an inverted attribution. */
    record Found(int comma, Cue cue, Mention speaker) {
    }

    private final MentionFinder mentions;

    InvertedAttribution(MentionFinder mentions) {
        this.mentions = mentions;
    }

    /** The first inverted attribution after {@code from} in the sentence, if any. */
    Optional<Found> after(Article article, Sentence sentence, int from) {
        Document doc = article.document();
        if (article.cueIndex().lastVerbBetween(from, sentence.endToken()).isEmpty()) {
            return Optional.empty(); // no cue, no attribution: spares tagging the sentence
        }
        for (int k = from; k < sentence.endToken(); k++) {
            if (doc.token(k).is(",")) {
                Optional<Found> found = at(article, sentence, k);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** An inverted attribution right after the comma at {@code comma}: ", said X" or ", X said". */
    Optional<Found> at(Article article, Sentence sentence, int comma) {
        Document doc = article.document();
        int next = comma + 1;
        if (next >= sentence.endToken()) {
            return Optional.empty();
        }
        Optional<Cue> cue = article.cueIndex().verbAt(next);
        if (cue.isPresent()) {
            Optional<Mention> speaker = mentions.phraseAfter(article, cue.get().endToken() - 1);
            if (speaker.isPresent() && endsSoonAfter(article, sentence, speaker.get().endToken())) {
                return Optional.of(new Found(comma, cue.get(), speaker.get()));
            }
            return Optional.empty();
        }
        Optional<Mention> subject = mentions.phraseAfter(article, comma);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        int verb = skipAdverbs(doc, subject.get().endToken(), sentence);
        cue = article.cueIndex().verbAt(verb);
        if (cue.isPresent() && mentions.subjectBefore(article, verb).map(m -> m.firstToken() == next).orElse(false)
                && endsSoonAfter(article, sentence, cue.get().endToken())) {
            return Optional.of(new Found(comma, cue.get(), subject.get()));
        }
        return Optional.empty();
    }

    private static int skipAdverbs(Document doc, int k, Sentence sentence) {
        while (k < sentence.endToken() && (doc.token(k).is("also") || doc.token(k).is("later")
                || doc.token(k).is("has") || doc.token(k).is("had"))) {
            k++;
        }
        return k;
    }

    /**
     * Whether the cue closes its sentence: only a few words that are not a new clause follow it before the sentence
     * end or a comma ("..., officials said Friday afternoon, as they ...").
     */
    static boolean endsSoonAfter(Article article, Sentence sentence, int from) {
        Document doc = article.document();
        int words = 0;
        for (int k = from; k < sentence.endToken(); k++) {
            Token t = doc.token(k);
            if (t.is(",") || t.is(";") || ClauseBounds.endsSentence(doc, k)) {
                return true;
            }
            if (t.is("that") || article.isVerb(k) || t.isQuotationMark()) {
                return false;
            }
            if (t.isWord() && ++words > MAX_CUE_TAIL) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordsOnly(Document doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!doc.token(k).isWord() && !doc.token(k).is("'s")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subject of an inverted cue after a quotation, which must take all the words between the quotation and the
     * verb: "“...,” Tulsa police Chief Chuck Jordan said" even when the phrase finder stopped at "Chief".
     */
    static Optional<Mention> subjectFrom(Article article, Mention m, int first) {
        Document doc = article.document();
        if (m.firstToken() == first) {
            return Optional.of(m);
        }
        if (m.firstToken() < first && m.endToken() > first) {
            // "“... a battle of niches” Grubbs said": the phrase finder took the quotation for a name in marks
            return Optional.of(new Mention(first, m.endToken(), m.kind()));
        }
        if (m.firstToken() - 1 > first && doc.token(m.firstToken() - 1).is(",") && m.firstToken() - first <= 8
                && doc.token(m.endToken()).is(",") && wordsOnly(doc, first, m.firstToken() - 1)) {
            return Optional.of(m); // "“...,” Okafor's lawyer, Mark Ruiz, said": the name after the description
        }
        if (m.firstToken() < first || m.firstToken() - first > 3) {
            return Optional.empty();
        }
        for (int k = first; k < m.firstToken(); k++) {
            if (doc.isInsideHyphenatedWord(k)) {
                continue; // "“...,” Texas-based pollster Matt Mackowiak said"
            }
            if (!doc.token(k).isWord() || article.isVerb(k)) {
                return Optional.empty();
            }
        }
        return Optional.of(new Mention(first, m.endToken(), m.kind()));
    }
}
