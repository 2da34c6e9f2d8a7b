package org.quoteattribution.internal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the word lists under {@code src/main/resources/org/quoteattribution/lexicon/}: one entry a line, {@code #}
 * starts a comment, blank lines are skipped, columns are separated by tabs.
 */
public final class LexiconFile {

    private static final String FOLDER = "/org/quoteattribution/lexicon/";

    private LexiconFile() {
    }

    /** The lines of a lexicon, comments and blanks removed, each trimmed. */
    public static List<String> lines(String name) {
        InputStream in = LexiconFile.class.getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("lexicon " + FOLDER + name + " is missing from the class path");
        }
        List<String> lines = new ArrayList<>();
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
        return List.copyOf(lines);
    }

    /** The lines of a lexicon in lower case, as a list of words or phrases. */
    public static List<String> lowerCaseLines(String name) {
        return lines(name).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }

    /** The tab-separated columns of each line. */
    public static List<String[]> rows(String name) {
        return lines(name).stream().map(l -> l.split("\t")).toList();
    }
}
