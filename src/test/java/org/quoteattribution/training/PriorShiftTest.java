package org.quoteattribution.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.quoteattribution.internal.models.NlpModels;

class PriorShiftTest {

    private static byte[] shippedModel() throws IOException {
        try (InputStream in = PriorShiftTest.class.getResourceAsStream(
                "/" + NlpModels.PROJECT_MODELS + NlpModels.NAME_FINDER)) {
            assertNotNull(in, "the shipped name finder is not on the class path");
            return in.readAllBytes();
        }
    }

    private static MaxentModel maxent(byte[] model) throws IOException {
        return new TokenNameFinderModel(new ByteArrayInputStream(model)).getArtifact("nameFinder.model");
    }

    /** p(outcome) / p(other) for a token whose only feature is the constant one. */
    private static double odds(MaxentModel model, String outcome) {
        double[] p = model.eval(new String[] {PriorShift.CONSTANT_PREDICATE});
        return p[model.getIndex(outcome)] / p[model.getIndex("other")];
    }

    private static Set<String> entries(byte[] model) throws IOException {
        Set<String> names = new TreeSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(model))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    @Test
    void multipliesTheOddsOfTheOutcomesThatOpenANameByK() throws IOException {
        byte[] original = shippedModel();
        MaxentModel before = maxent(original);
        MaxentModel after = maxent(PriorShift.parse("organization=2", "open").apply(original));
        assertEquals(2 * odds(before, "organization-start"), odds(after, "organization-start"), 1e-9);
        assertEquals(2 * odds(before, "organization-unit"), odds(after, "organization-unit"), 1e-9);
        assertEquals(odds(before, "organization-cont"), odds(after, "organization-cont"), 1e-9);
        assertEquals(odds(before, "person-start"), odds(after, "person-start"), 1e-9);
    }

    @Test
    void allShiftsEveryOutcomeOfTheTypeAndKeepsTheModelsResources() throws IOException {
        byte[] original = shippedModel();
        byte[] shifted = PriorShift.parse("organization=1.5,person=1.25", "all").apply(original);
        MaxentModel after = maxent(shifted);
        MaxentModel before = maxent(original);
        assertEquals(1.5 * odds(before, "organization-last"), odds(after, "organization-last"), 1e-9);
        assertEquals(1.25 * odds(before, "person-cont"), odds(after, "person-cont"), 1e-9);
        // the word classes and the name list travel with the shifted model
        assertEquals(entries(original), entries(shifted));
    }

    @Test
    void noShiftLeavesTheModelAsItIs() throws IOException {
        byte[] original = shippedModel();
        assertSame(original, PriorShift.parse("none", "open").apply(original));
        assertSame(original, PriorShift.parse("organization=1", "open").apply(original));
    }

    @Test
    void writesTheOptionsThatGiveIt() {
        assertEquals("--prior organization=1.75 --prior-outcomes open",
                new PriorShift(Map.of("organization", 1.75), PriorShift.Scope.OPEN).options());
        assertEquals("--prior none", PriorShift.NONE.options());
    }

    @Test
    void rejectsMalformedSpecsAndUnknownTypes() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> PriorShift.parse("organization", "open"));
        assertThrows(IllegalArgumentException.class, () -> PriorShift.parse("organization=0", "open"));
        assertThrows(IllegalArgumentException.class, () -> PriorShift.parse("organization=2", "some"));
        byte[] original = shippedModel();
        assertThrows(IllegalArgumentException.class, () -> PriorShift.parse("company=2", "open").apply(original));
    }
}
