package org.quoteattribution.internal.models;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A maximum-entropy model's parameters laid out for fast evaluation, built once from an OpenNLP {@link GISModel}.
 * OpenNLP looks up every feature string in a {@code HashMap<String, Context>}: a hash of a fresh string, then a node,
 * its key, the key's characters and the context's two arrays, each a likely cache miss, which made map look-ups a
 * quarter of all the library's CPU. Here a feature is found by a 64-bit fingerprint of its characters in one
 * open-addressed {@code long[]} that holds the fingerprint and the feature's place side by side, and its weights lie in
 * two flat arrays.
 *
 * <p>The answers are the same as the original's, bit for bit: the sums are made in the same order, from the same
 * uniform prior, through the same {@link StrictMath#exp}. A feature string the model does not know could in principle
 * share a fingerprint with one it knows; with 64 bits and a few hundred thousand features that happens about once in
 * 10<sup>13</sup> look-ups. Fingerprints of the model's own features are checked distinct when the copy is built.
 * Immutable and thread-safe.
 */
public final class CompactMaxentModel implements MaxentModel {

    private static final long EMPTY = 0L;

    private final String[] outcomeNames;
    private final double uniformPrior;
    /** Open addressing, two longs a slot: the fingerprint (never 0), then the feature's number. */
    private final long[] slots;
    private final int mask;
    /** Feature f's weights are {@code weights[first[f]]} to {@code weights[first[f + 1] - 1]}. */
    private final int[] first;
    private final int[] outcomes;
    private final double[] weights;

    private CompactMaxentModel(String[] outcomeNames, long[] slots, int[] first, int[] outcomes, double[] weights) {
        this.outcomeNames = outcomeNames;
        this.uniformPrior = StrictMath.log(1.0 / outcomeNames.length);
        this.slots = slots;
        this.mask = slots.length / 2 - 1;
        this.first = first;
        this.outcomes = outcomes;
        this.weights = weights;
    }

    /**
     * The compact copy of {@code model}, or empty when it is not a plain GIS model or two of its features share a
     * fingerprint (then the caller keeps the original).
     */
    @SuppressWarnings("unchecked")
    public static Optional<CompactMaxentModel> of(Object model) {
        // a model read from a file has the uniform prior; only GISModel itself is known to evaluate this way
        if (model == null || model.getClass() != GISModel.class) {
            return Optional.empty();
        }
        Object[] data = ((GISModel) model).getDataStructures();
        Map<String, Context> features = (Map<String, Context>) data[1];
        String[] outcomeNames = ((String[]) data[2]).clone();
        int capacity = Integer.highestOneBit(Math.max(4, features.size() * 2 - 1)) << 1;
        long[] slots = new long[capacity * 2];
        int[] first = new int[features.size() + 1];
        int total = 0;
        for (Context context : features.values()) {
            total += context.getOutcomes().length;
        }
        int[] outcomes = new int[total];
        double[] weights = new double[total];
        int feature = 0;
        int next = 0;
        for (Map.Entry<String, Context> entry : features.entrySet()) {
            if (!insert(slots, capacity - 1, fingerprint(entry.getKey()), feature)) {
                return Optional.empty();
            }
            int[] os = entry.getValue().getOutcomes();
            double[] ws = entry.getValue().getParameters();
            first[feature] = next;
            System.arraycopy(os, 0, outcomes, next, os.length);
            System.arraycopy(ws, 0, weights, next, os.length);
            next += os.length;
            feature++;
        }
        first[feature] = next;
        return Optional.of(new CompactMaxentModel(outcomeNames, slots, first, outcomes, weights));
    }

    private static boolean insert(long[] slots, int mask, long key, int feature) {
        int slot = (int) key & mask;
        while (slots[2 * slot] != EMPTY) {
            if (slots[2 * slot] == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = key;
        slots[2 * slot + 1] = feature;
        return true;
    }

    /** FNV-1a over the UTF-16 units, then a final mix so that the low bits, which pick the slot, spread. */
    static long fingerprint(String feature) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < feature.length(); i++) {
            h = (h ^ feature.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }

    private int featureOf(String feature) {
        long key = fingerprint(feature);
        int slot = (int) key & mask;
        long found;
        while ((found = slots[2 * slot]) != EMPTY) {
            if (found == key) {
                return (int) slots[2 * slot + 1];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    @Override
    public double[] eval(String[] context) {
        return eval(context, null, new double[outcomeNames.length]);
    }

    @Override
    public double[] eval(String[] context, double[] probs) {
        return eval(context, null, probs);
    }

    @Override
    public double[] eval(String[] context, float[] values) {
        return eval(context, values, new double[outcomeNames.length]);
    }

    private double[] eval(String[] context, float[] values, double[] sums) {
        int n = outcomeNames.length;
        Arrays.fill(sums, 0, n, uniformPrior);
        for (int c = 0; c < context.length; c++) {
            int feature = featureOf(context[c]);
            if (feature < 0) {
                continue;
            }
            double value = values == null ? 1 : values[c];
            for (int w = first[feature], end = first[feature + 1]; w < end; w++) {
                sums[outcomes[w]] += weights[w] * value;
            }
        }
        double normal = 0.0;
        for (int o = 0; o < n; o++) {
            sums[o] = StrictMath.exp(sums[o]);
            normal += sums[o];
        }
        for (int o = 0; o < n; o++) {
            sums[o] /= normal;
        }
        return sums;
    }

    @Override
    public String getBestOutcome(double[] probabilities) {
        int best = 0;
        for (int o = 1; o < probabilities.length; o++) {
            if (probabilities[o] > probabilities[best]) {
                best = o;
            }
        }
        return outcomeNames[best];
    }

    @Override
    public String getAllOutcomes(double[] probabilities) {
        StringBuilder out = new StringBuilder();
        for (int o = 0; o < outcomeNames.length && o < probabilities.length; o++) {
            out.append(o == 0 ? "" : "  ").append(outcomeNames[o]).append('[')
                    .append(String.format(java.util.Locale.ROOT, "%.4f", probabilities[o])).append(']');
        }
        return out.toString();
    }

    @Override
    public String getOutcome(int index) {
        return outcomeNames[index];
    }

    @Override
    public int getIndex(String outcome) {
        for (int o = 0; o < outcomeNames.length; o++) {
            if (outcomeNames[o].equals(outcome)) {
                return o;
            }
        }
        return -1;
    }

    @Override
    public int getNumOutcomes() {
        return outcomeNames.length;
    }
}
