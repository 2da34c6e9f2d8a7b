package org.quoteattribution.internal.entities;

import java.util.List;

/**
 * A proper name as it stands in the text, without the titles before it: tokens [{@code firstToken},
 * {@code endToken}); {@code words} are its lower-case words, for matching shorter mentions against it.
 */
public record Name(int firstToken, int endToken, String text, List<String> words) {

    public Name {
        words = List.copyOf(words);
    }

    public String lastWord() {
        return words.get(words.size() - 1);
    }

    /** Whether {@code shorter} names the same entity as this name's last words ("Lavrov" in "Sergei Lavrov"). */
    public boolean endsWith(List<String> shorter) {
        if (shorter.isEmpty() || shorter.size() > words.size()) {
            return false;
        }
        return words.subList(words.size() - shorter.size(), words.size()).equals(shorter);
    }
}
