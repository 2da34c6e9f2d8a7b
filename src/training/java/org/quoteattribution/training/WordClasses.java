package org.quoteattribution.training;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups words into classes by the words around them (the exchange algorithm of Kneser and Ney, 1993: move each
 * word to the class that most raises the likelihood of a class bigram model, until few words move). Words used the
 * same way ("Sergei", "Vladimir"; "Pentagon", "Kremlin") share a class, so the name finder can generalise from a
 * name it saw to one it did not. Built from the training text only. Deterministic: words are visited in a fixed
 * order and ties keep the current class.
 */
final class WordClasses {

    private static final int BOUNDARY = 0;
    private static final int RARE = 1;

    private WordClasses() {
    }

    /**
     * Classes of the words seen at least {@code minCount} times: word to class number. Only ASCII words are
     * classed, so the dictionary reads back the same whatever the platform's default charset.
     */
    static Map<String, Integer> of(List<String[]> sentences, int classes, int minCount, int passes) {
        Map<String, Integer> counts = new HashMap<>();
        for (String[] sentence : sentences) {
            for (String word : sentence) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        List<String> vocabulary = new ArrayList<>();
        counts.forEach((word, n) -> {
            if (n >= minCount && isAscii(word)) {
                vocabulary.add(word);
            }
        });
        // Most frequent first, then by spelling, so that the result does not depend on hash order.
        vocabulary.sort((a, b) -> counts.get(b).equals(counts.get(a)) ? a.compareTo(b)
                : Integer.compare(counts.get(b), counts.get(a)));
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            ids.put(vocabulary.get(i), i + 2);
        }
        Bigrams bigrams = Bigrams.count(sentences, ids, vocabulary.size() + 2);
        int[] classOf = new Exchange(bigrams, classes).run(passes);
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            out.put(vocabulary.get(i), classOf[i + 2]);
        }
        return out;
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 126 || word.charAt(i) <= ' ') {
                return false;
            }
        }
        return true;
    }

    /** Word bigram counts as adjacency lists: who follows each word, who precedes it, how often. */
    private record Bigrams(int[][] next, int[][] nextCount, int[][] previous, int[][] previousCount, long total) {

        static Bigrams count(List<String[]> sentences, Map<String, Integer> ids, int words) {
            List<Map<Integer, Integer>> after = new ArrayList<>(words);
            List<Map<Integer, Integer>> before = new ArrayList<>(words);
            for (int i = 0; i < words; i++) {
                after.add(new HashMap<>());
                before.add(new HashMap<>());
            }
            long total = 0;
            for (String[] sentence : sentences) {
                int previous = BOUNDARY;
                for (int i = 0; i <= sentence.length; i++) {
                    int current = i == sentence.length ? BOUNDARY : ids.getOrDefault(sentence[i], RARE);
                    after.get(previous).merge(current, 1, Integer::sum);
                    before.get(current).merge(previous, 1, Integer::sum);
                    total++;
                    previous = current;
                }
            }
            int[][] next = new int[words][];
            int[][] nextCount = new int[words][];
            int[][] prev = new int[words][];
            int[][] prevCount = new int[words][];
            for (int w = 0; w < words; w++) {
                next[w] = sortedKeys(after.get(w));
                nextCount[w] = valuesOf(after.get(w), next[w]);
                prev[w] = sortedKeys(before.get(w));
                prevCount[w] = valuesOf(before.get(w), prev[w]);
            }
            return new Bigrams(next, nextCount, prev, prevCount, total);
        }

        private static int[] sortedKeys(Map<Integer, Integer> map) {
            int[] keys = map.keySet().stream().mapToInt(Integer::intValue).toArray();
            Arrays.sort(keys);
            return keys;
        }

        private static int[] valuesOf(Map<Integer, Integer> map, int[] keys) {
            int[] values = new int[keys.length];
            for (int i = 0; i < keys.length; i++) {
                values[i] = map.get(keys[i]);
            }
            return values;
        }
    }

    /**
     * The exchange itself. Classes 0..k-1 hold words; class k holds the sentence boundary and k+1 the rare words,
     * and neither moves. The likelihood to maximise is, up to a constant, sum f(N(c,d)) - sum f(L(c)) - sum f(R(d))
     * with f(n) = n ln n, N the class bigram counts and L, R their row and column sums.
     */
    private static final class Exchange {
        private final Bigrams bigrams;
        private final int k;
        private final int[] classOf;
        private final long[][] pair;
        private final long[] left;
        private final long[] right;
        private final double[] nLogN;
        private final long[] rightOfWord;
        private final long[] leftOfWord;
        /** The classes with a non-zero entry in afterW / beforeW, so that a gain costs only w's neighbours. */
        private final int[] afterClasses;
        private final int[] beforeClasses;
        private int afterCount;
        private int beforeCount;

        Exchange(Bigrams bigrams, int k) {
            this.bigrams = bigrams;
            this.k = k;
            int words = bigrams.next().length;
            this.classOf = new int[words];
            classOf[BOUNDARY] = k;
            classOf[RARE] = k + 1;
            for (int w = 2; w < words; w++) {
                classOf[w] = (w - 2) % k;
            }
            this.pair = new long[k + 2][k + 2];
            this.left = new long[k + 2];
            this.right = new long[k + 2];
            this.rightOfWord = new long[words];
            this.leftOfWord = new long[words];
            this.afterClasses = new int[k + 2];
            this.beforeClasses = new int[k + 2];
            for (int w = 0; w < words; w++) {
                for (int i = 0; i < bigrams.next()[w].length; i++) {
                    int n = bigrams.nextCount()[w][i];
                    pair[classOf[w]][classOf[bigrams.next()[w][i]]] += n;
                    left[classOf[w]] += n;
                    right[classOf[bigrams.next()[w][i]]] += n;
                    rightOfWord[bigrams.next()[w][i]] += n;
                    leftOfWord[w] += n;
                }
            }
            this.nLogN = new double[(int) bigrams.total() + 2];
            for (int n = 1; n < nLogN.length; n++) {
                nLogN[n] = n * Math.log(n);
            }
        }

        int[] run(int passes) {
            long[] afterW = new long[k + 2];
            long[] beforeW = new long[k + 2];
            for (int pass = 0; pass < passes; pass++) {
                int moved = 0;
                for (int w = 2; w < classOf.length; w++) {
                    long self = neighbourClasses(w, afterW, beforeW);
                    int from = classOf[w];
                    shift(w, from, afterW, beforeW, self, -1);
                    int best = from;
                    double bestGain = gain(w, from, afterW, beforeW, self);
                    for (int c = 0; c < k; c++) {
                        double g = gain(w, c, afterW, beforeW, self);
                        if (g > bestGain + 1e-9) {
                            bestGain = g;
                            best = c;
                        }
                    }
                    shift(w, best, afterW, beforeW, self, +1);
                    classOf[w] = best;
                    if (best != from) {
                        moved++;
                    }
                    Arrays.fill(afterW, 0);
                    Arrays.fill(beforeW, 0);
                }
                if (moved < classOf.length / 200) {
                    break;
                }
            }
            return classOf;
        }

        /** Fills the classes of the words after and before w (w itself left out); returns the count of "w w". */
        private long neighbourClasses(int w, long[] afterW, long[] beforeW) {
            long self = 0;
            afterCount = 0;
            beforeCount = 0;
            for (int i = 0; i < bigrams.next()[w].length; i++) {
                int v = bigrams.next()[w][i];
                if (v == w) {
                    self += bigrams.nextCount()[w][i];
                } else {
                    if (afterW[classOf[v]] == 0) {
                        afterClasses[afterCount++] = classOf[v];
                    }
                    afterW[classOf[v]] += bigrams.nextCount()[w][i];
                }
            }
            for (int i = 0; i < bigrams.previous()[w].length; i++) {
                int v = bigrams.previous()[w][i];
                if (v != w) {
                    if (beforeW[classOf[v]] == 0) {
                        beforeClasses[beforeCount++] = classOf[v];
                    }
                    beforeW[classOf[v]] += bigrams.previousCount()[w][i];
                }
            }
            return self;
        }

        private void shift(int w, int c, long[] afterW, long[] beforeW, long self, int sign) {
            for (int d = 0; d < k + 2; d++) {
                pair[c][d] += sign * afterW[d];
                pair[d][c] += sign * beforeW[d];
            }
            pair[c][c] += sign * self;
            left[c] += sign * leftOfWord[w];
            right[c] += sign * rightOfWord[w];
        }

        /** How much the likelihood rises when w (taken out of its class) joins class c. */
        private double gain(int w, int c, long[] afterW, long[] beforeW, long self) {
            double g = 0;
            for (int i = 0; i < afterCount; i++) {
                int d = afterClasses[i];
                if (d != c) {
                    g += f(pair[c][d] + afterW[d]) - f(pair[c][d]);
                }
            }
            for (int i = 0; i < beforeCount; i++) {
                int d = beforeClasses[i];
                if (d != c) {
                    g += f(pair[d][c] + beforeW[d]) - f(pair[d][c]);
                }
            }
            g += f(pair[c][c] + afterW[c] + beforeW[c] + self) - f(pair[c][c]);
            g -= f(left[c] + leftOfWord[w]) - f(left[c]);
            g -= f(right[c] + rightOfWord[w]) - f(right[c]);
            return g;
        }

        private double f(long n) {
            return nLogN[(int) n];
        }
    }
}
