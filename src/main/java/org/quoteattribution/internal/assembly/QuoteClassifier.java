package org.quoteattribution.internal.assembly;

import java.io.DataInputStream;
import java.util.Optional;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.quoteattribution.internal.models.NlpModels;

/**
 * Decides whether a candidate quote is one a reader would list, with a maximum-entropy model trained on PolNeAR's
 * train split ({@code models/quote-classifier.bin}; see {@code models/README.md}). Without the model every
 * candidate is kept with a fixed score. The model is read-only after loading and safe to share between threads.
 */
public final class QuoteClassifier {

    public static final String MODEL = "quote-classifier.bin";
    public static final String YES = "quote";
    public static final String NO = "other";

    private final MaxentModel model;
    private final double threshold;

    private QuoteClassifier(MaxentModel model, double threshold) {
        this.model = model;
        this.threshold = threshold;
    }

    public static QuoteClassifier load(NlpModels.ModelLocation location, double threshold) {
        Optional<MaxentModel> model = location.loadOptional(MODEL,
                in -> new GenericModelReader(new BinaryFileDataReader(new DataInputStream(in))).getModel());
        return new QuoteClassifier(model.orElse(null), threshold);
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
