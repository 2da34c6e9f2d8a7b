package org.quoteattribution.training;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import org.quoteattribution.internal.TrainingView;

/**
 * Trains the name-finder model the library ships ({@value NameFinderTraining#MODEL_NAME}) from the shared data:
 *
 * <pre>
 * java -cp target/quote-attribution-1.0.0-training.jar org.quoteattribution.training.TrainNameFinder \
 *     ../shared/data/ner models/
 * </pre>
 *
 * It reads PolNeAR silver {@code train.txt} (placed back on the articles of {@code ../polnear/train/text} so the
 * library's tokenizer can cut them again) and nine tenths of wikigold, trains, measures on silver {@code dev.txt} and
 * the held-out tenth of wikigold, prints the figures and writes the model. {@code dev.txt} is only measured on.
 * Options (for experiments; the defaults are what ships) are listed by {@code --help}.
 */
public final class TrainNameFinder {

    private static final String USAGE = """
            usage: TrainNameFinder [options] NER_DATA_DIR OUTPUT_DIR
              NER_DATA_DIR  folder with polnear-silver/ and wikigold/ (e.g. ../shared/data/ner)
              OUTPUT_DIR    where %s is written (e.g. models/)
            options:
              --texts DIR       PolNeAR folder with train/text and dev/text (default NER_DATA_DIR/../polnear)
              --features FILE   feature generator descriptor (default: the shipped one; 'opennlp' for OpenNLP's)
              --param KEY=VALUE training parameter, repeatable (Algorithm, Iterations, Cutoff, ...)
              --codec bio|bilou name encoding (default %s)
              --clusters N,...  word-class granularities built from the training text (default %s; 'none')
              --cluster-window N  words either side that see a word's classes (default %s)
              --names SPEC      name list of the training labels as features: TYPES:MIN_COUNT:MIN_SHARE:WINDOW
                                (e.g. organization,person:2:0.5:1) or 'none' (default %s)
              --prior SPEC      shift the decoder toward name types (see models/README.md): 'auto' chooses the
                                factors on every 10th silver train document, held out from a first training
                                (default %s); TYPE=K[,TYPE=K] (e.g. organization=1.75) gives them; 'none'
              --prior-outcomes open|all  outcomes a given --prior shifts: those that open a name (-start, -unit)
                                or all of the type's (default %s; 'auto' chooses this too)
              --document-features on|off  article-level features as OpenNLP additional context
                                (DocumentFeatures; default %s); the library does not give them, so such a
                                model is for measuring only
              --held-out-model FILE  with --prior auto: tune on this held-out model if the file exists, else
                                write the held-out model there (saves its training when only the tuning changes)
              --model FILE      measure this model instead of training one (nothing is written)
              --no-wikigold     train on the silver data only
              --ptb             train and measure on the silver files as they are (PTB tokens), no retokenizing
              --no-write        measure only; do not write the model
            """;

    private TrainNameFinder() {
    }

    public static void main(String[] args) throws IOException {
        NameFinderTraining.Settings settings;
        try {
            settings = NameFinderTraining.Settings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.printf(USAGE, NameFinderTraining.MODEL_NAME, NameFinderTraining.DEFAULT_CODEC,
                    NameFinderTraining.DEFAULT_CLUSTERS, NameFinderTraining.DEFAULT_CLUSTER_WINDOW,
                    NameFinderTraining.DEFAULT_NAMES, NameFinderTraining.DEFAULT_PRIOR,
                    NameFinderTraining.DEFAULT_PRIOR_OUTCOMES, NameFinderTraining.DEFAULT_DOCUMENT_FEATURES ? "on" : "off");
            System.exit(2);
            return;
        }
        if (settings.help()) {
            System.out.printf(USAGE, NameFinderTraining.MODEL_NAME, NameFinderTraining.DEFAULT_CODEC,
                    NameFinderTraining.DEFAULT_CLUSTERS, NameFinderTraining.DEFAULT_CLUSTER_WINDOW,
                    NameFinderTraining.DEFAULT_NAMES, NameFinderTraining.DEFAULT_PRIOR,
                    NameFinderTraining.DEFAULT_PRIOR_OUTCOMES, NameFinderTraining.DEFAULT_DOCUMENT_FEATURES ? "on" : "off");
            return;
        }
        run(settings, System.out);
    }

    static void run(NameFinderTraining.Settings settings, PrintStream out) throws IOException {
        Path silver = settings.nerData().resolve("polnear-silver");
        long began = System.nanoTime();
        Samples samples = settings.ptb() ? Samples.ptb(silver) : Samples.retokenized(settings, silver, out);
        if (settings.documentFeatures()) {
            samples = samples.withDocumentFeatures();
        }
        out.printf(Locale.ROOT, "%d training sentences, read in %.1f s%n", samples.train().size(),
                (System.nanoTime() - began) / 1e9);

        PriorShift prior = settings.prior().equals("auto")
                ? PriorTuning.tune(heldOutModel(settings, samples.priorTrain(), out), samples.priorHeldOut(), out)
                : settings.priorShift();
        byte[] serialized;
        if (settings.model() != null) {
            serialized = Files.readAllBytes(settings.model());
            out.printf(Locale.ROOT, "measuring %s%n", settings.model());
        } else {
            out.println("\ntraining on all the training data");
            serialized = train(settings, samples.train(), out);
        }
        serialized = prior.apply(serialized);
        out.printf(Locale.ROOT, "prior shift: %s%n", prior.options());
        // Measured as written and read back, as the library will load it (and with no training-only resources).
        TokenNameFinderModel model = new TokenNameFinderModel(new ByteArrayInputStream(serialized));
        out.printf(Locale.ROOT, "model: %,d bytes%n", serialized.length);
        measure(settings, new NameFinderME(model), samples, silver, out);

        if (settings.write()) {
            Files.createDirectories(settings.output());
            Path file = settings.output().resolve(NameFinderTraining.MODEL_NAME);
            Files.write(file, serialized);
            out.printf(Locale.ROOT, "%nwrote %s (%,d bytes)%n", file, Files.size(file));
        }
    }

    /**
     * The sentences one run reads: to train on, to measure on, and (only with --prior auto) the training samples
     * without every tenth silver document with those documents, to tune the prior on.
     */
    private record Samples(List<NameSample> train, List<NameSample> dev, List<NameSample> wikigoldHeldOut,
            List<NameSample> priorTrain, List<NameSample> priorHeldOut) {

        /** The silver files as they are (PTB tokens), no retokenizing. */
        static Samples ptb(Path silver) throws IOException {
            List<NameSample> train = new ArrayList<>();
            SilverCorpus.readDocuments(silver.resolve("train.txt")).forEach(train::addAll);
            List<NameSample> dev = new ArrayList<>();
            SilverCorpus.readDocuments(silver.resolve("dev.txt")).forEach(dev::addAll);
            return new Samples(train, dev, List.of(), List.of(), List.of());
        }

        /** The silver data placed back on its articles and wikigold, cut into tokens as the library cuts them. */
        static Samples retokenized(NameFinderTraining.Settings settings, Path silver, PrintStream out)
                throws IOException {
            // Only the reader's models: the name finder this command makes need not exist yet.
            Retokenizer retokenizer = new Retokenizer(TrainingView.withTokenizerOnly());
            SilverCorpus silverTrain = new SilverCorpus();
            List<LabelledText> silverTexts = silverTrain.read(silver.resolve("train.txt"),
                    settings.texts().resolve("train").resolve("text"));
            List<NameSample> train = new ArrayList<>(retokenizer.samples(silverTexts));
            out.printf(Locale.ROOT, "silver train: %d documents, %d of %d tokens not found in the articles%n",
                    silverTexts.size(), silverTrain.unalignedTokens(), silverTrain.tokens());
            List<List<LabelledText>> wikigold = WikigoldCorpus.holdOut(
                    WikigoldCorpus.read(settings.nerData().resolve("wikigold").resolve("wikigold.conll.txt")), 10);
            List<NameSample> wikigoldTrain = settings.wikigold() ? retokenizer.samples(wikigold.get(0)) : List.of();
            train.addAll(wikigoldTrain);
            out.printf(Locale.ROOT, "training names kept %d, dropped %d (an edge inside a library token, or cut by "
                    + "a sentence end)%n", retokenizer.keptNames(), retokenizer.droppedNames());
            List<NameSample> priorTrain = new ArrayList<>();
            List<NameSample> priorHeldOut = List.of();
            if (settings.prior().equals("auto")) {
                List<List<LabelledText>> split = WikigoldCorpus.holdOut(silverTexts,
                        NameFinderTraining.PRIOR_HOLD_OUT_EVERY);
                priorTrain.addAll(retokenizer.samples(split.get(0)));
                priorTrain.addAll(wikigoldTrain);
                priorHeldOut = retokenizer.samples(split.get(1));
                out.printf(Locale.ROOT, "prior tuning: %d silver train documents held out (%d sentences)%n",
                        split.get(1).size(), priorHeldOut.size());
            }
            List<NameSample> dev = retokenizer.samples(new SilverCorpus().read(silver.resolve("dev.txt"),
                    settings.texts().resolve("dev").resolve("text")));
            List<NameSample> wikigoldHeldOut = retokenizer.samples(wikigold.get(1));
            out.printf(Locale.ROOT, "wikigold: %d documents for training, %d held out%n",
                    wikigold.get(0).size(), wikigold.get(1).size());
            return new Samples(train, dev, wikigoldHeldOut, priorTrain, priorHeldOut);
        }

        Samples withDocumentFeatures() {
            return new Samples(NameFinderTraining.withDocumentFeatures(train),
                    NameFinderTraining.withDocumentFeatures(dev), NameFinderTraining.withDocumentFeatures(wikigoldHeldOut),
                    NameFinderTraining.withDocumentFeatures(priorTrain),
                    NameFinderTraining.withDocumentFeatures(priorHeldOut));
        }
    }

    /** Prints the model's figures on silver dev and, with retokenized data, on PTB dev and held-out wikigold. */
    private static void measure(NameFinderTraining.Settings settings, NameFinderME finder, Samples samples,
            Path silver, PrintStream out) throws IOException {
        out.println("\nsilver dev, each sentence on its own (as EntityTagger tags):");
        out.print(NameFinderScores.measure(finder, samples.dev(), true).table());
        out.println("\nsilver dev, memory kept over each document:");
        out.print(NameFinderScores.measure(finder, samples.dev(), false).table());
        if (settings.ptb()) {
            return;
        }
        out.println("\nsilver dev as PTB tokens (the corpus's own tokens), each sentence on its own:");
        List<NameSample> ptbDev = new ArrayList<>();
        SilverCorpus.readDocuments(silver.resolve("dev.txt")).forEach(ptbDev::addAll);
        ptbDev = NameFinderTraining.normalized(ptbDev);
        if (settings.documentFeatures()) {
            ptbDev = NameFinderTraining.withDocumentFeatures(ptbDev);
        }
        out.print(NameFinderScores.measure(finder, ptbDev, true).table());
        out.println("\nwikigold held-out tenth, each sentence on its own:");
        out.print(NameFinderScores.measure(finder, samples.wikigoldHeldOut(), true).table());
        out.println("\nwikigold held-out tenth, memory kept over each document:");
        out.print(NameFinderScores.measure(finder, samples.wikigoldHeldOut(), false).table());
    }

    private static byte[] train(NameFinderTraining.Settings settings, List<NameSample> samples, PrintStream out)
            throws IOException {
        long began = System.nanoTime();
        TokenNameFinderModel trained = NameFinderME.train("en", null,
                ObjectStreamUtils.createObjectStream(samples), settings.parameters(),
                NameFinderTraining.factory(settings, samples, out));
        out.printf(Locale.ROOT, "trained in %.1f s with %s%n", (System.nanoTime() - began) / 1e9,
                settings.describe());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        trained.serialize(bytes);
        return bytes.toByteArray();
    }

    /** The model the prior is tuned with: trained without the held-out documents, or read from --held-out-model. */
    private static byte[] heldOutModel(NameFinderTraining.Settings settings, List<NameSample> samples, PrintStream out)
            throws IOException {
        Path file = settings.heldOutModel();
        if (file != null && Files.exists(file)) {
            out.printf(Locale.ROOT, "held-out model read from %s%n", file);
            return Files.readAllBytes(file);
        }
        out.println("\ntraining without the held-out documents");
        byte[] model = train(settings, samples, out);
        if (file != null) {
            Files.write(file, model);
            out.printf(Locale.ROOT, "wrote the held-out model to %s%n", file);
        }
        return model;
    }
}
