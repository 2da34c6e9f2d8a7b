package org.quoteattribution.internal.models;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Readers of the OpenNLP models that make sure their maximum-entropy part is a {@link CompactMaxentModel}. The
 * shipped models already arrive in that form, rewritten at build time by {@link CompactModelFiles}, and
 * {@link CompactMaxentModel#of} passes such a part on as it is; a model from a caller's folder, and the lemmatizer
 * (which OpenNLP can only read as its own kind), are swapped for their compact copy right after loading, and the
 * original's maps are then garbage. OpenNLP's components find that part by its entry in the model's artifact map and
 * only ask it to be a {@code MaxentModel}, so they work unchanged. The POS and tokenizer models are final classes:
 * the tagger takes the compact copy itself (see {@link NlpModels#posMaxent()}), and the tokenizer needs little of
 * its model once the reader remembers the words it has split.
 */
final class CompactModels {

    private static final String NAME_FINDER_ENTRY = "nameFinder.model";
    private static final String SENTENCE_ENTRY = "sent.model";
    private static final String LEMMATIZER_ENTRY = "lemmatizer.model";

    private CompactModels() {
    }

    static TokenNameFinderModel nameFinder(InputStream in) throws IOException {
        return new TokenNameFinderModel(in) {
            {
                compact(artifactMap, NAME_FINDER_ENTRY);
            }
        };
    }

    static SentenceModel sentences(InputStream in) throws IOException {
        return new SentenceModel(in) {
            {
                compact(artifactMap, SENTENCE_ENTRY);
            }
        };
    }

    static LemmatizerModel lemmatizer(InputStream in) throws IOException {
        return new LemmatizerModel(in) {
            {
                compact(artifactMap, LEMMATIZER_ENTRY);
            }
        };
    }

    private static void compact(Map<String, Object> artifacts, String entry) {
        CompactMaxentModel.of(artifacts.get(entry)).ifPresent(model -> artifacts.put(entry, model));
    }
}
