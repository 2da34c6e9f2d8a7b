package org.quoteattribution.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.quoteattribution.internal.models.NameList;

/**
 * The name list built from the training data's labels, used while training. A name is listed for a type when the
 * training data labels it so at least {@code minCount} times, in at least {@code minShare} of the times it is labelled
 * as any name. While training, a sentence sees the list as if its own document had not been counted (leave one
 * document out): otherwise every training name would be listed, and the model would learn to trust the list far more
 * than it deserves on text it has not seen. The model stores (and the library uses) the list built from all documents.
 */
final class HeldOutNameList extends NameList {

    private final Map<Entry, Counts> counts;
    private final Map<List<String>, Integer> documentOf;
    private final int minCount;
    private final double minShare;
    private String[] lastSentence;
    private int lastDocument;

    private HeldOutNameList(List<Entry> entries, Map<Entry, Counts> counts, Map<List<String>, Integer> documentOf,
            int minCount, double minShare) {
        super(entries);
        this.counts = counts;
        this.documentOf = documentOf;
        this.minCount = minCount;
        this.minShare = minShare;
    }

    /** The list of the names of {@code types} in the samples; a sample that clears adaptive data starts a document. */
    static HeldOutNameList of(List<NameSample> samples, Set<String> types, int minCount, double minShare) {
        Map<String, Map<String, Map<Integer, Integer>>> byName = new LinkedHashMap<>();
        Map<List<String>, Integer> documentOf = new HashMap<>();
        int document = -1;
        for (NameSample sample : samples) {
            if (document < 0 || sample.isClearAdaptiveDataSet()) {
                document++;
            }
            String[] words = sample.getSentence();
            documentOf.putIfAbsent(List.of(words), document);
            for (Span span : sample.getNames()) {
                String name = String.join(" ", Arrays.copyOfRange(words, span.getStart(), span.getEnd()));
                byName.computeIfAbsent(name, n -> new HashMap<>())
                        .computeIfAbsent(span.getType(), t -> new HashMap<>())
                        .merge(document, 1, Integer::sum);
            }
        }
        List<Entry> entries = new ArrayList<>();
        Map<Entry, Counts> counts = new HashMap<>();
        byName.forEach((name, byType) -> {
            Map<Integer, Integer> anyType = new HashMap<>();
            byType.values().forEach(perDoc -> perDoc.forEach((d, n) -> anyType.merge(d, n, Integer::sum)));
            for (String type : types) {
                Map<Integer, Integer> perDoc = byType.get(type);
                if (perDoc == null) {
                    continue;
                }
                Counts c = new Counts(perDoc, anyType);
                if (c.listed(-1, minCount, minShare)) {
                    Entry entry = new Entry(name.split(" "), type);
                    entries.add(entry);
                    counts.put(entry, c);
                }
            }
        });
        return new HeldOutNameList(entries, counts, documentOf, minCount, minShare);
    }

    @Override
    protected boolean isListedFor(Entry entry, String[] sentence) {
        if (sentence != lastSentence) {
            // training is single-threaded; the name finder asks about one sentence many times in a row
            lastSentence = sentence;
            lastDocument = documentOf.getOrDefault(Arrays.asList(sentence), -1);
        }
        return counts.get(entry).listed(lastDocument, minCount, minShare);
    }

    /** How often a name is labelled with one type, and with any, in each document. */
    private record Counts(Map<Integer, Integer> ofType, Map<Integer, Integer> ofAnyType, int typeTotal,
            int anyTypeTotal) {

        Counts(Map<Integer, Integer> ofType, Map<Integer, Integer> ofAnyType) {
            this(ofType, ofAnyType, total(ofType), total(ofAnyType));
        }

        /** Whether the counts without {@code leftOut}'s (-1: none left out) make the name listed. */
        boolean listed(int leftOut, int minCount, double minShare) {
            int n = typeTotal - ofType.getOrDefault(leftOut, 0);
            int all = anyTypeTotal - ofAnyType.getOrDefault(leftOut, 0);
            return n >= minCount && n >= minShare * all;
        }

        private static int total(Map<Integer, Integer> perDoc) {
            int sum = 0;
            for (int n : perDoc.values()) {
                sum += n;
            }
            return sum;
        }
    }
}
