package org.quoteattribution.internal.lexicon;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What WordNet says a common noun most often names ({@code noun-senses.tsv}, generated from WordNet 3.1 by
 * {@code GenerateNounSenses}): the class of its most frequent sense and how soon a person or group sense comes, so
 * that a decision learned for "the report" or "the effect" carries to the other nouns of their kind. Read once.
 */
public final class NounSenses {

    /**
     * @param firstClass the lexicographer class of the most frequent sense ("communication", "artifact", "person")
     * @param agentRank  the rank (1 = most frequent) of the first sense that is a person or a group, among the first
     *                   five; 0 when none is
     */
    public record Sense(String firstClass, int agentRank) {

        /** How far down the senses a person or group sense still lets the noun name a speaker ("the source": 5). */
        private static final int SPEAKING_RANK = 5;
        /** Also quantities and relations: the shares of people that polls report ("a third", "22 percent"). */
        private static final ImmutableSet<String> SPEAKING_CLASSES = ImmutableSet.of("person", "group", "location",
                "communication", "quantity", "relation");

        /**
         * Whether the noun can name who says something: a person or group among its senses ("the coach", "the
         * source"), a place that speaks through its government ("the province"), or words that speak for their
         * issuer ("the statement"); not a thing, an event, a state or a finding ("the effect", "the chart").
         */
        public boolean canSpeak() {
            return agentRank > 0 && agentRank <= SPEAKING_RANK || SPEAKING_CLASSES.contains(firstClass);
        }
    }

    /** What speaks for people though WordNet's first senses are not of people ("the campaign", "the paper"). */
    private static final ImmutableSet<String> SPEAKING = LexiconFile.words("speaking-nouns.txt");
    private static final ImmutableMap<String, Sense> SENSES = read();

    private NounSenses() {
    }

    /** Some 10,000 lines: split by hand, one shared {@code Sense} per class and rank, to keep start-up short. */
    private static ImmutableMap<String, Sense> read() {
        ImmutableList<String> lines = LexiconFile.lines("noun-senses.tsv");
        Map<String, Sense> shared = new HashMap<>();
        ImmutableMap.Builder<String, Sense> senses = ImmutableMap.builderWithExpectedSize(lines.size());
        for (String line : lines) {
            int tab = line.indexOf('\t');
            String sense = line.substring(tab + 1);
            senses.put(line.substring(0, tab), shared.computeIfAbsent(sense, k -> {
                int second = k.indexOf('\t');
                return new Sense(k.substring(0, second), Integer.parseInt(k.substring(second + 1).strip()));
            }));
        }
        return senses.buildOrThrow();
    }

    /** The senses of a noun as written, a regular plural read as its singular ("threats", "agencies"). */
    public static Optional<Sense> of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Sense s = SENSES.get(w);
        if (s != null) {
            return Optional.of(s);
        }
        for (String singular : singulars(w)) {
            s = SENSES.get(singular);
            if (s != null) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Whether a noun can name who says something ({@link Sense#canSpeak}, or the hand list); unknown nouns can. */
    public static boolean canSpeak(String word) {
        Optional<Sense> sense = of(word);
        if (sense.isEmpty() || sense.get().canSpeak()) {
            return true;
        }
        String w = word.toLowerCase(Locale.ROOT);
        return SPEAKING.contains(w) || singulars(w).stream().anyMatch(SPEAKING::contains);
    }

    /** How many nouns the list holds; reading it also loads it, which start-up does beside the models. */
    public static int size() {
        return SENSES.size();
    }

    private static List<String> singulars(String w) {
        if (w.endsWith("men")) {
            return List.of(w.substring(0, w.length() - 3) + "man"); // "women", "spokeswomen"
        }
        if (w.endsWith("ies")) {
            return List.of(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("es")) {
            return List.of(w.substring(0, w.length() - 1), w.substring(0, w.length() - 2)); // "sources", "taxes"
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            return List.of(w.substring(0, w.length() - 1));
        }
        return List.of();
    }
}
