package org.quoteattribution.internal.models;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.quoteattribution.ModelLoadingException;

/** How a model that cannot be read is reported. */
class ModelLocationTest {

    /** A model on the class path, so that its reader is called. */
    private static final String MODEL = "quote-classifier.bin";

    @Test
    void aModelClassThatCouldNotBeSetUpIsAModelLoadingErrorNamingTheModelAndTheHeap() {
        ModelLoadingException e = assertThrows(ModelLoadingException.class, () -> NlpModels.ModelLocation.classpath()
                .loadOptional(MODEL, in -> {
                    throw new NoClassDefFoundError("Could not initialize class opennlp.tools.ml.maxent.GISModel");
                }));
        assertTrue(e.getMessage().contains(MODEL) && e.getMessage().contains("-Xmx"),
                e.getMessage());
    }

    @Test
    void aHeapExhaustedInsideAReaderThatWrapsItSaysTheModelDoesNotFit() {
        ModelLoadingException e = assertThrows(ModelLoadingException.class, () -> NlpModels.ModelLocation.classpath()
                .loadOptional(MODEL, in -> {
                    throw new IllegalStateException(new OutOfMemoryError("Java heap space"));
                }));
        assertTrue(e.getMessage().contains("does not fit in the heap") && e.getMessage().contains("-Xmx"),
                e.getMessage());
    }
}
