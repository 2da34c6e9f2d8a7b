package org.quoteattribution.internal.lexicon;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.function.Predicate;

/** The determiners of {@code determiners.tsv}, read once, and the classes of them the stages ask about. */
public final class Determiners {

    private static final ImmutableList<ImmutableList<String>> ROWS = LexiconFile.rows("determiners.tsv");

    /** Every determiner. */
    public static final ImmutableSet<String> ALL = select(row -> true);
    /** The determiners that open a speaker's noun phrase (flag {@code phrase}). */
    public static final ImmutableSet<String> OF_PHRASES = withFlag("phrase");
    /** The determiners that open the phrase of a source (flag {@code source}). */
    public static final ImmutableSet<String> OF_SOURCES = withFlag("source");
    /** "a", "an", "one", "another": determiners that bring someone new into an article (flag {@code indefinite}). */
    public static final ImmutableSet<String> INDEFINITE = withFlag("indefinite");
    /** "the", "a", "an". */
    public static final ImmutableSet<String> ARTICLES = select(row -> row.get(1).equals("article"));
    /** "his", "her", "its", ...: the possessive determiners. */
    public static final ImmutableSet<String> POSSESSIVES = select(row -> row.get(1).equals("possessive"));

    private Determiners() {
    }

    private static ImmutableSet<String> withFlag(String flag) {
        return select(row -> row.size() > 2 && Splitter.on(' ').splitToList(row.get(2)).contains(flag));
    }

    private static ImmutableSet<String> select(Predicate<List<String>> which) {
        return ROWS.stream().filter(which).map(row -> row.get(0)).collect(ImmutableSet.toImmutableSet());
    }
}
