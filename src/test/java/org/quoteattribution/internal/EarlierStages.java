package org.quoteattribution.internal;

import java.util.List;
import java.util.Optional;
import org.quoteattribution.Span;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.assembly.DraftQuote;
import org.quoteattribution.internal.assembly.QuoteAssembler;
import org.quoteattribution.internal.assembly.QuoteClassifier;
import org.quoteattribution.internal.clauses.CueClause;
import org.quoteattribution.internal.mentions.MentionFinder;
import org.quoteattribution.internal.mentions.RolePhraseReader;
import org.quoteattribution.internal.speakers.SpeakerResolver;
import org.quoteattribution.internal.speakers.SpeakerResolver.ResolvedSpeaker;
import org.quoteattribution.internal.text.Document;

/**
 * The real stages before the one a stage test is about, built as {@link Pipeline} builds them, so that a test can
 * read an article ({@link TestDocuments#article}), make its stage's input with these and call only its own stage:
 * when it fails, that stage broke (or its input did, which the earlier stage's own tests then say).
 */
public final class EarlierStages {

    private static final QuoteAssembler ASSEMBLER = new QuoteAssembler(new MentionFinder(),
            QuoteClassifier.load(TestDocuments.MODELS.location()));
    private static final SpeakerResolver SPEAKERS = new SpeakerResolver(TestDocuments.TITLES, new RolePhraseReader());

    private EarlierStages() {
    }

    /** Assembly's output: the drafts of the quotes the article's assembler keeps, in text order. */
    public static List<DraftQuote> drafts(Article article) {
        return ASSEMBLER.assemble(article, false).stream().map(QuoteAssembler.Scored::draft).toList();
    }

    /** Assembly's output when the test is about a text with one quote: that quote's draft. */
    public static DraftQuote onlyDraft(Article article) {
        List<DraftQuote> drafts = drafts(article);
        if (drafts.size() != 1) {
            throw new AssertionError("expected one quote, got " + drafts.size() + ": " + drafts);
        }
        return drafts.get(0);
    }

    /** Speaker resolution's output for the drafts of {@link #drafts}, one per draft. */
    public static List<ResolvedSpeaker> speakers(Article article, List<DraftQuote> drafts) {
        return SPEAKERS.resolve(article, drafts);
    }

    /** The clause of a quote's cue, which dates and sources are read from; fails for a quote without a cue. */
    public static CueClause clauseOf(Article article, DraftQuote draft) {
        Optional<CueClause> clause = CueClause.of(article, draft);
        if (clause.isEmpty()) {
            throw new AssertionError("the quote has no cue clause: " + draft);
        }
        return clause.get();
    }

    /** A draft's content as the facade gives a quote's text: its pieces joined by a space. */
    public static String text(Article article, DraftQuote draft) {
        StringBuilder b = new StringBuilder();
        for (Span s : draft.spans()) {
            b.append(b.length() > 0 ? " " : "").append(s.of(article.document().text()));
        }
        return b.toString();
    }

    /** The words of tokens {@code first} to {@code end} (exclusive), as written. */
    public static String words(Article article, int first, int end) {
        Document doc = article.document();
        return doc.text().substring(doc.token(first).start(), doc.token(end - 1).end());
    }

    /** The words of a draft's cue ("said", "made it clear"), or "-" when it has none. */
    public static String cueWords(Article article, DraftQuote draft) {
        return draft.cue().map(c -> words(article, c.firstToken(), c.endToken())).orElse("-");
    }

    /** The words the assembler took as naming the speaker, as written, or "-" when it found none. */
    public static String mentionWords(Article article, DraftQuote draft) {
        return draft.mention().map(m -> words(article, m.firstToken(), m.endToken())).orElse("-");
    }
}
