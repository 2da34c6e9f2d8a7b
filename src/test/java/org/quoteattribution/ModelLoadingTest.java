package org.quoteattribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteattribution.internal.TestDocuments;
import org.quoteattribution.internal.models.NlpModels;

/** A model that cannot be had fails with an exception that says which model and where it was looked for. */
class ModelLoadingTest {

    @TempDir
    Path dir;

    @Test
    void missingModelIsNamedWithThePlacesItWasLookedFor() {
        ModelLoadingException e = assertThrows(ModelLoadingException.class,
                () -> TestDocuments.MODELS.location().load("no-such-model.bin", SentenceModel::new));
        assertEquals("no-such-model.bin", e.modelName());
        assertTrue(e.getMessage().contains("no-such-model.bin") && e.getMessage().contains("class path"),
                e.getMessage());
    }

    /** Writes a corrupt {@code model} into the folder and returns the failure of building an attributor on it. */
    private ModelLoadingException buildingWithCorrupt(String model) throws IOException {
        Files.writeString(dir.resolve(model), "not a model");
        return assertThrows(ModelLoadingException.class, () -> QuoteAttributor.builder().modelsDirectory(dir).build());
    }

    @Test
    void corruptModelInAFolderIsNamedWithTheFolder() throws IOException {
        ModelLoadingException e = buildingWithCorrupt(NlpModels.SENTENCE);
        assertEquals(NlpModels.SENTENCE, e.modelName());
        assertTrue(e.getMessage().contains(NlpModels.SENTENCE) && e.getMessage().contains(dir.toString()),
                e.getMessage());
    }

    @Test
    void corruptLemmatizerInAFolderFailsAtStartUpThoughTheShippedOneIsReadOnFirstUse() throws IOException {
        ModelLoadingException e = buildingWithCorrupt(NlpModels.LEMMAS);
        assertEquals(NlpModels.LEMMAS, e.modelName());
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }

    @Test
    void modelsFolderThatDoesNotExistFailsRatherThanFallingBackSilently() {
        Path missing = dir.resolve("no-such-folder");
        ModelLoadingException e = assertThrows(ModelLoadingException.class,
                () -> QuoteAttributor.builder().modelsDirectory(missing).build());
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void nullModelsFolderIsRejectedNamingTheArgument() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> QuoteAttributor.builder().modelsDirectory(null));
        assertEquals("directory", e.getMessage());
    }
}
