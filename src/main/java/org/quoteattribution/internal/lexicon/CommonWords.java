package org.quoteattribution.internal.lexicon;

import java.util.Set;

/** Word lists that several stages consult, read once. */
public final class CommonWords {

    /** Words capitalized only because they open a sentence, never part of a name ("Although", "Before", "If"). */
    public static final Set<String> CAPITALIZED_FUNCTION_WORDS = Set.copyOf(
            LexiconFile.lowerCaseLines("capitalized-function-words.txt"));

    /** Capitalized words that usually start a new sentence ("The", "He", "But"). */
    public static final Set<String> SENTENCE_OPENERS = Set.copyOf(LexiconFile.lowerCaseLines("sentence-openers.txt"));

    private CommonWords() {
    }
}
