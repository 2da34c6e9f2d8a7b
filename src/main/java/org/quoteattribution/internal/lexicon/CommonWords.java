package org.quoteattribution.internal.lexicon;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;

/** Word lists that several stages consult, each read once. */
public final class CommonWords {

    /** Words capitalized only because they open a sentence, never part of a name ("Although", "Before", "If"). */
    public static final ImmutableSet<String> CAPITALIZED_FUNCTION_WORDS = LexiconFile.words(
            "capitalized-function-words.txt");

    /** Capitalized words that usually start a new sentence ("The", "He", "But"). */
    public static final ImmutableSet<String> SENTENCE_OPENERS = LexiconFile.words("sentence-openers.txt");

    /** The names of the days of the week, in lower case. */
    public static final ImmutableSet<String> WEEKDAYS = LexiconFile.words("weekdays.txt");

    /**
     * Words before a day's name ("late Monday", "last Wednesday"), in lower case, and whether the day is the latest
     * such day strictly before publication ("last") rather than on or before it.
     */
    public static final ImmutableMap<String, Boolean> WEEKDAY_QUALIFIERS = LexiconFile.rows("weekday-qualifiers.tsv")
            .stream().collect(ImmutableMap.toImmutableMap(r -> r.get(0).toLowerCase(Locale.ROOT),
                    r -> r.get(1).strip().equals("before")));

    /** Month names and their abbreviations, in lower case, with the month's number. */
    public static final ImmutableMap<String, Integer> MONTHS = LexiconFile.rows("months.tsv").stream()
            .collect(ImmutableMap.toImmutableMap(r -> r.get(0).toLowerCase(Locale.ROOT),
                    r -> Integer.valueOf(r.get(1)), (first, last) -> last));

    /** Title words that stand before a name and are not part of it ("Foreign Minister", "Gov."), in lower case. */
    public static final ImmutableSet<String> TITLES = LexiconFile.words("titles.txt");

    /** The personal pronouns a speaker may be named by, with what they can stand for: a person or a group. */
    public static final ImmutableMap<String, String> PRONOUNS = LexiconFile.rows("pronouns.tsv").stream()
            .collect(ImmutableMap.toImmutableMap((List<String> r) -> r.get(0), r -> r.get(1)));

    /** Relative pronouns ("who", "which"); "that", which is one too, is left to each rule. */
    public static final ImmutableSet<String> RELATIVE_PRONOUNS = LexiconFile.words("relative-pronouns.txt");

    /** Relative pronouns that stand for the subject of the verb after them ("who", "which", "that"). */
    public static final ImmutableSet<String> SUBJECT_RELATIVES = LexiconFile.words("subject-relatives.txt");

    /** Nouns that end the name of an organization ("Justice Department", "Fenwick Hardware"), lower case. */
    public static final ImmutableSet<String> ORGANIZATION_HEADS = LexiconFile.words("organization-heads.txt");

    /** Personal pronouns that can be a clause's subject ("he", "they", "it"). */
    public static final ImmutableSet<String> SUBJECT_PRONOUNS = LexiconFile.words("subject-pronouns.txt");

    /** Words that open an adverbial clause and never a reported one ("after", "until", "because"). */
    public static final ImmutableSet<String> ADJUNCT_SUBORDINATORS = LexiconFile.words("adjunct-subordinators.txt");

    /** The forms of "be" ("is", "was", "been"), for passives and copulas. */
    public static final ImmutableSet<String> BE_FORMS = LexiconFile.words("be-forms.txt");

    /** Words that open a clause inside a sentence, and how it joins: "coordinate" or "subordinate". */
    public static final ImmutableMap<String, String> CLAUSE_OPENERS = LexiconFile.rows("clause-openers.tsv").stream()
            .collect(ImmutableMap.toImmutableMap(row -> row.get(0).toLowerCase(Locale.ROOT), row -> row.get(1),
                    (a, b) -> a));

    private CommonWords() {
    }
}
