package org.quoteattribution.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.quoteattribution.Phrase;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteDate;
import org.quoteattribution.Span;
import org.quoteattribution.Speaker;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.article.ArticleReader;
import org.quoteattribution.internal.assembly.DraftQuote;
import org.quoteattribution.internal.assembly.QuoteAssembler;
import org.quoteattribution.internal.assembly.QuoteClassifier;
import org.quoteattribution.internal.assembly.QuoteFeatures;
import org.quoteattribution.internal.assembly.SpeechOnly;
import org.quoteattribution.internal.clauses.CueClause;
import org.quoteattribution.internal.dates.DateFinder;
import org.quoteattribution.internal.entities.TitleWords;
import org.quoteattribution.internal.html.HtmlQuotes;
import org.quoteattribution.internal.html.HtmlRenderer;
import org.quoteattribution.internal.html.HtmlText;
import org.quoteattribution.internal.limits.Deadline;
import org.quoteattribution.internal.lexicon.NounSenses;
import org.quoteattribution.internal.mentions.MentionFinder;
import org.quoteattribution.internal.mentions.RolePhraseReader;
import org.quoteattribution.internal.models.NlpModels;
import org.quoteattribution.internal.models.StartUpThreads;
import org.quoteattribution.internal.roles.RoleFinder;
import org.quoteattribution.internal.sources.SourceFinder;
import org.quoteattribution.internal.speakers.SpeakerResolver.ResolvedSpeaker;
import org.quoteattribution.internal.speakers.SpeakerResolver;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.TextChunks;

/**
 * The stages in the order the task reads: read the text, find quotation marks, find cues ({@link ArticleReader},
 * which makes the one {@link Article} every later stage reads), assemble quotes, find speakers, resolve names and
 * roles, resolve dates and sources. Every stage object is immutable and shared by all threads; everything about one
 * article lives in the {@code Article} and the stages' results, made by one {@link #analyze} call.
 */
public final class Pipeline {

    private final ArticleReader reader;
    private final QuoteAssembler assembler;
    private final SpeakerResolver speakerResolver;
    private final RoleFinder roleFinder;
    private final DateFinder dateFinder;
    private final SourceFinder sourceFinder;
    private final boolean includeBeliefs;
    private final QuoteClassifier classifier;

    /**
     * @param includeBeliefs whether reported content whose cue is not one of speech counts (beliefs, evidence and
     *                       deeds: "thinks", "shows", "ordered"), or only what was said or written
     */
    public Pipeline(NlpModels models, boolean includeBeliefs) {
        this.includeBeliefs = includeBeliefs;
        // The stages read their lexicons side by side, the stages that need no model first, while the models are
        // still being read (see NlpModels); in a fresh JVM this halved the time to build an attributor.
        ExecutorService helpers = StartUpThreads.pool();
        try {
            Future<DateFinder> dates = helpers.submit(DateFinder::new);
            Future<SourceFinder> sources = helpers.submit(SourceFinder::new);
            Future<Integer> nounSenses = helpers.submit(NounSenses::size); // the quote classifier's, read once
            TitleWords titles = new TitleWords();
            RolePhraseReader rolePhrases = new RolePhraseReader();
            Future<SpeakerResolver> speakers = helpers.submit(() -> new SpeakerResolver(titles, rolePhrases));
            Future<RoleFinder> roles = helpers.submit(() -> new RoleFinder(titles, rolePhrases));
            this.classifier = QuoteClassifier.load(models.location());
            this.assembler = new QuoteAssembler(new MentionFinder(), classifier);
            this.reader = new ArticleReader(models, titles);
            this.speakerResolver = StartUpThreads.join(speakers);
            this.roleFinder = StartUpThreads.join(roles);
            this.dateFinder = StartUpThreads.join(dates);
            this.sourceFinder = StartUpThreads.join(sources);
            StartUpThreads.join(nounSenses);
        } finally {
            helpers.shutdown();
        }
        models.awaitAll();
    }

    public List<Quote> analyze(String text, Optional<LocalDate> published) {
        return analyze(text, published, null);
    }

    /**
     * The quotes of {@code text}, the analysis stopping with the documented exception when {@code timeout} (if not
     * null) has passed or the thread is interrupted.
     */
    public List<Quote> analyze(String text, Optional<LocalDate> published, @Nullable Duration timeout) {
        return analyzeText(text, published, Deadline.after(timeout));
    }

    /**
     * The quotes of {@code text} given to {@code sink} a piece at a time ({@link TextChunks}), in order, so that the
     * caller of a text of many megabytes need not hold all its quotes at once; each list is immutable.
     */
    public void analyzeEach(String text, Optional<LocalDate> published, @Nullable Duration timeout,
            Consumer<List<Quote>> sink) {
        eachPiece(text, published, Deadline.after(timeout), sink);
    }

    private List<Quote> analyzeText(String text, Optional<LocalDate> published, Deadline deadline) {
        List<Quote> quotes = new ArrayList<>();
        eachPiece(text, published, deadline, quotes::addAll);
        return List.copyOf(quotes);
    }

    private void eachPiece(String text, Optional<LocalDate> published, Deadline deadline, Consumer<List<Quote>> sink) {
        for (Span piece : TextChunks.of(text, TextChunks.MAX_CHARS)) {
            sink.accept(analyzePiece(text, piece, published, deadline));
        }
    }

    /** The quotes of one piece of {@code text}, their offsets into the whole text. */
    private List<Quote> analyzePiece(String text, Span piece, Optional<LocalDate> published, Deadline deadline) {
        if (piece.start() == 0 && piece.end() == text.length()) {
            return analyzeWhole(text, published, deadline);
        }
        List<Quote> quotes = analyzeWhole(piece.of(text), published, deadline);
        List<Quote> moved = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            moved.add(movedBy(q, piece.start()));
        }
        return List.copyOf(moved);
    }

    private static Quote movedBy(Quote q, int offset) {
        return new Quote(q.type(), q.text(), q.spans().stream().map(s -> movedBy(s, offset)).toList(),
                q.cue().map(p -> movedBy(p, offset)),
                q.speaker().map(s -> new Speaker(s.name(), s.mention().map(p -> movedBy(p, offset)), s.role())),
                q.date().map(d -> new QuoteDate(d.value(), movedBy(d.phrase(), offset))),
                q.source().map(p -> movedBy(p, offset)), q.confidence());
    }

    private static Phrase movedBy(Phrase phrase, int offset) {
        return new Phrase(phrase.text(), movedBy(phrase.span(), offset));
    }

    private static Span movedBy(Span span, int offset) {
        return new Span(span.start() + offset, span.end() + offset);
    }

    private List<Quote> analyzeWhole(String text, Optional<LocalDate> published, Deadline deadline) {
        Article article = reader.read(text, deadline);
        List<Quote> quotes = analyze(article, published);
        // the article may read the text with its quotation marks changed (SingleMarkStyle): the words given back are
        // the text's own
        return article.document().text().equals(text) ? quotes : inWordsOf(text, quotes);
    }

    private static List<Quote> inWordsOf(String text, List<Quote> quotes) {
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            Optional<Speaker> speaker = q.speaker().map(s -> new Speaker(s.name(),
                    s.mention().map(p -> phraseOf(text, p)), s.role()));
            out.add(new Quote(q.type(), joined(text, q.spans()), q.spans(), q.cue().map(p -> phraseOf(text, p)),
                    speaker, q.date().map(d -> new QuoteDate(d.value(), phraseOf(text, d.phrase()))),
                    q.source().map(p -> phraseOf(text, p)), q.confidence()));
        }
        return List.copyOf(out);
    }

    private static Phrase phraseOf(String text, Phrase phrase) {
        return new Phrase(phrase.span().of(text), phrase.span());
    }

    /**
     * The quotes of an HTML document: its text as a reader sees it ({@link HtmlRenderer}) analysed as {@link
     * #analyze(String, Optional, Duration)} analyses text, every span then moved into the HTML ({@link HtmlQuotes}).
     * The deadline covers the rendering too.
     */
    public List<Quote> analyzeHtml(String html, Optional<LocalDate> published, @Nullable Duration timeout) {
        Deadline deadline = Deadline.after(timeout);
        HtmlText page = HtmlRenderer.render(html, deadline);
        return HtmlQuotes.intoHtml(analyzeText(page.text(), published, deadline), page);
    }

    /**
     * How much work each model did for one analysis of {@code text}: the sentences and tokens read, tagged,
     * lemmatized and searched for names. The models are asked only where a decision reads their answer, so these
     * are smaller than the document's counts; the benchmark prints them per MB.
     */
    public ModelWork modelWork(String text) {
        Article article = reader.read(text);
        analyze(article, Optional.empty());
        Document doc = article.document();
        return new ModelWork(doc.sentences().size(), doc.tokens().size(), article.tags().taggedSentenceCount(),
                article.tags().taggedTokenCount(), article.tags().lemmatizedTokenCount(),
                article.entities().taggedSentenceCount(), article.entities().taggedTokenCount());
    }

    /** Counts of {@link #modelWork}: the sentence detector and tokenizer read the whole document. */
    public record ModelWork(int sentences, int tokens, int posTaggedSentences, int posTaggedTokens,
            int lemmatizedTokens, int nameFinderSentences, int nameFinderTokens) {
    }

    private List<Quote> analyze(Article article, Optional<LocalDate> published) {
        String text = article.document().text();
        List<QuoteAssembler.Scored> assembled = assembler.assemble(article, !includeBeliefs);
        List<ResolvedSpeaker> speakers = speakerResolver.resolve(article,
                assembled.stream().map(QuoteAssembler.Scored::draft).toList());
        List<Optional<String>> roles = roleFinder.rolesOf(article, speakers);
        List<Quote> quotes = new ArrayList<>(assembled.size());
        for (int i = 0; i < assembled.size(); i++) {
            article.document().deadline().check();
            DraftQuote draft = assembled.get(i).draft();
            if (!includeBeliefs && !(SpeechOnly.isSaidOrWritten(article, draft)
                    && classifier.acceptsAsSpeech(draft.type(), assembled.get(i).score()))) {
                continue;
            }
            ResolvedSpeaker resolved = speakers.get(i);
            Optional<Speaker> speaker = resolved.mention().isEmpty() && resolved.name().isEmpty()
                    ? Optional.empty()
                    : Optional.of(new Speaker(resolved.name(), resolved.mention(), roles.get(i)));
            Optional<CueClause> clause = CueClause.of(article, draft);
            Optional<QuoteDate> date = clause.flatMap(c -> dateFinder.dateOf(c, published));
            Optional<Phrase> source = clause.flatMap(c -> sourceFinder.sourceOf(article, c));
            quotes.add(new Quote(draft.type(), joined(text, draft.spans()), draft.spans(),
                    cuePhrase(article.document(), draft), speaker, date, source, assembled.get(i).score()));
        }
        return List.copyOf(quotes);
    }

    /** A candidate quote with the classifier's features, for {@link TrainingView}. */
    record TrainingCandidate(Document doc, DraftQuote draft, String[] features, boolean saidOrWritten) {
    }

    /** Every candidate quote of a text before the classifier weighs it, with its features. */
    List<TrainingCandidate> candidatesForTraining(String text) {
        Article article = reader.read(text);
        return assembler.candidates(article).stream()
                .map(d -> new TrainingCandidate(article.document(), d, QuoteFeatures.of(article, d),
                        SpeechOnly.isSaidOrWritten(article, d)))
                .toList();
    }

    private static Optional<Phrase> cuePhrase(Document doc, DraftQuote draft) {
        return draft.cue().map(c -> {
            int start = doc.token(c.firstToken()).start();
            int end = doc.token(c.endToken() - 1).end();
            return new Phrase(doc.text().substring(start, end), new Span(start, end));
        });
    }

    private static String joined(String text, List<Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(text, s.start(), s.end());
        }
        return b.toString();
    }
}
