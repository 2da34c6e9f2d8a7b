package org.quoteattribution.internal.lexicon;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Locale;
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
    }

    private static final ImmutableMap<String, Sense> SENSES = LexiconFile.rows("noun-senses.tsv").stream()
            .collect(ImmutableMap.toImmutableMap(r -> r.get(0),
                    r -> new Sense(r.get(1).intern(), Integer.parseInt(r.get(2)))));

    private NounSenses() {
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
