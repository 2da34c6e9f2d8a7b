package org.quoteattribution.internal.assembly;

import java.io.DataInputStream;
import java.util.Optional;
import java.util.Properties;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.quoteattribution.ModelLoadingException;
import org.quoteattribution.QuoteType;
import org.quoteattribution.internal.models.NlpModels;

/**
 * Decides whether a candidate quote is one a reader would list, with a maximum-entropy model trained on PolNeAR's
 * train split ({@code models/quote-classifier.bin}; see {@code models/README.md}). Without the model every
 * candidate is kept with a fixed score. The model is read-only after loading and safe to share between threads.
 */
public final class QuoteClassifier {

    public static final String MODEL = "quote-classifier.bin";
    /**
     * The thresholds chosen when the model was trained: for quoted candidates, for reported ones, and for reported
     * ones when only speech and writing are asked for (optional; the reported threshold when absent).
     */
    public static final String SETTINGS = "quote-classifier.properties";
    public static final String YES = "quote";
    public static final String NO = "other";

    private final MaxentModel model;
    private final double quotedThreshold;
    private final double reportedThreshold;
    private final double reportedSpeechThreshold;

    private QuoteClassifier(MaxentModel model, double quotedThreshold, double reportedThreshold,
            double reportedSpeechThreshold) {
        this.model = model;
        this.quotedThreshold = quotedThreshold;
        this.reportedThreshold = reportedThreshold;
        this.reportedSpeechThreshold = reportedSpeechThreshold;
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
            String reported = settings.getProperty("threshold.reported", "");
            return new QuoteClassifier(model.get(), Double.parseDouble(settings.getProperty("threshold.quoted", "")),
                    Double.parseDouble(reported),
                    Double.parseDouble(settings.getProperty("threshold.reported.speech", reported)));
        } catch (NumberFormatException e) {
            throw new ModelLoadingException(SETTINGS, SETTINGS + " has no valid threshold.quoted and "
                    + "threshold.reported", e);
        }
    }

    /** A classifier that keeps everything, for training and for running without the model. */
    static QuoteClassifier keepAll() {
        return new QuoteClassifier(null, 0, 0, 0);
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

    /** Whether a candidate of this type with this score is kept. */
    public boolean accepts(QuoteType type, double score) {
        return score >= (type == QuoteType.INDIRECT ? reportedThreshold : quotedThreshold);
    }

    /**
     * Whether a quote of speech or writing with this score is kept when beliefs are left out. Reported speech has a
     * threshold of its own: with beliefs, findings and deeds out of the count, a doubtful candidate is more often
     * one of them, so the threshold that gives the best F1 on speech alone is higher.
     */
    public boolean acceptsAsSpeech(QuoteType type, double score) {
        return type != QuoteType.INDIRECT || score >= reportedSpeechThreshold;
    }
}
