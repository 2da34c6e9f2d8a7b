package org.quoteattribution.internal.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.quoteattribution.ModelLoadingException;

class NameFinderModelLoadingTest {

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
    void loadsFromAGivenModelsFolder(@TempDir Path folder) throws IOException {
        // a name finder that knows persons only, unlike the shipped one (all four types): the folder's is the one used
        try (OutputStream out = Files.newOutputStream(folder.resolve(NlpModels.NAME_FINDER))) {
            personsOnlyNameFinder().serialize(out);
        }
        NlpModels models = NlpModels.fromDirectory(folder);
        assertEquals(Set.of("person-start", "person-cont", "other"), outcomes(models.nameFinderModel()));
        // the models the folder does not hold still come from the class path
        assertNotNull(models.sentenceModel());
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

    /** A name finder trained here, in a moment, on a few sentences that name persons and nothing else. */
    private static TokenNameFinderModel personsOnlyNameFinder() throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (String name : new String[] {"Sergei Lavrov", "Marco Rubio", "Ana Ruiz", "Dana Okafor"}) {
            String[] words = (name + " said the talks would go on .").split(" ");
            samples.add(new NameSample(words, new Span[] {new Span(0, 2, "person")}, true));
        }
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ITERATIONS_PARAM, 5);
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params,
                new TokenNameFinderFactory());
    }

    private static Set<String> outcomes(TokenNameFinderModel model) {
        return Set.of(model.getNameFinderSequenceModel().getOutcomes());
    }
}
