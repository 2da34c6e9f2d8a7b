package org.quoteattribution.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.quoteattribution.Span;
import org.quoteattribution.internal.Pipeline;
import org.quoteattribution.internal.assembly.DraftQuote;
import org.quoteattribution.internal.assembly.QuoteAssembler;
import org.quoteattribution.internal.assembly.QuoteClassifier;
import org.quoteattribution.internal.assembly.QuoteFeatures;
import org.quoteattribution.internal.marks.QuotedRegions;
import org.quoteattribution.internal.models.NlpModels;
import org.quoteattribution.internal.speakers.MentionFinder;

/**
 * Trains the quote classifier ({@code models/quote-classifier.bin}) on PolNeAR's train split: every candidate quote
 * the assembler proposes is an example, positive when a hand-annotated attribution has the same cue and content that
 * the scorer would match (token F1 of at least 0.5). Usage:
 *
 * <pre>
 * java -cp target/quote-attribution-VERSION-cli.jar org.quoteattribution.training.TrainQuoteClassifier \
 *     ../shared/data/polnear/train models/quote-classifier.bin [../shared/data/polnear/dev]
 * </pre>
 *
 * The optional third argument is a split to report the classifier's precision and recall on; it is never trained on.
 */
public final class TrainQuoteClassifier {

    private static final int ITERATIONS = 300;
    private static final int CUTOFF = 2;

    private TrainQuoteClassifier() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TrainQuoteClassifier TRAIN_SPLIT MODEL_OUT [EVAL_SPLIT]");
            System.exit(2);
        }
        Pipeline pipeline = new Pipeline(NlpModels.fromClasspath(), true);
        QuoteAssembler assembler = new QuoteAssembler(new MentionFinder(), QuoteClassifier.keepAll());
        List<Event> events = events(pipeline, assembler, PolnearCorpus.read(Path.of(args[0])));
        long positives = events.stream().filter(e -> e.getOutcome().equals(QuoteClassifier.YES)).count();
        System.out.printf(Locale.ROOT, "train: %d candidates, %d positive%n", events.size(), positives);
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        MaxentModel model = trainer.train(ObjectStreamUtils.createObjectStream(events));
        Path out = Path.of(args[1]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        new GenericModelWriter((AbstractModel) model, out.toFile()).persist();
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
        if (args.length > 2) {
            report(model, events(pipeline, assembler, PolnearCorpus.read(Path.of(args[2]))));
        }
    }

    static List<Event> events(Pipeline pipeline, QuoteAssembler assembler, List<PolnearCorpus.Article> articles) {
        List<Event> events = new ArrayList<>();
        for (PolnearCorpus.Article article : articles) {
            Pipeline.Prepared p = pipeline.prepare(article.text());
            QuotedRegions quoted = new QuotedRegions(p.quotations());
            TokenOverlap overlap = new TokenOverlap(article.text());
            List<BitSet> goldContent = new ArrayList<>();
            List<BitSet> goldCue = new ArrayList<>();
            for (GoldAttribution g : article.attributions()) {
                goldContent.add(overlap.tokens(g.content()));
                goldCue.add(overlap.tokens(g.cue()));
            }
            for (DraftQuote d : assembler.candidates(p.doc(), p.tags(), p.quotations(), p.cues())) {
                BitSet content = overlap.tokens(d.spans());
                BitSet cue = d.cue().map(c -> overlap.tokens(List.of(new Span(p.doc().token(c.firstToken()).start(),
                        p.doc().token(c.endToken() - 1).end())))).orElse(new BitSet());
                boolean positive = false;
                for (int i = 0; i < goldContent.size() && !positive; i++) {
                    positive = TokenOverlap.f1(goldContent.get(i), content) >= 0.5
                            && (cue.isEmpty() || goldCue.get(i).intersects(cue));
                }
                events.add(new Event(positive ? QuoteClassifier.YES : QuoteClassifier.NO,
                        QuoteFeatures.of(p.doc(), p.tags(), quoted, d)));
            }
        }
        return events;
    }

    private static void report(MaxentModel model, List<Event> events) {
        for (double threshold : new double[] {0.3, 0.4, 0.5, 0.6, 0.7}) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Event e : events) {
                double p = model.eval(e.getContext())[model.getIndex(QuoteClassifier.YES)];
                boolean gold = e.getOutcome().equals(QuoteClassifier.YES);
                if (p >= threshold && gold) {
                    tp++;
                } else if (p >= threshold) {
                    fp++;
                } else if (gold) {
                    fn++;
                }
            }
            System.out.printf(Locale.ROOT, "threshold %.1f: candidates kept P %.3f R %.3f (tp %d fp %d fn %d)%n",
                    threshold, tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn), tp, fp, fn);
        }
    }
}
