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

    private static final Set<String> SENTENCE_END = Set.of(".", "!", "?");
    /** Tokens after an inverted cue that still belong to it ("..., he said in a statement on Tuesday."). */
    private static final int MAX_CUE_TAIL = 8;
    /** How far "that" may stand after its cue ("said on Tuesday at a rally in Michigan that ..."). */
    private static final int MAX_ADJUNCT = 12;
    private static final Set<String> MARKS = Set.of("\"", "\u201c", "\u201d");

    private final MentionFinder mentions;

    public ReportedSpeechFinder(MentionFinder mentions) {
        this.mentions = mentions;
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
        start = thatAfterAdjuncts(doc, tags, sentence, start);
        int end = Math.min(clauseEnd(doc, sentence, start), invertedCueStart(doc, tags, sentence, start, cues));
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
        if (!endsSoonAfter(doc, tags, sentence, tailStart)) {
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
            end = clauseEnd(doc, sentence, start);
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

    /**
     * Where the reported clause starts when adjuncts stand between the cue and "that": "said during a rally in
     * Michigan that ..." starts at "that".
     */
    private static int thatAfterAdjuncts(Document doc, SentenceTags tags, Sentence sentence, int start) {
        for (int k = start; k < sentence.endToken() && k < start + MAX_ADJUNCT; k++) {
            Token t = doc.token(k);
            if (t.is("that")) {
                return k;
            }
            if (tags.isVerb(k) || SENTENCE_END.contains(t.text()) || MARKS.contains(t.text())) {
                return start;
            }
        }
        return start;
    }

    /**
     * Where a later inverted cue closing the sentence begins (", the source added."), so that the clause stops
     * before it; the sentence end when there is none.
     */
    private int invertedCueStart(Document doc, SentenceTags tags, Sentence sentence, int start, CueIndex cues) {
        for (int k = start + 1; k < sentence.endToken(); k++) {
            if (!doc.token(k).is(",")) {
                continue;
            }
            int next = k + 1;
            if (next < sentence.endToken() && cues.verbAt(next).isPresent()
                    && mentions.phraseAfter(doc, tags, next).isPresent()
                    && endsSoonAfter(doc, tags, sentence, next + 1)) {
                return k;
            }
            Optional<Mention> subject = mentions.phraseAfter(doc, tags, k);
            if (subject.isPresent() && subject.get().endToken() < sentence.endToken()
                    && cues.verbAt(subject.get().endToken()).isPresent()
                    && endsSoonAfter(doc, tags, sentence, subject.get().endToken() + 1)) {
                return k;
            }
        }
        return sentence.endToken();
    }

    private static DraftQuote draft(Document doc, int startToken, int endToken, Cue cue, Mention speaker) {
        Span span = new Span(doc.token(startToken).start(), doc.token(endToken - 1).end());
        return new DraftQuote(QuoteType.INDIRECT, List.of(span), Optional.of(cue), Optional.of(speaker),
                DraftQuote.Pattern.REPORTED_CLAUSE);
    }

    /** The end (exclusive token index) of the clause starting at {@code start}: the sentence end, final marks off. */
    private static int clauseEnd(Document doc, Sentence sentence, int start) {
        int end = sentence.endToken();
        while (end > start && (SENTENCE_END.contains(doc.token(end - 1).text()) || !doc.token(end - 1).isWord()
                && !isClosingMark(doc.token(end - 1)))) {
            end--;
        }
        return end;
    }

    private static boolean isClosingMark(Token t) {
        return t.text().equals("\u201d") || t.text().equals("\"");
    }

    /**
     * Whether an inverted cue closes its sentence: only a few words that are not a new clause follow it before the
     * sentence end or a comma ("..., officials said Friday afternoon, as they ...").
     */
    private static boolean endsSoonAfter(Document doc, SentenceTags tags, Sentence sentence, int from) {
        int words = 0;
        for (int k = from; k < sentence.endToken(); k++) {
            Token t = doc.token(k);
            if (t.is(",") || t.is(";") || SENTENCE_END.contains(t.text())) {
                return true;
            }
            if (t.is("that") || tags.isVerb(k)) {
                return false;
            }
            if (t.isWord() && ++words > MAX_CUE_TAIL) {
                return false;
            }
        }
        return true;
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
