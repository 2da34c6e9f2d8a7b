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
        List<PolnearCorpus.Article> articles = PolnearCorpus.read(Path.of(args[0]));
        // the threshold is chosen on a tenth of the train split held out from a first model
        List<PolnearCorpus.Article> fit = new ArrayList<>();
        List<PolnearCorpus.Article> heldOut = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            (i % 10 == 9 ? heldOut : fit).add(articles.get(i));
        }
        Examples heldOutExamples = examples(pipeline, assembler, heldOut);
        Examples fitExamples = examples(pipeline, assembler, fit);
        double threshold = bestThreshold(train(fitExamples.events()), heldOutExamples);
        Examples all = fitExamples.plus(heldOutExamples);
        long positives = all.events().stream().filter(e -> e.getOutcome().equals(QuoteClassifier.YES)).count();
        System.out.printf(Locale.ROOT, "train: %d candidates, %d positive, %d attributions; threshold %.2f%n",
                all.events().size(), positives, all.goldCount(), threshold);
        MaxentModel model = train(all.events());
        Path out = Path.of(args[1]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        new GenericModelWriter((AbstractModel) model, out.toFile()).persist();
        Files.writeString(out.resolveSibling(QuoteClassifier.SETTINGS),
                "# written by TrainQuoteClassifier: the score below which a candidate is dropped\n"
                        + String.format(Locale.ROOT, "threshold=%.2f%n", threshold));
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
        if (args.length > 2) {
            Examples eval = examples(pipeline, assembler, PolnearCorpus.read(Path.of(args[2])));
            for (double t = 0.2; t < 0.75; t += 0.1) {
                System.out.println("eval " + eval.measure(model, t));
            }
        }
    }

    private static MaxentModel train(List<Event> events) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    /** The threshold that gives the best attribution-level F1 on held-out articles. */
    private static double bestThreshold(MaxentModel model, Examples heldOut) {
        double best = 0.5;
        double bestF1 = -1;
        for (int step = 10; step <= 80; step += 5) {
            double t = step / 100.0;
            Examples.Figures f = heldOut.measure(model, t);
            System.out.println("held out " + f);
            if (f.f1() > bestF1) {
                bestF1 = f.f1();
                best = t;
            }
        }
        return best;
    }

    static Examples examples(Pipeline pipeline, QuoteAssembler assembler, List<PolnearCorpus.Article> articles) {
        List<Event> events = new ArrayList<>();
        List<Integer> cueOf = new ArrayList<>();
        int gold = 0;
        int cueIds = 0;
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
            gold += goldContent.size();
            java.util.Map<Integer, Integer> ids = new java.util.HashMap<>();
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
                int key = d.cue().map(c -> c.firstToken()).orElse(-1 - events.size());
                final int next = cueIds;
                Integer id = ids.computeIfAbsent(key, k -> next);
                if (id == next) {
                    cueIds++;
                }
                cueOf.add(id);
            }
        }
        return new Examples(events, cueOf, gold);
    }

    /** Labelled candidates, which cue each came from (alternatives share one), and how many attributions exist. */
    record Examples(List<Event> events, List<Integer> cueOf, int goldCount) {

        record Figures(double threshold, int kept, int right, int gold) {
            double precision() {
                return kept == 0 ? 0 : right / (double) kept;
            }

            double recall() {
                return gold == 0 ? 0 : right / (double) gold;
            }

            double f1() {
                double p = precision();
                double r = recall();
                return p + r == 0 ? 0 : 2 * p * r / (p + r);
            }

            @Override
            public String toString() {
                return String.format(Locale.ROOT, "threshold %.2f: kept %d, right %d of %d attributions: P %.3f R %.3f "
                        + "F1 %.3f", threshold, kept, right, gold, precision(), recall(), f1());
            }
        }

        Examples plus(Examples other) {
            List<Event> allEvents = new ArrayList<>(events);
            allEvents.addAll(other.events);
            int offset = cueOf.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            List<Integer> allCues = new ArrayList<>(cueOf);
            other.cueOf.forEach(c -> allCues.add(c + offset));
            return new Examples(allEvents, allCues, goldCount + other.goldCount);
        }

        /** Content matches as the scorer counts them, keeping the best alternative per cue as analysis does. */
        Figures measure(MaxentModel model, double threshold) {
            java.util.Map<Integer, double[]> best = new java.util.HashMap<>();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                double p = model.eval(e.getContext())[model.getIndex(QuoteClassifier.YES)];
                if (p < threshold) {
                    continue;
                }
                double right = e.getOutcome().equals(QuoteClassifier.YES) ? 1 : 0;
                best.merge(cueOf.get(i), new double[] {p, right}, (a, b) -> a[0] >= b[0] ? a : b);
            }
            int right = 0;
            for (double[] v : best.values()) {
                right += (int) v[1];
            }
            return new Figures(threshold, best.size(), right, goldCount);
        }
    }
}
