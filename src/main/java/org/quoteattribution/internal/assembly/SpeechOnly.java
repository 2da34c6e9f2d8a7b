package org.quoteattribution.internal.assembly;

import com.google.common.collect.ImmutableSet;
import org.quoteattribution.QuoteType;
import org.quoteattribution.Span;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.cues.CueFrame;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.mentions.SpeakingPhrases;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Token;

/**
 * The quotes a reader counts by default, what someone said or wrote, told from the rest of what PolNeAR annotates as
 * attribution (beliefs, evidence, deeds, topics), which the caller may ask for too.
 */
public final class SpeechOnly {

    private static final ImmutableSet<String> CLAUSE_ONLY = LexiconFile.words("clause-only-cues.txt");
    private static final ImmutableSet<String> EVIDENCE = LexiconFile.words("evidence-nouns.txt");
    /** How many quoted words in a row make a mixed quote after a cue not of speech ("likened it to "a referee asleep"). */
    private static final int MIN_QUOTED_WORDS_WITHOUT_SPEECH = 3;

    private SpeechOnly() {
    }

    /**
     * Whether a quote is of words someone said or wrote: it holds the words themselves in quotation marks, whatever
     * the verb ("likened the council to a referee "asleep at the whistle""), or reports a clause with a cue of speech.
     * Not speech: what a verb of speech is about, as a noun phrase ("confirmed the wedding") or with no verb after a
     * preposition ("warned of a rise in scams"); a clause after a verb that introduces quoted words ("continued to
     * shore up support", "shared space"); beliefs, evidence and deeds. PolNeAR annotates them all, so they count when
     * beliefs are asked for. The pipeline asks after speakers and roles, so that every candidate still takes part in
     * assembly (a belief cue keeps its clause from a speech cue around it) and a mention that gives a role still
     * gives it to the speaker's other quotes.
     */
    public static boolean isSaidOrWritten(Article article, DraftQuote draft) {
        if (draft.type() == QuoteType.MIXED && draft.cue().map(c -> !c.kind().reportsWords()).orElse(false)) {
            // "analysts believe the "bridge-gate" affair ...", "filed a "formal notice"": a few words in marks
            // after a belief or a deed are a term, not what someone said; more than a few are words quoted
            return quotedWords(article, draft) >= MIN_QUOTED_WORDS_WITHOUT_SPEECH;
        }
        if (draft.type() != QuoteType.INDIRECT) {
            return true;
        }
        return !isTopic(article, draft) && !isEvidence(article, draft) && !isSpeechless(article, draft)
                && draft.cue().map(c -> c.kind().reportsWords() && c.frame() != CueFrame.QUOTE).orElse(true);
    }

    /** The longest run of words between quotation marks inside a quote's content. */
    private static int quotedWords(Article article, DraftQuote draft) {
        Document doc = article.document();
        int longest = 0;
        int run = 0;
        boolean inside = false;
        for (Span span : draft.spans()) {
            for (int k = doc.tokenAtOrAfter(span.start()); k < doc.tokens().size()
                    && doc.token(k).end() <= span.end(); k++) {
                Token t = doc.token(k);
                if (t.isQuotationMark()) {
                    inside = !inside;
                    run = 0;
                } else if (inside && t.isWord()) {
                    longest = Math.max(longest, ++run);
                }
            }
        }
        return longest;
    }

    /** "county records say", "a recent poll suggested": the speaker is a finding, not someone. */
    private static boolean isEvidence(Article article, DraftQuote draft) {
        return draft.mention().map(m -> EVIDENCE.contains(article.document().token(m.endToken() - 1).lower()))
                .orElse(false);
    }

    /** "The effect suggests ...": a speaker phrase that names no one who can speak ({@link SpeakingPhrases}). */
    private static boolean isSpeechless(Article article, DraftQuote draft) {
        return draft.mention().map(m -> SpeakingPhrases.namesNoOne(article, m)).orElse(false);
    }

    private static boolean isTopic(Article article, DraftQuote draft) {
        Document doc = article.document();
        int first = doc.tokenAtOrAfter(draft.start());
        if (draft.how() == DraftQuote.Pattern.REPORTED_OBJECT) {
            // but a noun's that-clause ("Trump's claim that ..."), which is what was said
            return !doc.token(first).is("that");
        }
        // what a cue is for ("called for the repeal", "asked for clemency") is a demand, which is what was said
        if (doc.token(first).is("for")) {
            return false;
        }
        if (article.tags().pos(first).equals("ADP")) {
            return !hasVerb(article, draft);
        }
        // "added 12 points on Tuesday", "added another goal when Fenwick tipped in a rebound": no verb before
        // an adverbial clause ("when", "as", "after"), so no reported clause but a count or a deed
        boolean clauseOnly = draft.cue().map(c -> CLAUSE_ONLY.contains(c.entry().lemma())).orElse(false);
        return clauseOnly && !doc.token(first).is("that") && draft.spans().size() == 1
                && !hasVerbBeforeSubordinate(article, first, draft.end());
    }

    private static boolean hasVerbBeforeSubordinate(Article article, int first, int end) {
        Document doc = article.document();
        for (int k = first; k < doc.tokens().size() && doc.token(k).end() <= end; k++) {
            Token t = doc.token(k);
            if (article.tags().isVerb(k) || t.isClitic()) { // "there's": the tagger may not call "'s" a verb
                return true;
            }
            if (t.is(";") || k > first && "subordinate".equals(CommonWords.CLAUSE_OPENERS.get(t.lower()))
                    && !CommonWords.RELATIVE_PRONOUNS.contains(t.lower())) {
                return false; // a verb after "when" or "as" is another clause's ("when Fenwick tipped it in")
            }
        }
        return false;
    }

    /** Whether reported content holds a verb: "denied interference", "called for talks" report none. */
    private static boolean hasVerb(Article article, DraftQuote draft) {
        Document doc = article.document();
        for (Span span : draft.spans()) {
            for (int k = doc.tokenAtOrAfter(span.start()); k < doc.tokens().size()
                    && doc.token(k).end() <= span.end(); k++) {
                if (article.tags().isVerb(k)) {
                    return true;
                }
            }
        }
        return false;
    }
}
