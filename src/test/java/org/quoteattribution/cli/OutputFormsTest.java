package org.quoteattribution.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteattribution.QuoteAttributor;
import org.quoteattribution.QuotesSchema;
import org.quoteattribution.SharedAttributor;

/** What the tool writes: JSON and JSON Lines valid under the shipped schema, from files or standard input. */
class OutputFormsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD = "\u201cWe will win,\u201d Zelenskyy said on Wednesday.\n";
    private static final String OTHER = "Lavrov said: \u201cThis will not work.\u201d\n";
    private static final Function<QuoteAttributor.Builder, QuoteAttributor> SHARED = b -> SharedAttributor.get();

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
        List<String> outLines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
        }
    }

    private static Run run(InputStream stdin, Function<QuoteAttributor.Builder, QuoteAttributor> build,
            String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), build, Main.Analysis.LIBRARY);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run(InputStream.nullInputStream(), SHARED, args);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void assertValid(JsonNode json) {
        assertEquals(Set.<ValidationMessage>of(), QuotesSchema.errors(json), json::toString);
    }

    @Test
    void oneArticleIsValidJsonUnderTheSchema() throws IOException {
        Run run = run("--date", "2025-08-20", write("a.txt", GOOD).toString());
        assertEquals(Main.OK, run.status(), run.err());
        JsonNode json = JSON.readTree(run.out());
        assertValid(json);
        assertEquals("2025-08-20", json.at("/quotes/0/date/value").asText());
    }

    @Test
    void everyOutputFileOfABatchIsValidUnderTheSchema() throws IOException {
        write("a.txt", GOOD);
        write("b.txt", OTHER);
        Path out = dir.resolve("out");
        Run run = run("--out", out.toString(), dir.toString());
        assertEquals(Main.OK, run.status(), run.err());
        for (String name : List.of("a.json", "b.json")) {
            assertValid(JSON.readTree(out.resolve(name).toFile()));
        }
    }

    @Test
    void jsonLinesGivesOneValidObjectPerArticleWithItsFileInInputOrder() throws IOException {
        Path a = write("a.txt", GOOD);
        Path b = write("b.txt", OTHER);
        Run run = run("--format", "jsonl", a.toString(), b.toString());
        assertEquals(Main.OK, run.status(), run.err());
        List<String> lines = run.outLines();
        assertEquals(2, lines.size(), run.out());
        for (int i = 0; i < 2; i++) {
            JsonNode line = JSON.readTree(lines.get(i));
            assertValid(line);
            assertEquals(List.of(a, b).get(i).toString(), line.get("file").asText());
            assertEquals(1, line.get("quotes").size(), lines.get(i));
        }
    }

    @Test
    void dashReadsTheArticleFromStandardInput() throws IOException {
        Run run = run(new ByteArrayInputStream(OTHER.getBytes(StandardCharsets.UTF_8)), SHARED, "-");
        assertEquals(Main.OK, run.status(), run.err());
        JsonNode json = JSON.readTree(run.out());
        assertEquals("Lavrov", json.at("/quotes/0/speaker/name").asText());
    }

    @Test
    void standardInputInJsonLinesIsNamedDash() throws IOException {
        Run run = run(new ByteArrayInputStream(OTHER.getBytes(StandardCharsets.UTF_8)), SHARED,
                "--format", "jsonl", "-");
        assertEquals(Main.OK, run.status(), run.err());
        assertEquals("-", JSON.readTree(run.outLines().get(0)).get("file").asText());
    }

    @Test
    void versionPrintsTheToolsNameAndVersion() {
        Run run = run("--version");
        assertEquals(Main.OK, run.status());
        assertTrue(run.out().matches("quote-attribution \\d+\\.\\d+\\.\\d+\\S*\\R"), run.out());
    }

    @Test
    void outputFilesAreReadableByAll() throws IOException {
        write("a.txt", GOOD);
        Path out = dir.resolve("out");
        assertEquals(Main.OK, run("--out", out.toString(), dir.toString()).status());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("a.json"))));
    }

    @Test
    void batchEndsWithOneSummaryLine() throws IOException {
        write("a.txt", GOOD);
        write("b.txt", OTHER);
        Run run = run("--out", dir.resolve("out").toString(), dir.toString());
        assertTrue(run.err().matches("quote-attribution: 2 files, 2 quotes, 0 failed, \\d+\\.\\d s\\R"), run.err());
    }

    @Test
    void minConfidenceAboveEveryQuoteLeavesNone() throws IOException {
        Path a = write("a.txt", GOOD);
        Run all = run(InputStream.nullInputStream(), QuoteAttributor.Builder::build, a.toString());
        Run none = run(InputStream.nullInputStream(), QuoteAttributor.Builder::build, "--min-confidence", "1",
                a.toString());
        assertEquals(1, JSON.readTree(all.out()).get("quotes").size(), all.out());
        assertEquals(0, JSON.readTree(none.out()).get("quotes").size(), none.out());
    }

    @Test
    void timeoutTooShortForAnArticleFailsThatArticleInOneLine() throws IOException {
        Path big = write("big.txt", (GOOD + "\n").repeat(3_000));
        Path small = write("small.txt", GOOD);
        Run run = run(InputStream.nullInputStream(), QuoteAttributor.Builder::build, "--timeout", "1ms",
                "--format", "jsonl", big.toString(), small.toString());
        assertEquals(Main.SOME_FILES_FAILED, run.status());
        assertTrue(run.err().startsWith("quote-attribution: " + big + ": "), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void badTimeoutIsAUsageError() {
        Run run = run("--timeout", "soon", "x.txt");
        assertEquals(Main.USAGE, run.status());
        assertTrue(run.err().startsWith("quote-attribution: ") && run.err().contains("--timeout"), run.err());
    }

    @Test
    void minConfidenceOutsideZeroToOneIsAUsageError() {
        Run run = run("--min-confidence", "1.5", "x.txt");
        assertEquals(Main.USAGE, run.status());
        assertTrue(run.err().contains("--min-confidence"), run.err());
    }
}
