package org.quoteattribution.internal.lexicon;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The heads of phrases that name where words were said or published ({@code source-nouns.tsv}), read once. */
public final class SourceNouns {

    /**
     * One line of the list.
     *
     * @param phrase the head in lower case ("statement", "press conference")
     * @param kind   document, event or medium
     * @param bare   whether it needs no article or possessive before it ("on television")
     * @param mute   whether it is the words' vehicle, never their speaker ("a statement", "an interview")
     */
    public record Entry(String phrase, String kind, boolean bare, boolean mute) {
    }

    /** Every line, in the file's order. */
    public static final ImmutableList<Entry> ENTRIES = LexiconFile.rows("source-nouns.tsv").stream()
            .map(SourceNouns::entry)
            .collect(ImmutableList.toImmutableList());

    /** The last word of every mute head, singular and plural, in lower case. */
    private static final ImmutableSet<String> MUTE_WORDS = ENTRIES.stream().filter(Entry::mute)
            .map(e -> e.phrase().substring(e.phrase().lastIndexOf(' ') + 1))
            .flatMap(w -> Stream.of(w, plural(w)))
            .collect(ImmutableSet.toImmutableSet());

    private SourceNouns() {
    }

    /** Whether a noun phrase with this head word names a vehicle of words, which cannot speak ("a statement"). */
    public static boolean isMute(String headWord) {
        return MUTE_WORDS.contains(headWord.toLowerCase(Locale.ROOT));
    }

    /** The plural of a head ("statements", "press conferences", "replies"). */
    public static String plural(String phrase) {
        if (phrase.endsWith("y") && !phrase.endsWith("ay") && !phrase.endsWith("ey") && !phrase.endsWith("oy")) {
            return phrase.substring(0, phrase.length() - 1) + "ies";
        }
        if (phrase.endsWith("s") || phrase.endsWith("x") || phrase.endsWith("ch") || phrase.endsWith("sh")) {
            return phrase + "es";
        }
        return phrase + "s";
    }

    private static Entry entry(List<String> row) {
        List<String> flags = row.size() > 2 ? List.of(row.get(2).strip().split("\\s+")) : List.of();
        return new Entry(row.get(0).strip().toLowerCase(Locale.ROOT), row.get(1).strip(), flags.contains("bare"),
                flags.contains("mute"));
    }
}
