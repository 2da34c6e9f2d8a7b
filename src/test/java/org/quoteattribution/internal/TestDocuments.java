package org.quoteattribution.internal;

import org.quoteattribution.internal.models.NlpModels;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.DocumentReader;

/** Models and readers shared by the stage tests (loading models is slow). */
public final class TestDocuments {

    public static final NlpModels MODELS = NlpModels.fromClasspath();
    private static final DocumentReader READER = new DocumentReader(MODELS.sentenceModel(), MODELS.tokenizerModel());

    private TestDocuments() {
    }

    public static Document read(String text) {
        return READER.read(text);
    }
}
