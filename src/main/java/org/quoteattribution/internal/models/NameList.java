package org.quoteattribution.internal.models;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Names the training data labels, by type ("organization: Republican National Committee"), which the name finder's
 * name-list features look sentences up in (see {@link NameListFeatureGeneratorFactory}). It travels inside the model
 * as {@code type TAB token token ...} lines, UTF-8; the model names {@link Serializer} in its manifest, so OpenNLP
 * creates one by reflection when it loads the model. Matching is on exact tokens, case and all.
 */
public class NameList implements SerializableArtifact {

    /** One listed name: its tokens and its type. */
    public record Entry(String[] tokens, String type) {
    }

    /** A listed name found in a sentence: tokens {@code start} to {@code end} (exclusive). */
    public record Match(int start, int end, String type) {
    }

    private final List<Entry> entries;
    /** Entries by first token, longest first, so that the first one that fits is the longest match. */
    private final Map<String, List<Entry>> byFirstToken;

    public NameList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        this.byFirstToken = new HashMap<>(entries.size() * 2);
        for (Entry entry : this.entries) {
            byFirstToken.computeIfAbsent(entry.tokens()[0], t -> new ArrayList<>(2)).add(entry);
        }
        Comparator<Entry> longestFirst = Comparator.comparingInt(e -> -e.tokens().length);
        byFirstToken.values().forEach(list -> list.sort(longestFirst));
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * The listed names in a sentence: for each type on its own, the longest listed name starting at each token,
     * left to right, never overlapping another of the same type. Names of different types may overlap.
     */
    public List<Match> find(String[] sentence) {
        List<Match> matches = new ArrayList<>();
        Map<String, Integer> freeFrom = new HashMap<>(8);
        for (int i = 0; i < sentence.length; i++) {
            List<Entry> candidates = byFirstToken.get(sentence[i]);
            if (candidates == null) {
                continue;
            }
            for (Entry entry : candidates) {
                if (freeFrom.getOrDefault(entry.type(), 0) > i || !fits(entry, sentence, i)
                        || !isListedFor(entry, sentence)) {
                    continue;
                }
                matches.add(new Match(i, i + entry.tokens().length, entry.type()));
                freeFrom.put(entry.type(), i + entry.tokens().length);
            }
        }
        return matches;
    }

    /**
     * Whether an entry counts for this sentence. Always, at run time; the training command overrides it so that a
     * training sentence does not see names listed only because of its own document (see {@code HeldOutNameList}).
     */
    protected boolean isListedFor(Entry entry, String[] sentence) {
        return true;
    }

    private static boolean fits(Entry entry, String[] sentence, int at) {
        String[] tokens = entry.tokens();
        if (at + tokens.length > sentence.length) {
            return false;
        }
        for (int k = 1; k < tokens.length; k++) {
            if (!tokens[k].equals(sentence[at + k])) {
                return false;
            }
        }
        return true;
    }

    void serialize(OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder(entries.size() * 24);
        for (Entry entry : entries) {
            text.append(entry.type()).append('\t').append(String.join(" ", entry.tokens())).append('\n');
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static NameList read(InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        List<Entry> entries = new ArrayList<>();
        Map<String, String> types = new HashMap<>();
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            if (end < 0) {
                end = text.length();
            }
            int tab = text.indexOf('\t', at);
            if (tab < 0 || tab > end) {
                throw new IOException("name list line without a type: " + text.substring(at, end));
            }
            String type = types.computeIfAbsent(text.substring(at, tab), t -> t);
            entries.add(new Entry(text.substring(tab + 1, end).split(" "), type));
            at = end + 1;
        }
        return new NameList(entries);
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Reads and writes a {@link NameList} without closing the model's stream. */
    public static final class Serializer implements ArtifactSerializer<NameList> {

        @Override
        public NameList create(InputStream in) throws IOException {
            return read(in);
        }

        @Override
        public void serialize(NameList artifact, OutputStream out) throws IOException {
            artifact.serialize(out);
        }
    }

    /** The serialized form, for tests. */
    byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        serialize(out);
        return out.toByteArray();
    }
}
