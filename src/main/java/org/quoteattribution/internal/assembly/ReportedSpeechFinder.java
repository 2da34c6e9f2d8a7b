package org.quoteattribution.internal.assembly;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.QuoteType;
import org.quoteattribution.Span;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.cues.Cue;
import org.quoteattribution.internal.cues.CueFrame;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.mentions.Mention;
import org.quoteattribution.internal.mentions.MentionFinder;
import org.quoteattribution.internal.mentions.MentionKind;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * Finds reported speech without quotation marks, from cues that no direct or mixed quote has taken:
 * <ul>
 *   <li>the clause after the cue: "The authorities said attacks injured 15 people";</li>
 *   <li>the object of a verb of stance: "Clinton cited it as an example" (content "it");</li>
 *   <li>the clause before an inverted cue: "Attacks injured 15 people, the authorities said.";</li>
 *   <li>"According to the Pentagon, the strike hit a depot" and "..., according to the Pentagon";</li>
 *   <li>a participle sharing the main clause's subject: "Clinton mocked the complaint, saying anybody ...";</li>
 *   <li>a passive with its agent: "The nominee has been endorsed by dozens of papers".</li>
 * </ul>
 * A cue may give several alternatives; the classifier picks at most one. Thread-safe.
 */
final class ReportedSpeechFinder {

    private static final ImmutableSet<String> OBJECT_PREPOSITIONS = LexiconFile.words("object-prepositions.txt");

    private final MentionFinder mentions;
    private final InvertedAttribution invertedAttribution;
    private final NominalReport nominal;

    ReportedSpeechFinder(MentionFinder mentions, InvertedAttribution inverted) {
        this.mentions = mentions;
        this.invertedAttribution = inverted;
        this.nominal = new NominalReport(mentions);
    }

    /** The candidate reported-speech quotes for a cue; empty when the cue frames no content. */
    List<DraftQuote> around(Article article, Cue cue) {
        Document doc = article.document();
        Sentence sentence = doc.sentenceOf(doc.token(cue.firstToken()));
        List<DraftQuote> out = new ArrayList<>(2);
        switch (cue.frame()) {
            case ADJUNCT, BYLINE -> {
                return out;
            }
            case SOURCE_AFTER -> {
                accordingTo(article, cue, sentence).ifPresent(out::add);
                return out;
            }
            case LABEL -> {
                labelled(article, cue, sentence).ifPresent(out::add);
                return out;
            }
            case NOUN -> {
                nominal.around(article, cue).ifPresent(out::add);
                return out;
            }
            default -> {
            }
        }
        Optional<DraftQuote> inverted = inverted(article, cue, sentence);
        if (inverted.isPresent()) {
            out.add(inverted.get());
            return out;
        }
        Optional<DraftQuote> passive = passive(article, cue, sentence);
        if (passive.isPresent()) {
            out.add(passive.get());
            return out;
        }
        Optional<Mention> subject = subjectOf(article, cue, sentence);
        if (subject.isEmpty() || introducedByAs(doc, subject.get(), sentence)) {
            return out;
        }
        forward(article, cue, sentence, subject.get()).ifPresent(out::add);
        object(article, cue, sentence, subject.get()).filter(o -> out.isEmpty() || !o.spans().equals(out.get(0).spans()))
                .ifPresent(out::add);
        return out;
    }

    private Optional<Mention> subjectOf(Article article, Cue cue, Sentence sentence) {
        return mentions.subjectOfCue(article, cue.firstToken());
    }

    /** "As he said before, ...", "as Trump noted": a reminder of earlier words, not a report of new ones. */
    private static boolean introducedByAs(Document doc, Mention subject, Sentence sentence) {
        int before = subject.firstToken() - 1;
        return before >= sentence.firstToken() && doc.token(before).is("as");
    }

    /** "X said (that) CLAUSE." */
    private Optional<DraftQuote> forward(Article article, Cue cue, Sentence sentence,
            Mention subject) {
        Document doc = article.document();
        int start = cue.endToken();
        if (cue.frame() == CueFrame.OBJECT) {
            Optional<Mention> object = mentions.phraseAfter(article, cue.endToken() - 1);
            if (object.isPresent()) {
                start = object.get().endToken();
            }
        }
        start = ClauseBounds.thatAfterAdjuncts(article, sentence, start);
        if (start < sentence.endToken() && doc.token(start).is(":")) {
            start++; // "adding: “...”": the colon introduces the words, it is not one of them
        }
        int end = Math.min(ClauseBounds.clauseEnd(doc, sentence, start), Math.min(invertedCueStart(article, sentence,
                start), ClauseBounds.coordinatedCueStart(doc, sentence, start, article.cueIndex())));
        if (ClauseBounds.opensAdverbial(doc, sentence, subject.firstToken())) {
            end = Math.min(end, ClauseBounds.commaAtOrAfter(doc, sentence, start));
        }
        if (!isClause(doc, start, end, 3) || isAdjunctClause(doc, start, end)) {
            return Optional.empty();
        }
        return Optional.of(draft(doc, start, end, cue, subject, DraftQuote.Pattern.REPORTED_CLAUSE));
    }

    /** "Clinton cited it as an example": the noun phrase a verb of stance takes. */
    private Optional<DraftQuote> object(Article article, Cue cue, Sentence sentence, Mention subject) {
        Document doc = article.document();
        if (cue.frame() == CueFrame.OBJECT || cue.endToken() >= sentence.endToken()
                || doc.token(cue.endToken()).is("that")) {
            return Optional.empty();
        }
        int before = cue.endToken() - 1;
        if (OBJECT_PREPOSITIONS.contains(doc.token(cue.endToken()).lower())) {
            before++; // "called for his dismissal", "talked about the plan", "critical of the deal"
        }
        Optional<Mention> object = mentions.phraseAfter(article, before);
        if (object.isEmpty()) {
            return Optional.empty();
        }
        int end = object.get().endToken();
        // "the integrity of the U.S. voting system": an object goes on over "of" phrases
        while (end + 1 < sentence.endToken() && doc.token(end).is("of")) {
            Optional<Mention> more = mentions.phraseAfter(article, end);
            if (more.isEmpty()) {
                break;
            }
            end = more.get().endToken();
        }
        return Optional.of(draft(doc, object.get().firstToken(), end, cue, subject, DraftQuote.Pattern.REPORTED_OBJECT));
    }

    /**
     * "CLAUSE, X said." or "CLAUSE, said X." at the end of a sentence; or, when the sentence goes on after the cue,
     * a parenthesis inside the report: "At one point, she said, she was considering ..." is one report in two
     * pieces, as PolNeAR annotates it.
     */
    private Optional<DraftQuote> inverted(Article article, Cue cue, Sentence sentence) {
        Document doc = article.document();
        Optional<Mention> speaker;
        int before;
        Optional<Mention> after = mentions.phraseAfter(article, cue.endToken() - 1);
        if (cue.firstToken() - 1 >= sentence.firstToken() && doc.token(cue.firstToken() - 1).is(",")
                && after.isPresent()) {
            speaker = after;
            before = cue.firstToken() - 1;
        } else {
            speaker = mentions.subjectBefore(article, cue.firstToken());
            if (speaker.isEmpty()) {
                return Optional.empty();
            }
            before = speaker.get().firstToken() - 1;
        }
        if (before <= sentence.firstToken() || !doc.token(before).is(",")) {
            return Optional.empty();
        }
        int tailStart = Math.max(cue.endToken(), speaker.get().endToken());
        if (!InvertedAttribution.endsSoonAfter(article, sentence, tailStart)) {
            return Optional.empty();
        }
        int start = sentence.firstToken();
        int comma = ClauseBounds.commaAtOrAfter(doc, sentence, tailStart);
        int restStart = comma + 1;
        int restEnd = restStart >= sentence.endToken() ? restStart
                : Math.min(ClauseBounds.clauseEnd(doc, sentence, restStart), Math.min(invertedCueStart(article,
                        sentence, restStart), ClauseBounds.coordinatedCueStart(doc, sentence, comma - 1,
                        article.cueIndex())));
        boolean goesOn = restStart < restEnd && isClause(doc, restStart, restEnd, 3);
        if (goesOn && tailStart < comma && !isAdjunctStart(article, tailStart)) {
            // "In March, the council announced two parks, three ...": words the verb takes, not "she said,"
            return Optional.empty();
        }
        if (!isClause(doc, start, before, goesOn ? 1 : 3) || isAdjunctClause(doc, start, before)
                || isParticiplePhrase(article, start, before)) {
            return Optional.empty();
        }
        int afterSpeaker = speaker.get().endToken();
        if (!goesOn && afterSpeaker < sentence.endToken() && doc.token(afterSpeaker).is(",")
                && !article.hasVerbIn(start, before)) {
            return Optional.empty(); // "Head, customer relations at Pinewood Bank, Omar Diaz, agreed": a title
        }
        if (!goesOn) {
            return Optional.of(draft(doc, start, before, cue, speaker.get(), DraftQuote.Pattern.REPORTED_CLAUSE));
        }
        List<Span> pieces = List.of(new Span(doc.token(start).start(), doc.token(before - 1).end()),
                new Span(doc.token(restStart).start(), doc.token(restEnd - 1).end()));
        return Optional.of(new DraftQuote(QuoteType.INDIRECT, pieces, Optional.of(cue), speaker,
                DraftQuote.Pattern.REPORTED_CLAUSE));
    }

    /** "The nominee has been endorsed by dozens of papers": the subject is the content, the agent the speaker. */
    private Optional<DraftQuote> passive(Article article, Cue cue, Sentence sentence) {
        Document doc = article.document();
        int be = PassiveCue.beBefore(doc, cue, sentence);
        if (be < 0) {
            return Optional.empty();
        }
        Optional<Mention> agent = mentions.phraseAfter(article, cue.endToken());
        Optional<Mention> patient = mentions.subjectBefore(article, be);
        if (agent.isEmpty() || patient.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(draft(doc, patient.get().firstToken(), patient.get().endToken(), cue, agent.get(),
                DraftQuote.Pattern.REPORTED_OBJECT));
    }

    /**
     * "Graham: Trump's rhetoric is destroying the party" (a headline) or "WALLACE: ..." (a transcript); the label
     * must be someone the article names, not a kicker ("ENERGY: Crude oil fell ...", "Watch: ...").
     */
    private static Optional<DraftQuote> labelled(Article article, Cue cue, Sentence sentence) {
        Document doc = article.document();
        int first = sentence.firstToken();
        if (doc.token(first).isQuotationMark()) {
            first++;
        }
        if (!article.names().namesElsewhere(first, cue.firstToken())) {
            return Optional.empty();
        }
        var paragraph = doc.paragraphOf(sentence);
        int end = doc.sentence(paragraph.endSentence() - 1).endToken();
        while (end > cue.endToken() && !doc.token(end - 1).isWord() && !doc.token(end - 1).isQuotationMark()) {
            end--;
        }
        if (!isClause(doc, cue.endToken(), end, 2)) {
            return Optional.empty();
        }
        Mention speaker = new Mention(first, cue.firstToken(), org.quoteattribution.internal.mentions.MentionKind.NAME);
        return Optional.of(draft(doc, cue.endToken(), end, cue, speaker, DraftQuote.Pattern.REPORTED_CLAUSE));
    }

    /** "According to X, CLAUSE." or "CLAUSE, according to X." */
    private Optional<DraftQuote> accordingTo(Article article, Cue cue, Sentence sentence) {
        Document doc = article.document();
        Optional<Mention> source = mentions.phraseAfter(article, cue.endToken() - 1)
                .or(() -> wordsUpToComma(doc, sentence, cue.endToken()));
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
        if (!isClause(doc, start, end, 3)) {
            return Optional.empty();
        }
        return Optional.of(draft(doc, start, end, cue, source.get(), DraftQuote.Pattern.REPORTED_CLAUSE));
    }

    /**
     * The words after "according to" up to a comma or the sentence end, when the tagger's phrase finding fails on
     * them ("according to show insiders", "according to exit polls").
     */
    private static Optional<Mention> wordsUpToComma(Document doc, Sentence sentence, int start) {
        int end = start;
        while (end < sentence.endToken() && !doc.token(end).is(",") && !ClauseBounds.endsSentence(doc, end)) {
            end++;
        }
        if (end == start || end - start > 8) {
            return Optional.empty();
        }
        return Optional.of(new Mention(start, end, org.quoteattribution.internal.mentions.MentionKind.NOMINAL));
    }

    /** Where a later inverted cue closing the sentence begins (", the source added."); the sentence end if none. */
    private int invertedCueStart(Article article, Sentence sentence, int start) {
        return invertedAttribution.after(article, sentence, start + 1)
                .map(InvertedAttribution.Found::comma).orElse(sentence.endToken());
    }

    private static DraftQuote draft(Document doc, int startToken, int endToken, Cue cue, Mention speaker,
            DraftQuote.Pattern how) {
        Span span = new Span(doc.token(startToken).start(), doc.token(endToken - 1).end());
        return new DraftQuote(QuoteType.INDIRECT, List.of(span), Optional.of(cue), Optional.of(speaker), how);
    }

    /**
     * "After the storm passed" (", she urged police to act"), "until the review ends": a clause that an adverbial
     * subordinator opens and that runs to the end of the content is what surrounds a report, not its words.
     */
    private static boolean isAdjunctClause(Document doc, int start, int end) {
        if (start >= end || !CommonWords.ADJUNCT_SUBORDINATORS.contains(doc.token(start).lower())) {
            return false;
        }
        for (int k = start + 1; k < end; k++) {
            if (doc.token(k).is(",")) {
                return false; // "After the vote, the council resigned": a main clause follows
            }
        }
        return true;
    }

    /**
     * "Speaking in Vaughan on Thursday" (", the premier denied ..."), "Asked about the plan": a participle with no
     * other verb after it is the circumstance of a report, not its words.
     */
    private static boolean isParticiplePhrase(Article article, int start, int end) {
        String first = article.document().token(start).lower();
        return (first.endsWith("ing") || first.endsWith("ed")) && article.tags().pos(start).equals("VERB")
                && !article.hasVerbIn(start + 1, end);
    }

    /** "in an interview", "again", "Tuesday": what may follow a parenthetical cue before its comma. */
    private static boolean isAdjunctStart(Article article, int token) {
        String pos = article.tags().pos(token);
        return pos.equals("ADP") || pos.equals("ADV")
                || CommonWords.WEEKDAYS.contains(article.document().token(token).lower());
    }

    /** At least {@code minWords} words, so that "said so" or "said this" is not taken for a report. */
    private static boolean isClause(Document doc, int start, int end, int minWords) {
        int words = 0;
        for (int k = start; k < end; k++) {
            Token t = doc.token(k);
            if (t.isWord() && ++words >= minWords) {
                return true;
            }
        }
        return false;
    }

    /** Cues of the document not already used by {@code taken}, in text order. */
    static List<Cue> unused(List<Cue> cues, List<DraftQuote> taken) {
        Set<Integer> used = new HashSet<>();
        for (DraftQuote d : taken) {
            if (d.ownsCue()) { // a borrowed cue's own report is still to be found
                used.add(d.cue().get().firstToken());
            }
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
