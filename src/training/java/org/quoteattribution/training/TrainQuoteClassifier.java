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
import org.quoteattribution.internal.TrainingView;

/**
 * Trains the quote classifier ({@code models/quote-classifier.bin}) on PolNeAR's train split: every candidate quote
 * the assembler proposes is an example, positive when a hand-annotated attribution has the same cue and content that
 * the scorer would match (token F1 of at least 0.5). Usage:
 *
 * <pre>
 * java -cp target/quote-attribution-VERSION-training.jar org.quoteattribution.training.TrainQuoteClassifier \
 *     ../shared/data/polnear/train models/quote-classifier.bin [../shared/data/polnear/dev]
 * </pre>
 *
 * Thresholds are chosen by five-fold cross-validation over the train split. The optional third argument is a split to report the classifier's precision and recall on; it is never trained on.
 */
public final class TrainQuoteClassifier {

    private static final int ITERATIONS = 300;
    private static final int CUTOFF = 2;
    private static final int FOLDS = 5;

    private TrainQuoteClassifier() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: TrainQuoteClassifier TRAIN_SPLIT MODEL_OUT [EVAL_SPLIT]");
            System.exit(2);
        }
        TrainingView library = TrainingView.withAllModels();
        List<PolnearCorpus.Article> articles = PolnearCorpus.read(Path.of(args[0]));
        // the thresholds are chosen by cross-validation over the train split: each fold is scored by a model trained
        // on the others, and the figures of all folds are added up
        List<QuoteExamples> folds = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            List<PolnearCorpus.Article> part = new ArrayList<>();
            for (int i = f; i < articles.size(); i += FOLDS) {
                part.add(articles.get(i));
            }
            folds.add(QuoteExamples.of(library, part));
        }
        List<MaxentModel> foldModels = new ArrayList<>();
        for (int f = 0; f < FOLDS; f++) {
            List<Event> rest = new ArrayList<>();
            for (int g = 0; g < FOLDS; g++) {
                if (g != f) {
                    rest.addAll(folds.get(g).events());
                }
            }
            foldModels.add(train(rest));
        }
        double[] thresholds = bestThresholds(foldModels, folds);
        QuoteExamples all = folds.get(0);
        for (int f = 1; f < FOLDS; f++) {
            all = all.plus(folds.get(f));
        }
        long positives = all.events().stream().filter(e -> e.getOutcome().equals(TrainingView.QUOTE)).count();
        System.out.printf(Locale.ROOT, "train: %d candidates, %d positive, %d attributions; thresholds %.2f/%.2f%n",
                all.events().size(), positives, all.goldCount(), thresholds[0], thresholds[1]);
        MaxentModel model = train(all.events());
        Path out = Path.of(args[1]);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        new GenericModelWriter((AbstractModel) model, out.toFile()).persist();
        Files.writeString(out.resolveSibling(TrainingView.QUOTE_CLASSIFIER_SETTINGS), String.format(Locale.ROOT,
                "# written by TrainQuoteClassifier: candidates scored below their threshold are dropped%n"
                        + "# quoted: direct and mixed quotes; reported: indirect ones; reported.speech: indirect ones%n"
                        + "# when beliefs are left out (best cross-validated F1 on attributions of speech alone)%n"
                        + "threshold.quoted=%.2f%nthreshold.reported=%.2f%nthreshold.reported.speech=%.2f%n",
                thresholds[0], thresholds[1], thresholds[2]));
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
        if (args.length > 2) {
            QuoteExamples eval = QuoteExamples.of(library, PolnearCorpus.read(Path.of(args[2])));
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
     * The thresholds with the best cross-validated F1: for quoted candidates, the F1 on attributions with quotation
     * marks; then for reported ones, the F1 on all attributions.
     */
    private static double[] bestThresholds(List<MaxentModel> models, List<QuoteExamples> folds) {
        double quoted = 0.5;
        double bestDirect = -1;
        for (int step = 2; step <= 90; step += 2) {
            double t = step / 100.0;
            double f1 = summed(models, folds, t, 1.01)[1].f1();
            if (f1 > bestDirect) {
                bestDirect = f1;
                quoted = t;
            }
        }
        double reported = 0.5;
        double bestAll = -1;
        for (int step = 2; step <= 90; step += 2) {
            double t = step / 100.0;
            double f1 = summed(models, folds, quoted, t)[0].f1();
            if (f1 > bestAll) {
                bestAll = f1;
                reported = t;
            }
        }
        double reportedSpeech = reported;
        double bestSpeech = -1;
        for (int step = Math.round((float) (reported * 100)); step <= 90; step += 2) {
            double t = step / 100.0;
            double f1 = summedSpeech(models, folds, quoted, reported, t).f1();
            if (f1 > bestSpeech) {
                bestSpeech = f1;
                reportedSpeech = t;
            }
        }
        for (QuoteExamples.Figures f : summed(models, folds, quoted, reported)) {
            System.out.println("cross-validated " + f);
        }
        System.out.println("cross-validated " + summedSpeech(models, folds, quoted, reported, reported));
        System.out.println("cross-validated " + summedSpeech(models, folds, quoted, reported, reportedSpeech));
        return new double[] {quoted, reported, reportedSpeech};
    }

    /** Speech alone, each fold measured with its own model, the counts added up. */
    private static QuoteExamples.Figures summedSpeech(List<MaxentModel> models, List<QuoteExamples> folds,
            double quoted, double reported, double reportedSpeech) {
        QuoteExamples.Figures sum = null;
        for (int f = 0; f < folds.size(); f++) {
            QuoteExamples.Figures one = folds.get(f).measureSpeech(models.get(f), quoted, reported, reportedSpeech);
            sum = sum == null ? one : sum.plus(one);
        }
        return sum;
    }

    /** Each fold measured with its own model, the counts added up. */
    private static QuoteExamples.Figures[] summed(List<MaxentModel> models, List<QuoteExamples> folds, double quoted,
            double reported) {
        QuoteExamples.Figures[] sum = null;
        for (int f = 0; f < folds.size(); f++) {
            QuoteExamples.Figures[] one = folds.get(f).measure(models.get(f), quoted, reported);
            sum = sum == null ? one : new QuoteExamples.Figures[] {sum[0].plus(one[0]), sum[1].plus(one[1])};
        }
        return sum;
    }
}
