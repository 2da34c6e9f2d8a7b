package org.quoteattribution.internal.assembly;

import java.io.DataInputStream;
import java.util.Optional;
import java.util.Properties;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.quoteattribution.ModelLoadingException;
import org.quoteattribution.internal.models.NlpModels;

/**
 * Decides whether a candidate quote is one a reader would list, with a maximum-entropy model trained on PolNeAR's
 * train split ({@code models/quote-classifier.bin}; see {@code models/README.md}). Without the model every
 * candidate is kept with a fixed score. The model is read-only after loading and safe to share between threads.
 */
public final class QuoteClassifier {

    public static final String MODEL = "quote-classifier.bin";
    /** The threshold chosen when the model was trained, as {@code threshold=0.40}. */
    public static final String SETTINGS = "quote-classifier.properties";
    public static final String YES = "quote";
    public static final String NO = "other";

    private final MaxentModel model;
    private final double threshold;

    private QuoteClassifier(MaxentModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    /** Loads the model and its threshold; without a model, every candidate is kept. */
    public static QuoteClassifier load(NlpModels.ModelLocation location) {
        Optional<MaxentModel> model = location.loadOptional(MODEL,
                in -> new GenericModelReader(new BinaryFileDataReader(new DataInputStream(in))).getModel());
        if (model.isEmpty()) {
            return keepAll();
        }
        Properties settings = location.loadOptional(SETTINGS, in -> {
            Properties p = new Properties();
            p.load(in);
            return p;
        }).orElseThrow(() -> new ModelLoadingException(SETTINGS, SETTINGS + " must stand next to " + MODEL, null));
        try {
            return new QuoteClassifier(model.get(), Double.parseDouble(settings.getProperty("threshold", "")));
        } catch (NumberFormatException e) {
            throw new ModelLoadingException(SETTINGS, SETTINGS + " has no valid threshold", e);
        }
    }

    /** A classifier that keeps everything, for training and for running without the model. */
    public static QuoteClassifier keepAll() {
        return new QuoteClassifier(null, 0);
    }

    public boolean isTrained() {
        return model != null;
    }

    /** The probability that the candidate is a real quote. */
    public double score(String[] features) {
        if (model == null) {
            return 0.8;
        }
        double[] outcomes = model.eval(features);
        return outcomes[model.getIndex(YES)];
    }

    public boolean accepts(double score) {
        return score >= threshold;
    }
}
