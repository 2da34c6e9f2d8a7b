package org.quoteattribution.internal.models;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CapitalizedRunFeatureGeneratorTest {

    private static List<String> features(CapitalizedRunFeatureGenerator generator, String[] tokens, int index) {
        List<String> out = new ArrayList<>();
        generator.createFeatures(out, tokens, index, new String[0]);
        return out;
    }

    @Test
    void theFirstWordOfALongNameKnowsHowTheNameEnds() {
        String[] tokens = "the Securities and Exchange Commission said on Monday".split(" ");
        List<String> first = features(new CapitalizedRunFeatureGenerator(false, false), tokens, 1);
        assertTrue(first.contains("cx.at=B"), first::toString);
        assertTrue(first.contains("cx.last=commission"), first::toString);
        assertTrue(first.contains("cx.len=4"), first::toString);
        assertFalse(first.stream().anyMatch(f -> f.startsWith("cx.before")), first::toString);
        // the plain run stops at "and"
        assertFalse(first.stream().anyMatch(f -> f.startsWith("cr.")), first::toString);
        List<String> lone = features(new CapitalizedRunFeatureGenerator(false, false), tokens, 6);
        assertTrue(lone.isEmpty(), lone::toString);
    }

    @Test
    void contextAndTitleCaseOnlyWhenAskedFor() {
        String[] tokens = "the Securities and Exchange Commission said".split(" ");
        List<String> words = features(new CapitalizedRunFeatureGenerator(true, true), tokens, 3);
        assertTrue(words.contains("cx.before=the"), words::toString);
        assertTrue(words.contains("cx.after=said"), words::toString);
        assertFalse(words.contains("titlecase"), words::toString);
        String[] headline = "Wealthy Voters Abandon Republican Party".split(" ");
        assertTrue(features(new CapitalizedRunFeatureGenerator(true, true), headline, 0).contains("titlecase"));
        assertFalse(features(new CapitalizedRunFeatureGenerator(true, false), headline, 0).contains("titlecase"));
    }
}
