package org.quoteattribution.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteattribution.SharedAttributor;

/** The tool reads {@code .html} and {@code .htm} files (and, with {@code --html}, any input) as HTML. */
class HtmlInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HTML = "<html><head><script>var s = \"\\u201cNo,\\u201d he said.\";</script></head>"
            + "<body><p>&ldquo;We will <b>win</b>,&rdquo; Zelenskyy said on Wednesday.</p></body></html>";

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private static Run run(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), b -> SharedAttributor.get(),
                Main.Analysis.LIBRARY);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void assertTheHtmlQuote(JsonNode json) {
        assertEquals(1, json.at("/quotes").size(), json::toString);
        assertEquals("We will win,", json.at("/quotes/0/text").asText());
        int start = json.at("/quotes/0/spans/0/start").asInt();
        int end = json.at("/quotes/0/spans/0/end").asInt();
        assertEquals("We will <b>win</b>,", HTML.substring(start, end), "offsets into the HTML");
    }

    @Test
    void anHtmlFileIsReadAsHtmlWithOffsetsIntoIt() throws IOException {
        Path file = Files.writeString(dir.resolve("a.html"), HTML);
        Run run = run(InputStream.nullInputStream(), file.toString());
        assertEquals(Main.OK, run.status(), run.err());
        assertTheHtmlQuote(JSON.readTree(run.out()));
    }

    @Test
    void aFolderGivesItsHtmAndHtmlFilesBesideItsTextFiles() throws IOException {
        Files.writeString(dir.resolve("in.txt"), "Lavrov said: \u201cThis will not work.\u201d\n");
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/a.HTM"), HTML);
        Files.writeString(dir.resolve("in/b.txt"), "Lavrov said: \u201cThis will not work.\u201d\n");
        Files.writeString(dir.resolve("in/c.png"), "not an article");
        Run run = run(InputStream.nullInputStream(), "--out", dir.resolve("out").toString(),
                dir.resolve("in").toString());
        assertEquals(Main.OK, run.status(), run.err());
        try (Stream<Path> outputs = Files.list(dir.resolve("out"))) {
            assertEquals(List.of("a.json", "b.json"), outputs.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTheHtmlQuote(JSON.readTree(dir.resolve("out/a.json").toFile()));
    }

    @Test
    void htmlOptionReadsStandardInputAsHtml() throws IOException {
        Run run = run(new ByteArrayInputStream(HTML.getBytes(StandardCharsets.UTF_8)), "--html", "-");
        assertEquals(Main.OK, run.status(), run.err());
        assertTheHtmlQuote(JSON.readTree(run.out()));
    }

    @Test
    void withoutTheOptionStandardInputIsText() throws IOException {
        Run run = run(new ByteArrayInputStream(HTML.getBytes(StandardCharsets.UTF_8)), "-");
        assertEquals(Main.OK, run.status(), run.err());
        // read as text, &ldquo; is six letters, not a quotation mark
        assertEquals(0, JSON.readTree(run.out()).at("/quotes").size(), run.out());
    }

    @Test
    void anHtmlFilesDateIsLookedUpByItsNameWithoutTheExtension() throws IOException {
        Path file = Files.writeString(dir.resolve("a.html"), HTML);
        Path dates = Files.writeString(dir.resolve("dates.tsv"), "filename\tpublication_date\na\t2025-08-20\n");
        Run run = run(InputStream.nullInputStream(), "--dates", dates.toString(), "--format", "jsonl",
                file.toString());
        assertEquals(Main.OK, run.status(), run.err());
        assertEquals("2025-08-20", JSON.readTree(run.out()).at("/quotes/0/date/value").asText(), run.out());
    }
}
