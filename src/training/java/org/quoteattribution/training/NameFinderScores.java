package org.quoteattribution.training;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Precision, recall and F1 per name type, counting a name as found only when its tokens and type both match
 * exactly (as OpenNLP's {@code TokenNameFinderEvaluator} does, but per type).
 */
final class NameFinderScores {

    private final Map<String, int[]> counts = new TreeMap<>();

    /**
     * Tags every sample in order. {@code perSentence} clears the finder's memory of earlier sentences before each one;
     * otherwise it is cleared only where a document starts, as {@code EntityTagger} does.
     */
    static NameFinderScores measure(NameFinderME finder, List<NameSample> samples, boolean perSentence) {
        NameFinderScores scores = new NameFinderScores();
        for (NameSample sample : samples) {
            if (perSentence || sample.isClearAdaptiveDataSet()) {
                finder.clearAdaptiveData();
            }
            String[][] context = sample.getAdditionalContext();
            Span[] found = context == null ? finder.find(sample.getSentence())
                    : finder.find(sample.getSentence(), context);
            scores.add(sample.getNames(), found);
        }
        return scores;
    }

    private void add(Span[] reference, Span[] found) {
        Set<Span> expected = new HashSet<>(List.of(reference));
        for (Span span : reference) {
            count(span.getType())[2]++;
        }
        for (Span span : found) {
            int[] c = count(span.getType());
            c[1]++;
            if (expected.contains(span)) {
                c[0]++;
            }
        }
    }

    private int[] count(String type) {
        return counts.computeIfAbsent(type, t -> new int[3]);
    }

    /** F1 of one type in percent; 0 when the type never occurs. */
    double f1(String type) {
        int[] c = counts.getOrDefault(type, new int[3]);
        return f1(c[0], c[1], c[2]);
    }

    /** "P / R / F1" of one type in percent, as the tuning table prints it. */
    String prf(String type) {
        int[] c = counts.getOrDefault(type, new int[3]);
        double p = c[1] == 0 ? 0 : 100.0 * c[0] / c[1];
        double r = c[2] == 0 ? 0 : 100.0 * c[0] / c[2];
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", p, r, f1(c[0], c[1], c[2]));
    }

    double overallF1() {
        int[] all = total();
        return f1(all[0], all[1], all[2]);
    }

    private int[] total() {
        int[] all = new int[3];
        for (int[] c : counts.values()) {
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
            }
        }
        return all;
    }

    private static double f1(int correct, int found, int expected) {
        return correct == 0 ? 0 : 200.0 * correct / (found + expected);
    }

    /** A Markdown table: type, P, R, F1, names in the reference. */
    String table() {
        StringBuilder out = new StringBuilder("| type | P | R | F1 | names |\n|---|---|---|---|---|\n");
        counts.forEach((type, c) -> out.append(row(type, c)));
        out.append(row("**all**", total()));
        return out.toString();
    }

    private static String row(String type, int[] c) {
        double p = c[1] == 0 ? 0 : 100.0 * c[0] / c[1];
        double r = c[2] == 0 ? 0 : 100.0 * c[0] / c[2];
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %d |%n", type, p, r, f1(c[0], c[1], c[2]), c[2]);
    }
}
