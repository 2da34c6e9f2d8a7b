package org.quoteattribution.internal.lexicon;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Optional;

/** The nouns that head a title or position ({@code role-nouns.tsv}), read once. */
public final class RoleNouns {

    /**
     * One line of the list.
     *
     * @param noun      the noun in lower case ("senator", "vice president", "sen")
     * @param kind      position, rank or relation
     * @param standsFor the noun an abbreviation or synonym stands for ("senator" for "sen")
     */
    public record Entry(String noun, String kind, Optional<String> standsFor) {

        /** A military or honorary rank ("Gen.", "Adm."): a position said in the same breath is preferred. */
        public boolean isRank() {
            return kind.equals("rank");
        }
    }

    /** The hand-made list's role nouns, in the file's order. */
    public static final ImmutableList<Entry> HAND_ENTRIES = LexiconFile.rows("role-nouns.tsv").stream()
            .map(r -> new Entry(r.get(0).toLowerCase(Locale.ROOT), r.get(1),
                    r.size() > 2 ? Optional.of(r.get(2).toLowerCase(Locale.ROOT)) : Optional.empty()))
            .collect(ImmutableList.toImmutableList());

    /**
     * Every role noun: the hand-made list's, then WordNet's occupations and positions that it lacks
     * ({@code role-nouns-wordnet.txt}, generated), then each one-word position shared, with "co-" ("co-owner",
     * "co-chair", "co-ceo").
     */
    public static final ImmutableList<Entry> ENTRIES = withSharedPositions(ImmutableList.<Entry>builder()
            .addAll(HAND_ENTRIES)
            .addAll(LexiconFile.lowerCaseLines("role-nouns-wordnet.txt").stream()
                    .map(w -> new Entry(w, "position", Optional.empty())).iterator())
            .build());

    /** The role nouns alone. */
    public static final ImmutableSet<String> NOUNS = ENTRIES.stream().map(Entry::noun)
            .collect(ImmutableSet.toImmutableSet());

    /** The hand-made list's nouns alone: the words that may stand as a title before a name. */
    public static final ImmutableSet<String> HAND_NOUNS = HAND_ENTRIES.stream().map(Entry::noun)
            .collect(ImmutableSet.toImmutableSet());

    private RoleNouns() {
    }

    private static ImmutableList<Entry> withSharedPositions(ImmutableList<Entry> entries) {
        ImmutableList.Builder<Entry> all = ImmutableList.<Entry>builder().addAll(entries);
        for (Entry e : entries) {
            if (e.kind().equals("position") && !e.noun().contains(" ") && !e.noun().startsWith("co-")) {
                all.add(new Entry("co-" + e.noun(), e.kind(), e.standsFor().map(s -> "co-" + s)));
            }
        }
        return all.build();
    }
}
