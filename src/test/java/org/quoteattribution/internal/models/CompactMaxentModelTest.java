package org.quoteattribution.internal.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.junit.jupiter.api.Test;

class CompactMaxentModelTest {

    private static final String[][] SENTENCES = {
            {"\"", "We", "will", "not", "back", "down", ",", "\"", "Mayor", "Jane", "Roe", "told", "reporters", "."},
            {"The", "Toronto", "Maple", "Leafs", "won", "3-2", "on", "Saturday", "in", "front", "of", "19,000", "."},
            {"Salesforce", "founder", "and", "co-CEO", "Marc", "Benioff", "said", "the", "U.S.", "had", "lagged", "."},
            {"ÜBER", "naïve", "résumé", "—", "'90s", "don't", "e-mail@example.com", "http://x.y/z", "$", "1.5bn"},
    };

    static TokenNameFinderModel originalNameFinder() {
        return original(NlpModels.NAME_FINDER, TokenNameFinderModel::new);
    }

    /** The shipped model's original OpenNLP file, not the build's compact copy the class path prefers. */
    static <M> M original(String name, NlpModels.Reader<M> reader) {
        try (InputStream in = NlpModels.ModelLocation.openOriginal(name)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void givesTheNameFindersProbabilitiesBitForBit() {
        TokenNameFinderModel model = originalNameFinder();
        GISModel original = (GISModel) model.getArtifact("nameFinder.model");
        MaxentModel compact = CompactMaxentModel.of(original).orElseThrow();
        AdaptiveFeatureGenerator features = model.getFactory().createFeatureGenerators();
        List<String[]> contexts = new ArrayList<>();
        for (String[] sentence : SENTENCES) {
            for (int i = 0; i < sentence.length; i++) {
                List<String> f = new ArrayList<>();
                features.createFeatures(f, sentence, i, null);
                contexts.add(f.toArray(String[]::new));
            }
        }
        assertSameAnswers(original, compact, contexts);
    }

    @Test
    void givesThePosTaggersProbabilitiesBitForBit() {
        POSModel model = original(NlpModels.POS, POSModel::new);
        GISModel original = (GISModel) model.getArtifact("pos.model");
        MaxentModel compact = CompactMaxentModel.of(original).orElseThrow();
        POSContextGenerator generator = model.getFactory().getPOSContextGenerator();
        List<String[]> contexts = new ArrayList<>();
        for (String[] sentence : SENTENCES) {
            String[] previous = new String[sentence.length];
            for (int i = 0; i < sentence.length; i++) {
                contexts.add(generator.getContext(i, sentence, previous, null));
                previous[i] = original.getBestOutcome(original.eval(contexts.get(contexts.size() - 1)));
            }
        }
        assertSameAnswers(original, compact, contexts);
    }

    @Test
    void ignoresFeaturesTheModelDoesNotKnowAsTheOriginalDoes() {
        TokenNameFinderModel model = originalNameFinder();
        GISModel original = (GISModel) model.getArtifact("nameFinder.model");
        MaxentModel compact = CompactMaxentModel.of(original).orElseThrow();
        List<String[]> contexts = List.of(new String[0], new String[] {"no such feature", "w=zzqx"},
                new String[] {"", "\u0000", "w=the"});
        assertSameAnswers(original, compact, contexts);
    }

    @Test
    void keepsTheOutcomesInTheOriginalsOrder() {
        GISModel original = (GISModel) originalNameFinder().getArtifact("nameFinder.model");
        MaxentModel compact = CompactMaxentModel.of(original).orElseThrow();
        assertEquals(original.getNumOutcomes(), compact.getNumOutcomes());
        for (int o = 0; o < original.getNumOutcomes(); o++) {
            assertEquals(original.getOutcome(o), compact.getOutcome(o));
            assertEquals(o, compact.getIndex(original.getOutcome(o)));
        }
        assertEquals(-1, compact.getIndex("no such outcome"));
    }

    @Test
    void declinesWhatIsNotAPlainGisModel() {
        assertTrue(CompactMaxentModel.of("a string").isEmpty());
        assertTrue(CompactMaxentModel.of(null).isEmpty());
    }

    static void assertSameAnswers(MaxentModel original, MaxentModel compact, List<String[]> contexts) {
        assertTrue(contexts.size() >= 3);
        for (String[] context : contexts) {
            double[] expected = original.eval(context);
            assertArrayEquals(expected, compact.eval(context), 0.0, String.join(" ", context));
            assertEquals(original.getBestOutcome(expected), compact.getBestOutcome(compact.eval(context)));
        }
    }
}
