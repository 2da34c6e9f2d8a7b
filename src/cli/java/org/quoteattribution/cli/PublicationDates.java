package org.quoteattribution.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code --dates} table: a TSV with a header holding {@code filename} and {@code publication_date}. */
final class PublicationDates {

    private final Map<String, LocalDate> byName;

    private PublicationDates(Map<String, LocalDate> byName) {
        this.byName = Map.copyOf(byName);
    }

    static PublicationDates none() {
        return new PublicationDates(Map.of());
    }

    static PublicationDates read(Path tsv) throws UsageException {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("cannot read --dates file " + tsv + ": " + Main.describe(e));
        }
        if (lines.isEmpty()) {
            throw new UsageException("--dates file " + tsv + " is empty; it needs a header with filename and "
                    + "publication_date");
        }
        List<String> header = List.of(stripBom(lines.get(0)).split("\t", -1));
        int nameColumn = header.indexOf("filename");
        int dateColumn = header.indexOf("publication_date");
        if (nameColumn < 0 || dateColumn < 0) {
            throw new UsageException("--dates file " + tsv + " has no " + (nameColumn < 0 ? "filename" : "publication_date")
                    + " column in its header");
        }
        Map<String, LocalDate> byName = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length <= Math.max(nameColumn, dateColumn) || cells[dateColumn].isBlank()) {
                continue;
            }
            try {
                byName.put(cells[nameColumn].strip(), LocalDate.parse(cells[dateColumn].strip()));
            } catch (DateTimeParseException e) {
                throw new UsageException("--dates file " + tsv + " line " + (i + 1) + ": bad date '"
                        + cells[dateColumn] + "' (expected YYYY-MM-DD)");
            }
        }
        return new PublicationDates(byName);
    }

    Optional<LocalDate> forFile(Path file) {
        String name = file.getFileName().toString();
        return Optional.ofNullable(byName.getOrDefault(Inputs.withoutExtension(name), byName.get(name)));
    }

    private static String stripBom(String s) {
        return s.startsWith("\ufeff") ? s.substring(1) : s;
    }
}
