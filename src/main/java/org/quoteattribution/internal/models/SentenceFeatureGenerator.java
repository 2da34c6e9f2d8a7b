package org.quoteattribution.internal.models;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * A feature generator whose features come from the whole sentence at once. The name finder asks for every token of
 * the same array in turn, so the features are computed once per sentence and handed out token by token. Each name
 * finder makes its own generators, so the cache is never shared between threads.
 */
abstract class SentenceFeatureGenerator implements AdaptiveFeatureGenerator {

    private String[] sentence;
    private List<List<String>> featuresOfToken;

    @Override
    public final void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != sentence) {
            sentence = tokens;
            featuresOfToken = featuresOf(tokens);
        }
        features.addAll(featuresOfToken.get(index));
    }

    /** The features of each token of the sentence, in token order. */
    abstract List<List<String>> featuresOf(String[] tokens);
}
