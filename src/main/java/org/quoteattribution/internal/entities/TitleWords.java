package org.quoteattribution.internal.entities;

import java.util.Set;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.text.Token;

/** Title and nationality words that stand before a name and are not part of it ("Russian Foreign Minister"). */
public final class TitleWords {

    private final Set<String> titles;
    private final Set<String> modifiers;

    public TitleWords() {
        this.titles = Set.copyOf(LexiconFile.lowerCaseLines("titles.txt"));
        this.modifiers = Set.copyOf(LexiconFile.lowerCaseLines("nationalities.txt"));
    }

    public boolean isTitle(Token t) {
        return titles.contains(bare(t.lower()));
    }

    public boolean isTitleOrModifier(Token t) {
        String word = bare(t.lower());
        return titles.contains(word) || modifiers.contains(word);
    }

    private static String bare(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
    }
}
