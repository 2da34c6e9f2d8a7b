package org.quoteattribution.internal.entities;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.quoteattribution.internal.lexicon.LexiconFile;

/**
 * A proper name as it stands in the text, without the titles before it: tokens [{@code firstToken},
 * {@code endToken}); {@code words} are its lower-case words, for matching shorter mentions against it.
 */
public record Name(int firstToken, int endToken, String text, List<String> words) {

    /** Words after a surname that tell generations apart ("John G. Roberts Jr.", "Vann R. Newkirk II"). */
    private static final ImmutableSet<String> GENERATIONS = LexiconFile.words("generation-suffixes.txt");

    public Name {
        words = List.copyOf(words);
    }

    /** The surname, past a generation suffix: "roberts" for "John G. Roberts Jr.". */
    public String lastWord() {
        return core().get(core().size() - 1);
    }

    /** Whether {@code shorter} names the same entity as this name's last words ("Lavrov" in "Sergei Lavrov"). */
    public boolean endsWith(List<String> shorter) {
        List<String> core = core();
        List<String> other = shorter.size() > 1 && GENERATIONS.contains(shorter.get(shorter.size() - 1))
                ? shorter.subList(0, shorter.size() - 1) : shorter;
        if (other.isEmpty() || other.size() > core.size()) {
            return false;
        }
        return core.subList(core.size() - other.size(), core.size()).equals(other);
    }

    private List<String> core() {
        return words.size() > 1 && GENERATIONS.contains(words.get(words.size() - 1))
                ? words.subList(0, words.size() - 1) : words;
    }
}
