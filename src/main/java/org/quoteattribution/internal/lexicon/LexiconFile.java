package org.quoteattribution.internal.lexicon;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the word lists under {@code src/main/resources/org/quoteattribution/lexicon/}: one entry a line, {@code #}
 * starts a comment, blank lines are skipped, columns are separated by tabs. Each list is read by one class, once.
 */
public final class LexiconFile {

    private static final String FOLDER = "/org/quoteattribution/lexicon/";
    private static final Splitter COLUMNS = Splitter.on('\t').trimResults();

    private LexiconFile() {
    }

    /** The lines of a lexicon, comments and blanks removed, each trimmed, in the file's order. */
    public static ImmutableList<String> lines(String name) {
        InputStream in = LexiconFile.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("lexicon " + FOLDER + name + " is missing from the class path");
        }
        ImmutableList.Builder<String> lines = ImmutableList.builder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                line = line.strip();
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
        return lines.build();
    }

    /** The lines of a lexicon in lower case, in the file's order. */
    public static ImmutableList<String> lowerCaseLines(String name) {
        return lines(name).stream().map(l -> l.toLowerCase(Locale.ROOT)).collect(ImmutableList.toImmutableList());
    }

    /** The words or phrases of a list, one a line, in lower case. */
    public static ImmutableSet<String> words(String name) {
        return ImmutableSet.copyOf(lowerCaseLines(name));
    }

    /** The tab-separated columns of each line, each trimmed. */
    public static ImmutableList<ImmutableList<String>> rows(String name) {
        return lines(name).stream().map(l -> ImmutableList.copyOf(COLUMNS.splitToList(l)))
                .collect(ImmutableList.toImmutableList());
    }
}
