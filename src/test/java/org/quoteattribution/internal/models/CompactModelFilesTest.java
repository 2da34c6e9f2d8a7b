package org.quoteattribution.internal.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.Test;

class CompactModelFilesTest {

    private static final String[] WORDS = {"\"", "We", "will", "not", "back", "down", ",", "\"", "Wild", "coach",
            "Bruce", "Boudreau", "told", "The", "Globe", "and", "Mail", "in", "Toronto", "on", "Monday", "."};

    @Test
    void theRewrittenPosModelTagsAsTheOriginal() throws IOException {
        POSModel original = CompactMaxentModelTest.original(NlpModels.POS, POSModel::new);
        POSModel compact = new POSModel(new ByteArrayInputStream(
                CompactModelFiles.rewrite(CompactModelFiles.original(NlpModels.POS), "pos.model")));
        assertInstanceOf(CompactMaxentModel.class, compact.getArtifact("pos.model"));
        POSTaggerME before = new POSTaggerME(original);
        POSTaggerME after = new POSTaggerME(compact);
        assertArrayEquals(before.tag(WORDS), after.tag(WORDS));
        assertArrayEquals(before.probs(), after.probs());
    }

    @Test
    void theRewrittenNameFinderFindsAsTheOriginal() throws IOException {
        TokenNameFinderModel original = CompactMaxentModelTest.originalNameFinder();
        TokenNameFinderModel compact = new TokenNameFinderModel(new ByteArrayInputStream(
                CompactModelFiles.rewrite(CompactModelFiles.original(NlpModels.NAME_FINDER), "nameFinder.model")));
        NameFinderME before = new NameFinderME(original);
        NameFinderME after = new NameFinderME(compact);
        assertEquals(Arrays.asList(before.find(WORDS)), Arrays.asList(after.find(WORDS)));
        assertArrayEquals(before.probs(), after.probs());
    }

    @Test
    void theRewrittenSentenceModelSplitsAsTheOriginal() throws IOException {
        SentenceModel original = CompactMaxentModelTest.original(NlpModels.SENTENCE, SentenceModel::new);
        SentenceModel compact = new SentenceModel(new ByteArrayInputStream(
                CompactModelFiles.rewrite(CompactModelFiles.original(NlpModels.SENTENCE), "sent.model")));
        String text = "Dr. Roe met Mr. Smith at 3 p.m. on Jan. 5. \"No,\" he said. She left! Why? U.S. officials agreed.";
        assertArrayEquals(new SentenceDetectorME(original).sentPosDetect(text),
                new SentenceDetectorME(compact).sentPosDetect(text));
    }

    @Test
    void theClassPathGivesTheCompactCopiesTheBuildWrote() {
        for (String name : CompactModelFiles.ENTRIES.keySet()) {
            assertTrue(NlpModels.class.getResource("/" + CompactModelFiles.FOLDER + name) != null, name);
        }
        NlpModels models = NlpModels.fromClasspath().awaitAll();
        assertInstanceOf(CompactMaxentModel.class, models.posModel().getArtifact("pos.model"));
        assertInstanceOf(CompactMaxentModel.class, models.nameFinderModel().getArtifact("nameFinder.model"));
        assertInstanceOf(CompactMaxentModel.class, models.posMaxent());
    }

    @Test
    void aWrittenModelReadsBackWithTheSameAnswers() throws IOException {
        GISModel gis = (GISModel) CompactMaxentModelTest.originalNameFinder().getArtifact("nameFinder.model");
        CompactMaxentModel compact = CompactMaxentModel.of(gis).orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        compact.write(bytes);
        MaxentModel reread = CompactMaxentModel.read(bytes.toByteArray());
        List<String[]> contexts = new ArrayList<>();
        contexts.add(new String[] {"w=said", "wc=lc", "p1w=he", "n1w=."});
        contexts.add(new String[] {"w=toronto", "wc=ic", "po=other", "no such feature"});
        contexts.add(new String[0]);
        CompactMaxentModelTest.assertSameAnswers(gis, reread, contexts);
    }

    @Test
    void bytesThatAreNoModelAreRefusedWithAnIoException() throws IOException {
        assertThrows(IOException.class, () -> CompactMaxentModel.read(new byte[0]));
        assertThrows(IOException.class, () -> CompactMaxentModel.read("not a model at all".getBytes()));
        GISModel gis = (GISModel) CompactMaxentModelTest.originalNameFinder().getArtifact("nameFinder.model");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CompactMaxentModel.of(gis).orElseThrow().write(bytes);
        byte[] cut = Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);
        assertThrows(IOException.class, () -> CompactMaxentModel.read(cut));
    }

    @Test
    void aModelWithoutTheNamedEntryIsRefused() throws IOException {
        assertThrows(IOException.class,
                () -> CompactModelFiles.rewrite(CompactModelFiles.original(NlpModels.SENTENCE), "pos.model"));
    }
}
