package org.quoteattribution.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzz target for the CLI's {@code --dates} table reader ({@link PublicationDates#read}): whatever bytes the file
 * holds, reading it either gives a table or fails with a {@link UsageException} (the tool's exit status 2, with one
 * line), nothing else; a table it gives answers, for every row whose name can be a file name and whose date is a
 * date, that row's date (the last such row's, for a name given twice) for {@code <name>.txt}; and the read costs
 * time linear in the file's size (a generous 1 s plus 20 µs per byte of CPU).
 */
class PublicationDatesFuzzTest {

    private static final long CPU_FLOOR_NANOS = 1_000_000_000L;
    private static final long CPU_NANOS_PER_BYTE = 20_000;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final Path FOLDER = temporaryFolder();
    private static final Path TABLE = FOLDER.resolve("dates.tsv");

    @FuzzTest(maxDuration = "5s")
    void anyDatesTableIsReadOrRefusedAsAUsageError(byte[] input) throws IOException {
        Files.write(TABLE, input);
        long cpu = THREADS.getCurrentThreadCpuTime();
        PublicationDates dates;
        try {
            dates = PublicationDates.read(TABLE);
        } catch (UsageException e) {
            assertTrue(e.getMessage().startsWith("--dates file ") || e.getMessage().startsWith("cannot read --dates"),
                    e::getMessage);
            return;
        } finally {
            long spent = THREADS.getCurrentThreadCpuTime() - cpu;
            assertTrue(spent <= CPU_FLOOR_NANOS + CPU_NANOS_PER_BYTE * input.length,
                    () -> "reading " + input.length + " bytes took " + spent / 1_000_000 + " ms of CPU");
        }
        for (Map.Entry<String, LocalDate> row : expectedRows(input).entrySet()) {
            assertEquals(Optional.of(row.getValue()), dates.forFile(Path.of(row.getKey() + ".txt")),
                    () -> "the date of " + row.getKey());
        }
    }

    /** The rows a table that was read must answer: the oracle, written from the README rather than the code. */
    private static Map<String, LocalDate> expectedRows(byte[] input) {
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(input)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("a table that is not UTF-8 was read", e);
        }
        List<String> lines = new BufferedReader(new StringReader(content)).lines().toList();
        String headerLine = lines.get(0).startsWith("\ufeff") ? lines.get(0).substring(1) : lines.get(0);
        List<String> header = List.of(headerLine.split("\t", -1));
        int nameColumn = header.indexOf("filename");
        int dateColumn = header.indexOf("publication_date");
        Map<String, LocalDate> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            if (cells.length <= Math.max(nameColumn, dateColumn) || cells[dateColumn].isBlank()) {
                continue;
            }
            String name = cells[nameColumn].strip();
            try {
                LocalDate date = LocalDate.parse(cells[dateColumn].strip());
                if (!name.isEmpty() && name.indexOf('/') < 0 && name.indexOf('\0') < 0) {
                    rows.put(name, date);
                }
            } catch (DateTimeParseException e) {
                throw new AssertionError("a table with a bad date was read: " + line, e);
            }
        }
        return rows;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("dates-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void removeTable() throws IOException {
        Files.deleteIfExists(TABLE);
        Files.deleteIfExists(FOLDER);
    }
}
