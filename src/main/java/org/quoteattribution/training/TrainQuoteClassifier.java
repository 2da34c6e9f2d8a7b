package org.quoteattribution.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.quoteattribution.internal.Pipeline;
import org.quoteattribution.internal.assembly.QuoteAssembler;
import org.quoteattribution.internal.assembly.QuoteClassifier;
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
        // the thresholds are chosen on a tenth of the train split held out from a first model
        List<PolnearCorpus.Article> fit = new ArrayList<>();
        List<PolnearCorpus.Article> heldOut = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            (i % 10 == 9 ? heldOut : fit).add(articles.get(i));
        }
        QuoteExamples heldOutExamples = QuoteExamples.of(pipeline, assembler, heldOut);
        QuoteExamples fitExamples = QuoteExamples.of(pipeline, assembler, fit);
        double[] thresholds = bestThresholds(train(fitExamples.events()), heldOutExamples);
        QuoteExamples all = fitExamples.plus(heldOutExamples);
        long positives = all.events().stream().filter(e -> e.getOutcome().equals(QuoteClassifier.YES)).count();
        System.out.printf(Locale.ROOT, "train: %d candidates, %d positive, %d attributions; thresholds %.2f/%.2f%n",
                all.events().size(), positives, all.goldCount(), thresholds[0], thresholds[1]);
        MaxentModel model = train(all.events());
        Path out = Path.of(args[1]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        new GenericModelWriter((AbstractModel) model, out.toFile()).persist();
        Files.writeString(out.resolveSibling(QuoteClassifier.SETTINGS), String.format(Locale.ROOT,
                "# written by TrainQuoteClassifier: candidates scored below their threshold are dropped%n"
                        + "# quoted: direct and mixed quotes; reported: indirect ones%n"
                        + "threshold.quoted=%.2f%nthreshold.reported=%.2f%n", thresholds[0], thresholds[1]));
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
        if (args.length > 2) {
            QuoteExamples eval = QuoteExamples.of(pipeline, assembler, PolnearCorpus.read(Path.of(args[2])));
            for (QuoteExamples.Figures f : eval.measure(model, thresholds[0], thresholds[1])) {
                System.out.println("eval " + f);
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

    /**
     * The thresholds with the best F1 on held-out articles: for quoted candidates, the F1 on attributions with
     * quotation marks; then for reported ones, the F1 on all attributions.
     */
    private static double[] bestThresholds(MaxentModel model, QuoteExamples heldOut) {
        double quoted = 0.5;
        double bestDirect = -1;
        for (int step = 2; step <= 90; step += 2) {
            double t = step / 100.0;
            QuoteExamples.Figures direct = heldOut.measure(model, t, 1.01)[1];
            if (direct.f1() > bestDirect) {
                bestDirect = direct.f1();
                quoted = t;
            }
        }
        double reported = 0.5;
        double bestAll = -1;
        for (int step = 2; step <= 90; step += 2) {
            double t = step / 100.0;
            QuoteExamples.Figures all = heldOut.measure(model, quoted, t)[0];
            if (all.f1() > bestAll) {
                bestAll = all.f1();
                reported = t;
            }
        }
        for (QuoteExamples.Figures f : heldOut.measure(model, quoted, reported)) {
            System.out.println("held out " + f);
        }
        return new double[] {quoted, reported};
    }
}
