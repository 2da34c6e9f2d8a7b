package org.quoteattribution.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.quoteattribution.QuoteType;
import org.quoteattribution.Span;
import org.quoteattribution.internal.assembly.DraftQuote;
import org.quoteattribution.internal.assembly.QuoteClassifier;
import org.quoteattribution.internal.cues.CueEntry;
import org.quoteattribution.internal.cues.CueLexicon;
import org.quoteattribution.internal.entities.NameFinderTokens;
import org.quoteattribution.internal.models.NlpModels;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.DocumentReader;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * The seam between the library and the trainers in {@code src/training}: everything they read of the library's
 * internals goes through this class (and, for the name finder's own feature classes that OpenNLP loads by name,
 * {@code internal.models}). It shows the models' inputs exactly as the library computes them at run time, so that
 * training and analysis can never drift apart: the candidate quotes with the quote classifier's features, and the
 * sentences and tokens the name finder is given. Like all of {@code internal}, it carries no compatibility promise.
 *
 * <pre>{@code
 * TrainingView view = TrainingView.withAllModels();
 * for (TrainingView.Candidate c : view.candidates(articleText)) {
 *     events.add(new Event(isGold(c) ? TrainingView.QUOTE : TrainingView.NOT_QUOTE, c.features()));
 * }
 * }</pre>
 *
 * <p>Thread-safe: an instance holds only the loaded models and immutable stages.
 */
public final class TrainingView {

    /** The file name of the name-finder model the library loads. */
    public static final String NAME_FINDER_MODEL = NlpModels.NAME_FINDER;
    /** The file name of the quote classifier's model. */
    public static final String QUOTE_CLASSIFIER_MODEL = QuoteClassifier.MODEL;
    /** The file name of the quote classifier's thresholds, which stands next to its model. */
    public static final String QUOTE_CLASSIFIER_SETTINGS = QuoteClassifier.SETTINGS;
    /** The classifier's outcome for a real quote. */
    public static final String QUOTE = QuoteClassifier.YES;
    /** The classifier's outcome for a candidate that is no quote. */
    public static final String NOT_QUOTE = QuoteClassifier.NO;

    /**
     * One candidate quote before the classifier weighs it.
     *
     * @param type     direct, mixed or indirect
     * @param spans    the content's pieces
     * @param cue      where the cue stands, if the candidate has one; candidates of one cue are alternatives
     * @param speaker  where the words naming the speaker stand, if any
     * @param pattern  how the candidate was recognised (for error analysis)
     * @param features what the quote classifier weighs
     * @param saidOrWritten whether the candidate is kept when only speech and writing are asked for
     */
    public record Candidate(QuoteType type, List<Span> spans, Optional<Span> cue, Optional<Span> speaker,
            String pattern, List<String> features, boolean saidOrWritten) {

        public Candidate {
            spans = List.copyOf(spans);
            features = List.copyOf(features);
        }

        /** Where the content starts. */
        public int start() {
            return spans.get(0).start();
        }

        /** Where the content ends. */
        public int end() {
            return spans.get(spans.size() - 1).end();
        }
    }

    /**
     * A token as the library cuts the text: its characters and the form the name finder is given.
     *
     * @param start          where it starts in the text
     * @param end            where it ends
     * @param nameFinderForm the token as the name-finder model sees it
     */
    public record Word(int start, int end, String nameFinderForm) {
    }

    private final CueLexicon cues = CueLexicon.load();
    private final DocumentReader reader;
    private final Pipeline pipeline;
    private final QuoteClassifier classifier;

    private TrainingView(DocumentReader reader, Pipeline pipeline, QuoteClassifier classifier) {
        this.reader = reader;
        this.pipeline = pipeline;
        this.classifier = classifier;
    }

    /**
     * Only the sentence detector and the tokenizer, for training the name finder (whose own model need not exist
     * yet). {@link #candidates} and {@link #score} are not available on such a view.
     */
    public static TrainingView withTokenizerOnly() {
        NlpModels.ModelLocation models = NlpModels.ModelLocation.classpath();
        return new TrainingView(new DocumentReader(models.load(NlpModels.SENTENCE, SentenceModel::new),
                models.load(NlpModels.TOKENS, TokenizerModel::new)), null, null);
    }

    /** Every model from the class path, beliefs included, as the classifier is trained. */
    public static TrainingView withAllModels() {
        NlpModels models = NlpModels.fromClasspath();
        return new TrainingView(new DocumentReader(models.sentenceModel(), models.tokenizerModel()),
                new Pipeline(models, true), QuoteClassifier.load(models.location()));
    }

    /** The sentences of a text as the library reads it, each a list of its tokens. */
    public List<List<Word>> sentences(String text) {
        Document doc = reader.read(text);
        List<List<Word>> sentences = new ArrayList<>(doc.sentences().size());
        for (Sentence sentence : doc.sentences()) {
            List<Word> words = new ArrayList<>(sentence.tokenCount());
            for (Token t : doc.tokensOf(sentence)) {
                words.add(new Word(t.start(), t.end(), NameFinderTokens.of(t.text())));
            }
            sentences.add(List.copyOf(words));
        }
        return List.copyOf(sentences);
    }

    /** A token's text as the name-finder model sees it. */
    public static String nameFinderForm(String tokenText) {
        return NameFinderTokens.of(tokenText);
    }

    /** Every candidate quote of a text, in text order, before the classifier weighs them. */
    public List<Candidate> candidates(String text) {
        return requireAllModels().candidatesForTraining(text).stream().map(c -> candidate(c.doc(), c.draft(),
                c.features(), c.saidOrWritten())).toList();
    }

    /**
     * Whether an annotated cue is of speech or writing as the library's cue lexicon reads it ("said", "told
     * reporters", "according to", "in a statement"), not of a belief, a finding or a deed: the attributions that
     * count as quotes when beliefs are left out.
     */
    public boolean isSpeechCue(String cueText) {
        String lower = cueText.toLowerCase(Locale.ROOT).strip();
        for (int p = 0; p < cues.phraseCount(); p++) {
            String phrase = String.join(" ", cues.phraseWords(p));
            boolean words = phrase.chars().anyMatch(Character::isLetter);
            if (cues.phrase(p).kind().reportsWords() && (words ? (" " + lower + " ").contains(" " + phrase + " ")
                    : lower.equals(phrase))) {
                return true;
            }
        }
        for (String w : lower.split("[^\\p{L}'-]+")) {
            Optional<CueEntry> entry = cues.lemmaOfForm(w).flatMap(cues::verb).or(() -> cues.verb(w))
                    .or(() -> cues.noun(w));
            if (entry.map(e -> e.kind().reportsWords()).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    /** The shipped classifier's probability that a candidate with these features is a quote. */
    public double score(List<String> features) {
        requireAllModels();
        return classifier.score(features.toArray(new String[0]));
    }

    private Pipeline requireAllModels() {
        if (pipeline == null) {
            throw new IllegalStateException("this view has only the tokenizer; use TrainingView.withAllModels()");
        }
        return pipeline;
    }

    private static Candidate candidate(Document doc, DraftQuote d, String[] features, boolean saidOrWritten) {
        Optional<Span> cue = d.cue().map(c -> new Span(doc.token(c.firstToken()).start(),
                doc.token(c.endToken() - 1).end()));
        Optional<Span> speaker = d.mention().map(m -> new Span(doc.token(m.firstToken()).start(),
                doc.token(m.endToken() - 1).end()));
        return new Candidate(d.type(), d.spans(), cue, speaker, d.how().name(), List.of(features), saidOrWritten);
    }
}
