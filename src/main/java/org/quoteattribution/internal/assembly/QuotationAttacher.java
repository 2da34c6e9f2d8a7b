package org.quoteattribution.internal.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quoteattribution.QuoteType;
import org.quoteattribution.Span;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.cues.Cue;
import org.quoteattribution.internal.cues.CueFrame;
import org.quoteattribution.internal.cues.CueIndex;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.marks.Quotation;
import org.quoteattribution.internal.mentions.Mention;
import org.quoteattribution.internal.mentions.MentionFinder;
import org.quoteattribution.internal.mentions.MentionKind;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * Turns quotations into direct and mixed quotes by attaching each to a cue: the cue right after it ("“...,” Lavrov
 * said"), the cue right before it ("Lavrov said: “...”"), a cue whose reported clause holds it (a mixed quote), the
 * previous quote it continues, or the sentence that introduces its paragraph. A quotation attached to none of these
 * is a name or a scare quote ("coalition of the willing") and is dropped. Thread-safe; state lives in one call.
 */
final class QuotationAttacher {

    /** How many tokens may stand between a closing mark and its cue ("“...,” the Russian foreign minister said"). */
    private static final int CUE_AFTER_WINDOW = 30;
    /** How far into a clause after an inverted cue its verb may stand ("said the new rules would ..."). */
    private static final int CLAUSE_VERB_REACH = 5;

    /** Words that may follow a quotation before its inverted cue and still belong to the quote. */
    private static final int MAX_WORDS_AFTER_QUOTE = 12;

    private final MentionFinder mentions;
    private final InvertedAttribution inverted;
    private final FollowingQuotation following;
    private final IntroducedQuotation introduced;

    QuotationAttacher(MentionFinder mentions, InvertedAttribution inverted) {
        this.mentions = mentions;
        this.inverted = inverted;
        this.following = new FollowingQuotation(inverted);
        this.introduced = new IntroducedQuotation(mentions);
    }

    List<DraftQuote> attach(Article article) {
        Document doc = article.document();
        List<DraftQuote> drafts = new ArrayList<>();
        // the last draft's spans grow as quotations continue it; it is built once, when the next one starts
        DraftQuote open = null;
        List<Span> openSpans = new ArrayList<>();
        int consumedUntil = -1;
        for (Quotation q : article.quotations()) {
            if (q.open() < consumedUntil) {
                Optional<DraftQuote> own = open != null && open.type() == QuoteType.MIXED ? cueAfter(article, q)
                        : Optional.empty();
                if (own.isEmpty() || own.get().cue().equals(open.cue()) || !cutBefore(doc, openSpans, q.open())) {
                    continue; // already inside a mixed quote's clause
                }
                // "praised his brother's "deep faith" - "faith that shows in good works," he said - and argued":
                // a quotation with a cue of its own after it is its own quote; the clause before it ends there
                consumedUntil = q.open();
            }
            DraftQuote previous = open;
            int previousEnd = openSpans.isEmpty() ? -1 : openSpans.get(openSpans.size() - 1).end();
            Optional<DraftQuote> draft = cueAfter(article, q);
            if (draft.isEmpty()) {
                draft = cueBefore(article, q);
            }
            if (draft.isPresent() && previous != null
                    && (Continuation.sameCue(previous, draft.get()) || Continuation.hangsOnCue(doc, previous, draft.get()))) {
                // "“...,” he said, “...”", "“...,” he said, but “...”", "“...,” he said, adding, “...”": the second
                // quotation goes on with the first
                Continuation.addAfter(openSpans, q.pieces());
                continue;
            }
            if (draft.isEmpty() && previous != null && Continuation.continues(doc, previous, previousEnd, q, article.cueIndex())) {
                Continuation.addAfter(openSpans, q.pieces());
                continue;
            }
            if (draft.isEmpty()) {
                draft = introduced.of(article, q).or(() -> following.of(article, q));
            }
            if (draft.isPresent()) {
                if (open != null) {
                    drafts.add(open.withSpans(openSpans));
                }
                open = draft.get();
                openSpans = new ArrayList<>(open.spans());
                consumedUntil = Math.max(consumedUntil, open.end());
            }
        }
        if (open != null) {
            drafts.add(open.withSpans(openSpans));
        }
        return drafts;
    }

    /**
     * Ends the last span before {@code offset}, past the spaces, dashes and commas before it; false (and nothing
     * changed) when no word would be left in it.
     */
    private static boolean cutBefore(Document doc, List<Span> spans, int offset) {
        Span last = spans.get(spans.size() - 1);
        int end = Math.min(offset, last.end());
        String text = doc.text();
        while (end > last.start() && (Character.isWhitespace(text.charAt(end - 1))
                || "-\u2013\u2014,;:".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        if (end <= last.start() || end >= last.end()) {
            return false;
        }
        spans.set(spans.size() - 1, new Span(last.start(), end));
        return true;
    }

    /** "“...,” Lavrov said", "“...,” said Lavrov", "“...,” he told reporters". */
    private Optional<DraftQuote> cueAfter(Article article, Quotation q) {
        Document doc = article.document();
        if (!q.isClosed()) {
            return Optional.empty();
        }
        int afterMark = doc.tokenAtOrAfter(q.outerEnd());
        int paragraph = doc.paragraphAt(q.outerEnd() - 1);
        Optional<Cue> byline = afterMark < doc.tokens().size() ? article.cueIndex().bylineAt(afterMark) : Optional.empty();
        if (byline.isPresent()) {
            return mentions.phraseAfter(article, afterMark).map(m -> new DraftQuote(QuoteType.DIRECT, q.pieces(),
                    byline, Optional.of(m), DraftQuote.Pattern.CUE_AFTER));
        }
        while (afterMark < doc.tokens().size() && isPunctuationBetween(doc.token(afterMark))) {
            afterMark++;
        }
        final int first = afterMark;
        boolean inAdverbial = first < doc.tokens().size() && isAdverbialOpener(doc.token(first));
        for (int k = first; k < doc.tokens().size() && k < first + CUE_AFTER_WINDOW; k++) {
            Token t = doc.token(k);
            if (doc.paragraphAt(t.start()) != paragraph || ClauseBounds.endsSentence(doc, k) || t.isQuotationMark()) {
                break;
            }
            inAdverbial &= !t.is(",");
            Optional<Cue> cue = article.cueIndex().verbAt(k);
            if (cue.isEmpty() || cue.get().frame() == CueFrame.ADJECTIVE || inAdverbial) {
                // "Fred Kagan, director of the Critical Threats Project, told": no adjective closes a quote; nor a
                // cue in an adverbial clause after it ("“That makes me smart,” when Clinton blasted him")
                continue;
            }
            Optional<Mention> mention;
            if (k == first) {
                mention = mentions.phraseAfter(article, cue.get().endToken() - 1);
            } else {
                mention = mentions.subjectBefore(article, k)
                        .flatMap(m -> InvertedAttribution.subjectFrom(article, m, first));
            }
            if (mention.isEmpty()) {
                return Optional.empty();
            }
            if (endsWithPeriod(doc.text(), q) ? opensClause(article, cue.get(), mention.get())
                    : opensClauseWithVerb(article, cue.get(), mention.get())) {
                // "“...” Trump said the plan ..." starts a new report; so does "On “Face the Nation,” Clinton said
                // the shootings demand ...", after a title in marks
                return Optional.empty();
            }
            return Optional.of(LeadIn.startOf(doc, q, article.cueIndex())
                    .map(start -> new DraftQuote(QuoteType.MIXED, List.of(new Span(start, q.end())), cue, mention,
                            DraftQuote.Pattern.CUE_AFTER))
                    .orElseGet(() -> new DraftQuote(QuoteType.DIRECT, q.pieces(), cue, mention,
                            DraftQuote.Pattern.CUE_AFTER)));
        }
        return quoteThenWordsThenCue(article, q, first, paragraph);
    }

    /** "when", "after", "because": a clause opened by one of them is the circumstance of the words before it. */
    private static boolean isAdverbialOpener(Token t) {
        return t.is("when") || CommonWords.ADJUNCT_SUBORDINATORS.contains(t.lower());
    }

    /**
     * "“The only way ... face jail time” for criminal behavior, she said.": a few words follow the quotation before
     * an inverted cue; the content runs from the quotation to the comma, a mixed quote.
     */
    private Optional<DraftQuote> quoteThenWordsThenCue(Article article, Quotation q, int first,
            int paragraph) {
        Document doc = article.document();
        if (first >= doc.tokens().size() || doc.paragraphAt(doc.token(first).start()) != paragraph
                || !doc.token(first).isWord()) {
            return Optional.empty();
        }
        Sentence sentence = doc.sentenceOf(doc.token(first));
        Optional<InvertedAttribution.Found> found = inverted.after(article, sentence, first);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        int comma = found.get().comma();
        int words = 0;
        for (int k = first; k < comma; k++) {
            Token t = doc.token(k);
            if (t.isQuotationMark() || (t.isWord() && ++words > MAX_WORDS_AFTER_QUOTE)) {
                return Optional.empty();
            }
        }
        Span span = new Span(LeadIn.startOf(doc, q, article.cueIndex()).orElse(q.start()), doc.token(comma - 1).end());
        return Optional.of(new DraftQuote(QuoteType.MIXED, List.of(span), Optional.of(found.get().cue()),
                Optional.of(found.get().speaker()), DraftQuote.Pattern.CUE_AFTER));
    }

    /** "Lavrov said: “...”" (direct) or "Lavrov said the talks were “a road to nowhere”" (mixed). */
    private Optional<DraftQuote> cueBefore(Article article, Quotation q) {
        Document doc = article.document();
        int openToken = doc.tokenAtOrAfter(q.open());
        if (openToken >= doc.tokens().size()) {
            return Optional.empty();
        }
        Sentence sentence = doc.sentenceOf(doc.token(openToken));
        Optional<Cue> found = article.cueIndex().lastVerbBetween(sentence.firstToken(), openToken);
        if (found.isPresent() && !onlyIntroductionBetween(doc, found.get().endToken(), openToken)) {
            // a reported clause holding the quotation belongs to the sentence's main cue, the first one with a
            // subject ("Trump said during a rally that Clinton described the deal as “the gold standard”")
            found = outermostCue(article, sentence, openToken).or(() -> Optional.empty());
        }
        if (found.isEmpty()) {
            found = colonIntroduction(doc, sentence, openToken, article.cueIndex());
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Cue cue = found.get();
        Optional<Mention> agent = passiveAgent(article, cue, sentence);
        Optional<Mention> mention = cue.frame() == CueFrame.SOURCE_AFTER
                ? mentions.phraseAfter(article, cue.endToken() - 1)
                : agent.or(() -> mentions.subjectOfCue(article, cue.firstToken()));
        if (mention.isEmpty()) {
            return Optional.empty();
        }
        int contentStart = cue.frame() == CueFrame.SOURCE_AFTER || agent.isPresent() ? mention.get().endToken()
                : cue.endToken();
        if (cue.frame() == CueFrame.OBJECT) {
            contentStart = skipObject(article, contentStart, openToken);
        }
        if (onlyIntroductionBetween(doc, contentStart, openToken)
                && (introducedByPunctuation(doc, openToken) || endsItsClause(doc, q))) {
            return Optional.of(new DraftQuote(QuoteType.DIRECT, q.pieces(), found, mention, DraftQuote.Pattern.CUE_BEFORE));
        }
        Optional<ParentheticalCue.Pieces> around = cue.frame() == CueFrame.SOURCE_AFTER ? Optional.empty()
                : ParentheticalCue.around(doc, sentence, mention.get(), cue, openToken);
        contentStart = around.isPresent() ? around.get().restStart()
                : ClauseBounds.thatAfterAdjuncts(article, sentence, contentStart);
        int start = doc.token(contentStart).start();
        int end = Math.max(q.end(), ClauseBounds.clauseEndOffset(doc, sentence));
        int nextReport = ClauseBounds.coordinatedCueStart(doc, sentence, contentStart, article.cueIndex());
        if (nextReport < sentence.endToken() && doc.token(nextReport).start() >= q.outerEnd()) {
            end = doc.token(nextReport - 1).end();
        }
        DraftQuote.Pattern how = DraftQuote.Pattern.MIXED_CLAUSE;
        if (Characterization.follows(doc, contentStart, openToken)) {
            // "described Clinton as a “disgrace” after she ...": the words end with the marks
            end = Characterization.end(doc, sentence, q);
            how = DraftQuote.Pattern.CHARACTERIZATION;
        }
        Span rest = new Span(start, end);
        List<Span> spans = around.map(a -> List.of(new Span(doc.token(a.first()).start(),
                doc.token(a.firstEnd() - 1).end()), rest)).orElse(List.of(rest));
        return Optional.of(new DraftQuote(QuoteType.MIXED, spans, found, mention, how));
    }

    /**
     * "The landlord was criticised by the tribunal because “...”": the agent of a passive cue speaks, not its
     * subject.
     */
    private Optional<Mention> passiveAgent(Article article, Cue cue, Sentence sentence) {
        Document doc = article.document();
        if (PassiveCue.beBefore(doc, cue, sentence) < 0) {
            return Optional.empty();
        }
        return mentions.phraseAfter(article, cue.endToken()).filter(m -> m.kind() != MentionKind.PRONOUN
                || !doc.token(m.firstToken()).is("it"));
    }

    private static boolean introducedByPunctuation(Document doc, int openToken) {
        Token before = openToken > 0 ? doc.token(openToken - 1) : null;
        return before != null && (before.is(":") || before.is(","));
    }

    /** Whether at most a couple of words follow the quotation before its sentence ends. */
    private static boolean endsItsClause(Document doc, Quotation q) {
        if (!q.isClosed()) {
            return true;
        }
        int k = doc.tokenAtOrAfter(q.outerEnd());
        if (k >= doc.tokens().size() || doc.paragraphAt(doc.token(k).start()) != doc.paragraphAt(q.outerEnd() - 1)) {
            return true;
        }
        Sentence sentence = doc.sentenceOf(doc.token(k));
        int words = 0;
        for (; k < sentence.endToken(); k++) {
            Token t = doc.token(k);
            if (t.is(",") || t.is(";") || ClauseBounds.endsSentence(doc, k)) {
                return true;
            }
            if (t.isWord() && ++words > 2) {
                return false;
            }
        }
        return true;
    }

    /** The first cue in [from, to) that can govern a clause and has a subject outside a relative clause. */
    private Optional<Cue> outermostCue(Article article, Sentence sentence, int to) {
        Document doc = article.document();
        for (int k = sentence.firstToken(); k < to; k++) {
            Optional<Cue> cue = article.cueIndex().verbAt(k);
            if (cue.isEmpty() || cue.get().frame() == CueFrame.QUOTE) {
                continue;
            }
            if (cue.get().frame() == CueFrame.SOURCE_AFTER) {
                return cue;
            }
            Optional<Mention> subject = mentions.subjectBefore(article, k);
            if (subject.isEmpty() || isRelative(doc, subject.get().firstToken() - 1)) {
                continue;
            }
            int comma = ClauseBounds.commaAtOrAfter(doc, sentence, k);
            if (ClauseBounds.opensAdverbial(doc, sentence, subject.get().firstToken()) && comma < to) {
                k = comma; // the cue and all within its adverbial are subordinate to the main clause after it
            } else {
                return cue;
            }
        }
        return Optional.empty();
    }

    private static boolean isRelative(Document doc, int k) {
        return k >= 0 && CommonWords.SUBJECT_RELATIVES.contains(doc.token(k).lower());
    }

    /** A quotation opening its sentence right after a sentence that ends with a colon and holds a cue. */
    private static Optional<Cue> colonIntroduction(Document doc, Sentence sentence, int openToken, CueIndex cues) {
        if (openToken != sentence.firstToken() || sentence.index() == 0) {
            return Optional.empty();
        }
        Sentence before = doc.sentence(sentence.index() - 1);
        if (before.paragraph() != sentence.paragraph() || !doc.token(before.endToken() - 1).is(":")) {
            return Optional.empty();
        }
        return cues.lastVerbBetween(before.firstToken(), before.endToken());
    }

    private boolean opensClause(Article article, Cue cue, Mention mention) {
        Document doc = article.document();
        int next = Math.max(cue.endToken(), mention.endToken());
        if (next >= doc.tokens().size() || doc.token(next).sentence() != doc.token(cue.firstToken()).sentence()) {
            return false;
        }
        Token t = doc.token(next);
        if (!t.isWord()) {
            return false;
        }
        String pos = article.pos(next);
        return t.is("that") || pos.equals("DET") || pos.equals("PRON") || pos.equals("NOUN") || pos.equals("VERB");
    }

    /** "said the shootings demand ...", "said that ...": a clause with its own verb, not "told reporters Tuesday". */
    private boolean opensClauseWithVerb(Article article, Cue cue, Mention mention) {
        Document doc = article.document();
        if (!opensClause(article, cue, mention) || cue.frame() == CueFrame.OBJECT) {
            return false;
        }
        int next = Math.max(cue.endToken(), mention.endToken());
        if (doc.token(next).is("that")) {
            return true;
        }
        if (CommonWords.RELATIVE_PRONOUNS.contains(doc.token(next).lower())) {
            return false; // "said a GOP data expert who has worked for ...": the clause describes the speaker
        }
        Sentence sentence = doc.sentenceOf(doc.token(next));
        for (int k = next + 1; k < sentence.endToken() && k <= next + CLAUSE_VERB_REACH; k++) {
            if (doc.token(k).is(",") || doc.token(k).isQuotationMark()) {
                return false;
            }
            if (article.isVerb(k) && !doc.token(k).lower().endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithPeriod(String text, Quotation q) {
        int k = q.end() - 1;
        return k >= 0 && text.charAt(k) == '.';
    }

    /** Skips the addressee of "told reporters that ...", "asked him whether ...". */
    private int skipObject(Article article, int from, int limit) {
        if (from >= limit) {
            return from;
        }
        Optional<Mention> object = mentions.phraseAfter(article, from - 1);
        return object.map(Mention::endToken).filter(e -> e <= limit).orElse(from);
    }

    /**
     * Whether the words between a cue and an opening mark only introduce the quote ("said:", "told reporters,",
     * "wrote on Truth Social:") rather than begin a reported clause that the quotation is part of.
     */
    private static boolean onlyIntroductionBetween(Document doc, int from, int openToken) {
        if (from >= openToken) {
            return true;
        }
        boolean anyWord = false;
        for (int k = from; k < openToken; k++) {
            Token t = doc.token(k);
            if (t.is("that") || t.is("whether") || t.is("if")) {
                return false;
            }
            anyWord |= t.isWord();
        }
        Token last = doc.token(openToken - 1);
        return !anyWord || last.is(":") || last.is(",");
    }

    private static boolean isPunctuationBetween(Token t) {
        return t.is(",") || t.text().equals("\u2014") || t.is("--") || t.is("-");
    }
}
