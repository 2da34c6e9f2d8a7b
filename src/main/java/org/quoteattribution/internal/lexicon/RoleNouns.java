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

    /** Every role noun, in the file's order. */
    public static final ImmutableList<Entry> ENTRIES = LexiconFile.rows("role-nouns.tsv").stream()
            .map(r -> new Entry(r.get(0).toLowerCase(Locale.ROOT), r.get(1),
                    r.size() > 2 ? Optional.of(r.get(2).toLowerCase(Locale.ROOT)) : Optional.empty()))
            .collect(ImmutableList.toImmutableList());

    /** The role nouns alone. */
    public static final ImmutableSet<String> NOUNS = ENTRIES.stream().map(Entry::noun)
            .collect(ImmutableSet.toImmutableSet());

    private RoleNouns() {
    }
}
