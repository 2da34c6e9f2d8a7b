package org.quoteattribution.internal.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.QuoteType;
import org.quoteattribution.Span;
import org.quoteattribution.internal.cues.Cue;
import org.quoteattribution.internal.cues.CueFrame;
import org.quoteattribution.internal.speakers.Mention;
import org.quoteattribution.internal.speakers.MentionFinder;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.SentenceTags;
import org.quoteattribution.internal.text.Token;

/**
 * Finds reported speech without quotation marks: "The authorities said attacks injured 15 people" (the clause after
 * the cue), "Attacks injured 15 people, the authorities said." (the clause before an inverted cue), "According to
 * the Pentagon, the strike hit a depot". Works from cues that no direct or mixed quote has taken. Thread-safe.
 */
public final class ReportedSpeechFinder {


    private final MentionFinder mentions;
    private final InvertedAttribution invertedAttribution;

    public ReportedSpeechFinder(MentionFinder mentions) {
        this.mentions = mentions;
        this.invertedAttribution = new InvertedAttribution(mentions);
    }

    /** A candidate reported-speech quote for a cue, or empty when the cue frames no clause. */
    Optional<DraftQuote> around(Document doc, SentenceTags tags, Cue cue, CueIndex cues) {
        Sentence sentence = doc.sentenceOf(doc.token(cue.firstToken()));
        if (cue.frame() == CueFrame.ADJUNCT) {
            return Optional.empty();
        }
        if (cue.frame() == CueFrame.SOURCE_AFTER) {
            return accordingTo(doc, tags, cue, sentence);
        }
        Optional<DraftQuote> inverted = inverted(doc, tags, cue, sentence);
        if (inverted.isPresent()) {
            return inverted;
        }
        return forward(doc, tags, cue, sentence, cues);
    }

    /** "X said (that) CLAUSE." */
    private Optional<DraftQuote> forward(Document doc, SentenceTags tags, Cue cue, Sentence sentence, CueIndex cues) {
        Optional<Mention> subject = mentions.subjectBefore(doc, tags, cue.firstToken());
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        int start = cue.endToken();
        if (cue.frame() == CueFrame.OBJECT) {
            Optional<Mention> object = mentions.phraseAfter(doc, tags, cue.endToken() - 1);
            if (object.isPresent()) {
                start = object.get().endToken();
            }
        }
        start = ClauseBounds.thatAfterAdjuncts(doc, tags, sentence, start);
        int end = Math.min(ClauseBounds.clauseEnd(doc, sentence, start), invertedCueStart(doc, tags, sentence, start, cues));
        if (!isClause(doc, start, end)) {
            return Optional.empty();
        }
        return Optional.of(draft(doc, start, end, cue, subject.get()));
    }

    /** "CLAUSE, X said." or "CLAUSE, said X." at the end of a sentence. */
    private Optional<DraftQuote> inverted(Document doc, SentenceTags tags, Cue cue, Sentence sentence) {
        Optional<Mention> speaker;
        int before;
        Optional<Mention> after = mentions.phraseAfter(doc, tags, cue.endToken() - 1);
        if (cue.firstToken() - 1 >= sentence.firstToken() && doc.token(cue.firstToken() - 1).is(",")
                && after.isPresent()) {
            speaker = after;
            before = cue.firstToken() - 1;
        } else {
            speaker = mentions.subjectBefore(doc, tags, cue.firstToken());
            if (speaker.isEmpty()) {
                return Optional.empty();
            }
            before = speaker.get().firstToken() - 1;
        }
        if (before <= sentence.firstToken() || !doc.token(before).is(",")) {
            return Optional.empty();
        }
        int tailStart = Math.max(cue.endToken(), speaker.get().endToken());
        if (!InvertedAttribution.endsSoonAfter(doc, tags, sentence, tailStart)) {
            return Optional.empty();
        }
        int start = sentence.firstToken();
        if (!isClause(doc, start, before)) {
            return Optional.empty();
        }
        return Optional.of(draft(doc, start, before, cue, speaker.get()));
    }

    /** "According to X, CLAUSE." or "CLAUSE, according to X." */
    private Optional<DraftQuote> accordingTo(Document doc, SentenceTags tags, Cue cue, Sentence sentence) {
        Optional<Mention> source = mentions.phraseAfter(doc, tags, cue.endToken() - 1);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        int start;
        int end;
        if (cue.firstToken() == sentence.firstToken()) {
            start = source.get().endToken();
            while (start < sentence.endToken() && !doc.token(start).is(",")) {
                start++;
            }
            start++;
            end = ClauseBounds.clauseEnd(doc, sentence, start);
        } else if (doc.token(cue.firstToken() - 1).is(",")) {
            start = sentence.firstToken();
            end = cue.firstToken() - 1;
        } else {
            return Optional.empty();
        }
        if (!isClause(doc, start, end)) {
            return Optional.empty();
        }
        return Optional.of(draft(doc, start, end, cue, source.get()));
    }

    /** Where a later inverted cue closing the sentence begins (", the source added."); the sentence end if none. */
    private int invertedCueStart(Document doc, SentenceTags tags, Sentence sentence, int start, CueIndex cues) {
        return invertedAttribution.after(doc, tags, sentence, start + 1, cues)
                .map(InvertedAttribution.Found::comma).orElse(sentence.endToken());
    }

    private static DraftQuote draft(Document doc, int startToken, int endToken, Cue cue, Mention speaker) {
        Span span = new Span(doc.token(startToken).start(), doc.token(endToken - 1).end());
        return new DraftQuote(QuoteType.INDIRECT, List.of(span), Optional.of(cue), Optional.of(speaker),
                DraftQuote.Pattern.REPORTED_CLAUSE);
    }

    /** At least two words, so that "said so" or "said this" is not taken for a report. */
    private static boolean isClause(Document doc, int start, int end) {
        int words = 0;
        for (int k = start; k < end; k++) {
            if (doc.token(k).isWord() && ++words >= 3) {
                return true;
            }
        }
        return false;
    }

    /** Cues of the document not already used by {@code taken}, in text order. */
    public static List<Cue> unused(List<Cue> cues, List<DraftQuote> taken) {
        Set<Integer> used = new java.util.HashSet<>();
        for (DraftQuote d : taken) {
            d.cue().ifPresent(c -> used.add(c.firstToken()));
        }
        List<Cue> out = new ArrayList<>();
        for (Cue c : cues) {
            if (!used.contains(c.firstToken())) {
                out.add(c);
            }
        }
        return out;
    }
}
