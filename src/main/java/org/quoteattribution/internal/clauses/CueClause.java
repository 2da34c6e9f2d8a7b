package org.quoteattribution.internal.clauses;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quoteattribution.QuoteType;
import org.quoteattribution.Span;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.assembly.DraftQuote;
import org.quoteattribution.internal.cues.Cue;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.mentions.Mention;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * The words of a quote's cue clause that frame the report rather than carry its content: where the article says
 * when and where the words were said ("On Wednesday, Lavrov said: “...”", "“...,” Zelenskyy said in a Telegram post
 * on Wednesday", "At the press conference, Putin said that ..."). These are the tokens of the cue's sentence outside
 * the quote's content and outside clauses of their own ("Trump met Putin on Friday, and ...", "Lavrov, who arrived
 * on Monday, said"). Built per quote; immutable.
 */
public final class CueClause {

    /** How far after the cue a reported clause's "that" may stand for the words before it to frame the report. */
    private static final int THAT_REACH = 15;
    private static final ImmutableSet<String> CHUNK_BREAKS = ImmutableSet.of(",", ";", ":", "\u2014", "\u2013", "--", "(", ")");
    private static final Map<String, String> CLAUSE_OPENERS = CommonWords.CLAUSE_OPENERS;

    private final Document doc;
    private final Sentence sentence;
    private final Cue cue;
    private final boolean[] framing;
    private final boolean[] content;
    private final int lead;
    private final Optional<Mention> speaker;

    private CueClause(Document doc, Sentence sentence, Cue cue, boolean[] framing, boolean[] content, int lead,
            Optional<Mention> speaker) {
        this.doc = doc;
        this.sentence = sentence;
        this.cue = cue;
        this.framing = framing;
        this.content = content;
        this.lead = lead;
        this.speaker = speaker;
    }

    /** The clause of a quote's cue; empty for a quote without a cue. */
    public static Optional<CueClause> of(Article article, DraftQuote quote) {
        Document doc = article.document();
        if (quote.cue().isEmpty()) {
            return Optional.empty();
        }
        Cue cue = quote.cue().get();
        Sentence sentence = doc.sentenceOf(doc.token(cue.firstToken()));
        int first = sentence.firstToken();
        int n = sentence.tokenCount();
        boolean[] content = new boolean[n];
        for (int k = first; k < sentence.endToken(); k++) {
            content[k - first] = insideContent(doc.token(k), quote) && (k < cue.firstToken() || k >= cue.endToken());
        }
        int lead = leadOfReportedClause(doc, sentence, quote, cue, content);
        boolean[] framing = clauseOfCue(doc, sentence, cue, content);
        if (lead >= 0) {
            int that = thatAfter(article, sentence, lead);
            for (int k = lead; k < that; k++) {
                framing[k - first] = true;
            }
        }
        return Optional.of(new CueClause(doc, sentence, cue, framing, content, lead, quote.mention()));
    }

    public Document document() {
        return doc;
    }

    public Sentence sentence() {
        return sentence;
    }

    public Cue cue() {
        return cue;
    }

    /** Whether a date or source phrase may start at this token. */
    public boolean mayStartAt(int token) {
        return token == lead || (inSentence(token) && framing[token - sentence.firstToken()]);
    }

    /**
     * Where a phrase starting at {@code token} must end: at the quote's content, the quotation marks around it, or the
     * end of the sentence. A phrase at the start of a reported clause ("said on Wednesday the talks ...") may run
     * into the content's first words.
     */
    public int limitFrom(int token) {
        boolean inReportedClause = lead >= 0 && token >= lead;
        int k = token;
        while (k < sentence.endToken()) {
            Token t = doc.token(k);
            if (k > token && t.isQuotationMark() && (inReportedClause || bordersContent(k))) {
                break; // marks around a title ("an episode of “The Steve Harvey Morning Show”") are no limit
            }
            if (!inReportedClause && content[k - sentence.firstToken()]) {
                break;
            }
            k++;
        }
        return k;
    }

    private boolean bordersContent(int k) {
        int i = k - sentence.firstToken();
        return i + 1 >= content.length || content[i + 1] || i > 0 && content[i - 1];
    }

    /** Whether the token is one of the words naming the speaker ("one Democratic source on the panel"). */
    public boolean isInSpeakerMention(int token) {
        return speaker.filter(m -> token >= m.firstToken() && token < m.endToken()).isPresent();
    }

    /** How many tokens lie between a phrase [first, end) and the cue. */
    public int distanceToCue(int first, int end) {
        if (end <= cue.firstToken()) {
            return cue.firstToken() - end;
        }
        return Math.max(0, first - cue.endToken());
    }

    /** The clause's first word, past opening quotation marks: where "Afterward," stands. */
    public int firstWord() {
        int k = sentence.firstToken();
        while (k < cue.firstToken() && (!doc.token(k).isWord() || !mayStartAt(k))) {
            k++;
        }
        return k;
    }

    private boolean inSentence(int token) {
        return token >= sentence.firstToken() && token < sentence.endToken();
    }

    private static boolean insideContent(Token t, DraftQuote quote) {
        for (Span s : quote.spans()) {
            if (t.start() >= s.start() && t.end() <= s.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token of a reported clause that begins right after the cue ("said on Wednesday that ..."): its
     * opening words may say when or where, so phrases may start there. -1 when the content does not follow the cue.
     */
    private static int leadOfReportedClause(Document doc, Sentence sentence, DraftQuote quote, Cue cue,
            boolean[] content) {
        if (quote.type() == QuoteType.DIRECT) {
            return -1;
        }
        int first = sentence.firstToken();
        for (int k = cue.endToken(); k < sentence.endToken() && k <= cue.endToken() + 4; k++) {
            if (doc.token(k).isQuotationMark() || doc.token(k).is("that")) {
                return -1; // words after "that" report, they do not frame
            }
            if (content[k - first]) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The end of the opening words of a reported clause that a "that" closes ("said on X that ..."): those words are
     * the frame. Returns {@code lead} itself when no such "that" follows.
     */
    private static int thatAfter(Article article, Sentence sentence, int lead) {
        Document doc = article.document();
        for (int k = lead; k < sentence.endToken() && k < lead + THAT_REACH; k++) {
            Token t = doc.token(k);
            if (t.isQuotationMark() || article.pos(k).equals("AUX")) {
                return lead;
            }
            if (t.is("that")) {
                return k;
            }
        }
        return lead;
    }

    /**
     * Marks the tokens of the cue's own clause: the comma-delimited parts of the sentence around the cue, leaving out
     * the content, parts that open a subordinate clause, and everything beyond a coordinated clause.
     */
    private static boolean[] clauseOfCue(Document doc, Sentence sentence, Cue cue, boolean[] content) {
        int first = sentence.firstToken();
        int n = sentence.tokenCount();
        int[] chunkOf = new int[n];
        int chunks = 0;
        boolean open = false;
        for (int i = 0; i < n; i++) {
            Token t = doc.token(first + i);
            boolean breaks = content[i] || CHUNK_BREAKS.contains(t.text()) || t.isQuotationMark();
            if (breaks) {
                chunkOf[i] = -1;
                open = false;
            } else {
                if (!open) {
                    chunks++;
                    open = true;
                }
                chunkOf[i] = chunks - 1;
            }
        }
        int[] chunkStart = new int[chunks];
        for (int i = n - 1; i >= 0; i--) {
            if (chunkOf[i] >= 0) {
                chunkStart[chunkOf[i]] = first + i;
            }
        }
        int cueChunk = chunkOf[cue.firstToken() - first];
        boolean[] included = new boolean[chunks];
        if (cueChunk >= 0) {
            included[cueChunk] = true;
            boolean stop = opener(doc, chunkStart[cueChunk]).equals("coordinate");
            for (int c = cueChunk - 1; c >= 0 && !stop; c--) {
                String how = opener(doc, chunkStart[c]);
                included[c] = how.isEmpty();
                stop = how.equals("coordinate");
            }
            for (int c = cueChunk + 1; c < chunks; c++) {
                String how = opener(doc, chunkStart[c]);
                if (how.equals("coordinate")) {
                    break;
                }
                included[c] = how.isEmpty();
            }
        }
        boolean[] framing = new boolean[n];
        for (int i = 0; i < n; i++) {
            framing[i] = chunkOf[i] >= 0 && included[chunkOf[i]];
        }
        return framing;
    }

    private static String opener(Document doc, int token) {
        return CLAUSE_OPENERS.getOrDefault(doc.token(token).lower(), "");
    }
}
