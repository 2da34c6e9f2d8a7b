package org.quoteattribution.internal.models;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.model.ArtifactSerializer;
import org.jspecify.annotations.Nullable;

/**
 * A maximum-entropy model's parameters laid out for fast evaluation, built once from an OpenNLP {@link GISModel}.
 * OpenNLP looks up every feature string in a {@code HashMap<String, Context>}: a hash of a fresh string, then a node,
 * its key, the key's characters and the context's two arrays, each a likely cache miss, which made map look-ups a
 * quarter of all the library's CPU. Here a feature is found by a 64-bit fingerprint of its characters in one
 * open-addressed {@code long[]} that holds the fingerprint and where the feature's parameters lie side by side, and
 * the parameters lie in one flat array, each outcome beside its weight.
 *
 * <p>The answers are the same as the original's, bit for bit: the sums are made in the same order, from the same
 * uniform prior, through the same {@link StrictMath#exp}. A feature string the model does not know could in principle
 * share a fingerprint with one it knows; with 64 bits and a few hundred thousand features that happens about once in
 * 10<sup>13</sup> look-ups. Fingerprints of the model's own features are checked distinct when the copy is built.
 * Immutable and thread-safe.
 */
public final class CompactMaxentModel implements MaxentModel {

    private static final long EMPTY = 0L;
    /** "QACM": the compact form {@link #write} writes, version 1. */
    private static final int MAGIC = 0x5141434d;
    private static final int VERSION = 1;
    private static final int COUNT_BITS = 20;

    private final String[] outcomeNames;
    private final double uniformPrior;
    /**
     * Open addressing, two longs a slot: the fingerprint (never 0), then where the feature's parameters start in
     * {@link #parameters} (high bits) and how many there are (low {@value #COUNT_BITS} bits). Keeping the place and
     * count in the slot, and each outcome beside its weight, makes a feature cost two cache misses instead of four.
     */
    private final long[] slots;
    private final int mask;
    /** Pairs: an outcome's index, then the raw bits of its weight. */
    private final long[] parameters;

    private CompactMaxentModel(String[] outcomeNames, long[] slots, long[] parameters) {
        this.outcomeNames = outcomeNames;
        this.uniformPrior = StrictMath.log(1.0 / outcomeNames.length);
        this.slots = slots;
        this.mask = slots.length / 2 - 1;
        this.parameters = parameters;
    }

    /**
     * The compact copy of {@code model}, or empty when it is not a plain GIS model or two of its features share a
     * fingerprint (then the caller keeps the original).
     */
    @SuppressWarnings("unchecked")
    public static Optional<CompactMaxentModel> of(@Nullable Object model) {
        if (model instanceof CompactMaxentModel compact) {
            return Optional.of(compact);
        }
        // a model read from a file has the uniform prior; only GISModel itself is known to evaluate this way
        if (model == null || model.getClass() != GISModel.class) {
            return Optional.empty();
        }
        Object[] data = ((GISModel) model).getDataStructures();
        Map<String, Context> features = (Map<String, Context>) data[1];
        String[] outcomeNames = ((String[]) data[2]).clone();
        if (outcomeNames.length >= 1 << COUNT_BITS) {
            return Optional.empty();
        }
        int capacity = Integer.highestOneBit(Math.max(4, features.size() * 2 - 1)) << 1;
        long[] slots = new long[capacity * 2];
        int total = 0;
        for (Context context : features.values()) {
            total += context.getOutcomes().length;
        }
        long[] parameters = new long[total * 2];
        int next = 0;
        for (Map.Entry<String, Context> entry : features.entrySet()) {
            int[] os = entry.getValue().getOutcomes();
            double[] ws = entry.getValue().getParameters();
            if (!insert(slots, capacity - 1, fingerprint(entry.getKey()), (long) next << COUNT_BITS | os.length)) {
                return Optional.empty();
            }
            for (int k = 0; k < os.length; k++) {
                parameters[2 * (next + k)] = os[k];
                parameters[2 * (next + k) + 1] = Double.doubleToRawLongBits(ws[k]);
            }
            next += os.length;
        }
        return Optional.of(new CompactMaxentModel(outcomeNames, slots, parameters));
    }

    private static boolean insert(long[] slots, int mask, long key, long place) {
        int slot = (int) key & mask;
        while (slots[2 * slot] != EMPTY) {
            if (slots[2 * slot] == key) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = key;
        slots[2 * slot + 1] = place;
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

    /** The feature's place and count (see {@link #slots}), or -1 when the model does not know it. */
    private long placeOf(String feature) {
        long key = fingerprint(feature);
        int slot = (int) key & mask;
        long found;
        while ((found = slots[2 * slot]) != EMPTY) {
            if (found == key) {
                return slots[2 * slot + 1];
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
            long place = placeOf(context[c]);
            if (place < 0) {
                continue;
            }
            double value = values == null ? 1 : values[c];
            int start = (int) (place >>> COUNT_BITS);
            for (int w = 2 * start, end = 2 * (start + count(place)); w < end; w += 2) {
                sums[(int) parameters[w]] += Double.longBitsToDouble(parameters[w + 1]) * value;
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

    /**
     * Writes this model in the compact form {@link #read} reads: the outcome names, then each feature's fingerprint and
     * parameter count, then the parameters, as flat big-endian arrays that are read in bulk. The build writes the
     * shipped models in this form (see {@link CompactModelFiles}) so that starting up reads arrays instead of
     * parsing a few hundred thousand strings into maps.
     */
    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        int features = 0;
        for (int s = 0; s < slots.length; s += 2) {
            features += slots[s] == EMPTY ? 0 : 1;
        }
        data.writeInt(MAGIC);
        data.writeInt(VERSION);
        data.writeInt(outcomeNames.length);
        for (String name : outcomeNames) {
            byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
            data.writeInt(utf8.length);
            data.write(utf8);
        }
        data.writeInt(features);
        data.writeInt(parameters.length / 2);
        for (int s = 0; s < slots.length; s += 2) {
            if (slots[s] != EMPTY) {
                data.writeLong(slots[s]);
            }
        }
        for (int s = 0; s < slots.length; s += 2) {
            if (slots[s] != EMPTY) {
                data.writeInt(count(slots[s + 1]));
            }
        }
        // each feature's parameters in the order of the fingerprints, so that the reader can lay them out again:
        // all the outcomes, then all the weights, so that each block is read in bulk
        int[] order = parametersInSlotOrder();
        for (int w : order) {
            data.writeInt((int) parameters[w]);
        }
        for (int w : order) {
            data.writeLong(parameters[w + 1]);
        }
        data.flush();
    }

    /** Where each (outcome, weight) pair starts in {@code parameters}, feature by feature in slot order. */
    private int[] parametersInSlotOrder() {
        int[] order = new int[parameters.length / 2];
        int next = 0;
        for (int s = 0; s < slots.length; s += 2) {
            if (slots[s] != EMPTY) {
                int start = 2 * (int) (slots[s + 1] >>> COUNT_BITS);
                for (int w = start; w < start + 2 * count(slots[s + 1]); w += 2) {
                    order[next++] = w;
                }
            }
        }
        return Arrays.copyOf(order, next);
    }

    /**
     * The model in {@code bytes}, as {@link #write} wrote it.
     *
     * @throws IOException if the bytes are not such a model
     */
    public static CompactMaxentModel read(byte[] bytes) throws IOException {
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.getInt() != MAGIC || in.getInt() != VERSION) {
                throw new IOException("not a compact maxent model (version " + VERSION + ")");
            }
            String[] outcomeNames = new String[checkedCount(in.getInt(), 1 << COUNT_BITS)];
            for (int o = 0; o < outcomeNames.length; o++) {
                byte[] utf8 = new byte[checkedCount(in.getInt(), in.remaining())];
                in.get(utf8);
                outcomeNames[o] = new String(utf8, StandardCharsets.UTF_8);
            }
            int features = checkedCount(in.getInt(), in.remaining() / 12);
            int total = checkedCount(in.getInt(), in.remaining() / 12);
            long[] fingerprints = new long[features];
            in.asLongBuffer().get(fingerprints);
            in.position(in.position() + 8 * features);
            int[] counts = new int[features];
            in.asIntBuffer().get(counts);
            in.position(in.position() + 4 * features);
            int[] outcomes = new int[total];
            in.asIntBuffer().get(outcomes);
            in.position(in.position() + 4 * total);
            long[] weights = new long[total];
            in.asLongBuffer().get(weights);
            int capacity = Integer.highestOneBit(Math.max(4, features * 2 - 1)) << 1;
            long[] slots = new long[capacity * 2];
            long[] parameters = new long[total * 2];
            int next = 0;
            for (int f = 0; f < features; f++) {
                int count = counts[f];
                if (count < 0 || next + count > total || fingerprints[f] == EMPTY
                        || !insert(slots, capacity - 1, fingerprints[f], (long) next << COUNT_BITS | count)) {
                    throw new IOException("corrupt compact maxent model: feature " + f);
                }
                next += count;
            }
            for (int w = 0; w < total; w++) {
                if (outcomes[w] < 0 || outcomes[w] >= outcomeNames.length) {
                    throw new IOException("corrupt compact maxent model: outcome " + outcomes[w]);
                }
                parameters[2 * w] = outcomes[w];
                parameters[2 * w + 1] = weights[w];
            }
            if (next != total) {
                throw new IOException("corrupt compact maxent model: " + next + " of " + total + " parameters");
            }
            return new CompactMaxentModel(outcomeNames, slots, parameters);
        } catch (BufferUnderflowException e) {
            throw new IOException("compact maxent model cut short", e);
        }
    }

    private static int checkedCount(int count, int limit) throws IOException {
        if (count < 0 || count > limit) {
            throw new IOException("corrupt compact maxent model: count " + count);
        }
        return count;
    }

    private static int count(long place) {
        return (int) (place & ((1 << COUNT_BITS) - 1));
    }

    /**
     * Reads and writes the compact form inside an OpenNLP model file; the model's manifest names this class for its
     * maximum-entropy entry, so OpenNLP creates one by reflection (hence the qualified export in
     * {@code module-info.java}). Neither direction closes the model's zip stream.
     */
    public static final class Serializer implements ArtifactSerializer<CompactMaxentModel> {

        @Override
        public CompactMaxentModel create(InputStream in) throws IOException {
            return read(in.readAllBytes());
        }

        @Override
        public void serialize(CompactMaxentModel artifact, OutputStream out) throws IOException {
            artifact.write(out);
        }
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
