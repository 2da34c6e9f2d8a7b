package org.quoteattribution.internal.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.quoteattribution.ModelLoadingException;

class NameFinderModelLoadingTest {

    private static final String SHIPPED = "/" + NlpModels.PROJECT_MODELS + NlpModels.NAME_FINDER;

    @Test
    void theShippedModelLoadsFromTheClassPathWithAllFourTypes(TestReporter reporter) {
        long began = System.nanoTime();
        TokenNameFinderModel model = NlpModels.ModelLocation.classpath()
                .load(NlpModels.NAME_FINDER, TokenNameFinderModel::new);
        // Reported, not asserted: wall-clock limits fail on a busy machine. The model card gives the measured time.
        // Surefire shows neither JUnit report entries nor the (absent) SLF4J binding's output, so it is printed too.
        long millis = (System.nanoTime() - began) / 1_000_000;
        reporter.publishEntry("name finder load ms", String.valueOf(millis));
        System.out.println("name finder " + NlpModels.NAME_FINDER + " loaded in " + millis + " ms");
        String[] outcomes = new String[model.getNameFinderSequenceModel().getOutcomes().length];
        System.arraycopy(model.getNameFinderSequenceModel().getOutcomes(), 0, outcomes, 0, outcomes.length);
        for (String type : new String[] {"person", "organization", "location", "misc"}) {
            assertTrue(Arrays.stream(outcomes).anyMatch(o -> o.startsWith(type + "-")), type);
        }
    }

    @Test
    void nlpModelsLoadsTheNameFinderWithTheOthers() {
        assertNotNull(NlpModels.fromClasspath().nameFinderModel());
    }

    @Test
    void loadsFromAGivenModelsFolder(@TempDir Path folder) throws IOException {
        copyShippedModelTo(folder.resolve(NlpModels.NAME_FINDER));
        assertNotNull(NlpModels.fromDirectory(folder).nameFinderModel());
    }

    @Test
    void aCorruptModelInTheFolderFailsNamingItEvenThoughTheClassPathHasAGoodOne(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(NlpModels.NAME_FINDER), "not a model");
        ModelLoadingException e = assertThrows(ModelLoadingException.class,
                () -> NlpModels.ModelLocation.directory(folder).load(NlpModels.NAME_FINDER, TokenNameFinderModel::new));
        assertEquals(NlpModels.NAME_FINDER, e.modelName());
        assertTrue(e.getMessage().contains(NlpModels.NAME_FINDER), e.getMessage());
    }

    @Test
    void aMissingModelFailsNamingIt(@TempDir Path folder) {
        String name = "en-ner-not-there.bin";
        ModelLoadingException e = assertThrows(ModelLoadingException.class,
                () -> NlpModels.ModelLocation.directory(folder).load(name, TokenNameFinderModel::new));
        assertEquals(name, e.modelName());
        assertTrue(e.getMessage().contains(name), e.getMessage());
    }

    private static void copyShippedModelTo(Path target) throws IOException {
        try (InputStream in = NameFinderModelLoadingTest.class.getResourceAsStream(SHIPPED)) {
            assertNotNull(in, SHIPPED + " is not on the class path");
            Files.copy(in, target);
        }
    }
}
