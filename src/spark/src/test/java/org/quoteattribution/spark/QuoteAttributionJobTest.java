package org.quoteattribution.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteattribution.JsonForm;
import org.quoteattribution.QuoteAttributor;
import picocli.CommandLine;

/**
 * Runs the job in Spark local[2] over the library's bundled articles (and the PolNeAR dev articles when {@code
 * ../shared} is there) and checks that it gives exactly the quotes the library gives directly, field by field, and
 * that a document that cannot be analysed is an error row while the job goes on.
 */
class QuoteAttributionJobTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path RESOURCES = Path.of(System.getProperty("quoteattribution.testResources",
            "../../src/test/resources"));
    private static final Path POLNEAR_DEV = Path.of(System.getProperty("quoteattribution.polnearDev",
            "../../../shared/data/polnear/dev/text"));

    private static SparkSession spark;
    private static QuoteAttributor attributor;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("QuoteAttributionJobTest")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        attributor = QuoteAttributor.create(); // the library directly, apart from the job's attributor
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** The bundled articles: the seed article and those of {@code articles/}, by id (the name without .txt). */
    private static Map<String, String> bundledArticles() throws IOException {
        Map<String, String> articles = new TreeMap<>();
        articles.put("seed-article", Files.readString(RESOURCES.resolve("seed-article.txt")));
        try (Stream<Path> files = Files.list(RESOURCES.resolve("articles"))) {
            for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".txt")).sorted()::iterator) {
                articles.put(f.getFileName().toString().replaceFirst("\\.txt$", ""), Files.readString(f));
            }
        }
        assertTrue(articles.size() >= 5, "the bundled articles: " + articles.keySet());
        return articles;
    }

    private static QuoteAttributionJob.Summary run(String... args) {
        QuoteAttributionJob job = new QuoteAttributionJob();
        new CommandLine(job).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        QuoteAttributionJob.Summary summary = job.run(spark);
        System.out.println(summary);
        return summary;
    }

    /** Each document's expected quotes in the JSON form, as {@code JsonForm.document} gives them, by id. */
    private static Map<String, List<JsonNode>> expected(Map<String, String> texts, Map<String, LocalDate> dates) {
        Map<String, List<JsonNode>> expected = new TreeMap<>();
        texts.forEach((id, text) -> {
            LocalDate date = dates.get(id);
            var quotes = date == null ? attributor.attribute(text) : attributor.attribute(text, date);
            JsonNode document = JSON.valueToTree(JsonForm.document(quotes));
            List<JsonNode> list = new ArrayList<>();
            document.get("quotes").forEach(list::add);
            if (!list.isEmpty()) {
                expected.put(id, list);
            }
        });
        return expected;
    }

    /** The job's quote rows, grouped by document, ordered by quote_index, without id, quote_index and error. */
    private static Map<String, List<JsonNode>> quotesByDocument(List<JsonNode> rows) {
        Map<String, List<ObjectNode>> byId = new TreeMap<>();
        for (JsonNode row : rows) {
            assertTrue(row.get("error").isNull(), "an error row: " + row);
            byId.computeIfAbsent(row.get("id").asText(), k -> new ArrayList<>()).add((ObjectNode) row.deepCopy());
        }
        Map<String, List<JsonNode>> quotes = new TreeMap<>();
        byId.forEach((id, list) -> {
            list.sort(Comparator.comparingInt(r -> r.get("quote_index").asInt()));
            List<JsonNode> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                ObjectNode r = list.get(i);
                assertEquals(i, r.get("quote_index").asInt(), id + ": quote_index");
                r.remove(List.of("id", "quote_index", "error"));
                out.add(r);
            }
            quotes.put(id, out);
        });
        return quotes;
    }

    private static List<JsonNode> jsonLines(Path folder) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path part : (Iterable<Path>) files.filter(f -> f.getFileName().toString().startsWith("part-"))
                    .sorted()::iterator) {
                for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                    rows.add(JSON.readTree(line));
                }
            }
        }
        return rows;
    }

    private static List<JsonNode> parquetRows(Path folder) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        for (Row row : spark.read().parquet(folder.toString()).collectAsList()) {
            rows.add(JSON.readTree(row.json()));
        }
        return rows;
    }

    private static void assertSameQuotes(Map<String, List<JsonNode>> expected, Map<String, List<JsonNode>> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the documents with quotes");
        expected.forEach((id, quotes) -> {
            assertEquals(quotes.size(), actual.get(id).size(), id + ": the number of quotes");
            for (int i = 0; i < quotes.size(); i++) {
                assertEquals(quotes.get(i), actual.get(id).get(i), id + ": quote " + i);
            }
        });
    }

    @Test
    void textFilesToJsonLinesGiveTheLibrarysQuotes() throws IOException {
        Map<String, String> texts = bundledArticles();
        List<String> args = new ArrayList<>(List.of("--input-format", "txt", "--format", "jsonl",
                "--out", tmp.resolve("out").toString(),
                RESOURCES.resolve("seed-article.txt").toString(), RESOURCES.resolve("articles").toString()));
        if (Files.isDirectory(POLNEAR_DEV)) {
            args.add(POLNEAR_DEV.toString());
            try (Stream<Path> files = Files.list(POLNEAR_DEV)) {
                for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".txt"))::iterator) {
                    texts.put(f.getFileName().toString().replaceFirst("\\.txt$", ""), Files.readString(f));
                }
            }
        }
        QuoteAttributionJob.Summary summary = run(args.toArray(String[]::new));

        List<JsonNode> rows = jsonLines(tmp.resolve("out"));
        // every field of the JSON form is there, null when unknown, besides id, quote_index and error
        for (JsonNode row : rows) {
            assertEquals(List.of("id", "quote_index", "type", "text", "spans", "cue", "speaker", "date", "source",
                    "confidence", "error"), iterableToList(row.fieldNames()), row.toString());
        }
        Map<String, List<JsonNode>> expected = expected(texts, Map.of());
        assertSameQuotes(expected, quotesByDocument(rows));
        int quoteCount = expected.values().stream().mapToInt(List::size).sum();
        assertEquals(texts.size(), summary.documents());
        assertEquals(quoteCount, summary.quotes());
        assertEquals(0, summary.failed());
        assertTrue(quoteCount > 20, "quotes: " + quoteCount);
    }

    private static List<String> iterableToList(java.util.Iterator<String> it) {
        List<String> list = new ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }

    /** JSON Lines input with publication dates, Parquet output; a bad date, no text and a broken line are error rows. */
    @Test
    void jsonLinesWithDatesToParquetAndErrorRows() throws IOException {
        Map<String, String> texts = bundledArticles();
        Map<String, LocalDate> dates = new TreeMap<>();
        StringBuilder input = new StringBuilder();
        int n = 0;
        for (var e : texts.entrySet()) {
            LocalDate date = LocalDate.of(2025, 8, 20).plusDays(n++);
            Map<String, Object> line = new TreeMap<>(Map.of("id", e.getKey(), "text", e.getValue()));
            if (n % 3 != 0) { // some without a date
                dates.put(e.getKey(), date);
                line.put("publication_date", date.toString());
            }
            input.append(JSON.writeValueAsString(line)).append('\n');
        }
        String seed = texts.get("seed-article");
        input.append(JSON.writeValueAsString(Map.of("id", "bad-date", "text", seed, "publication_date", "2025-02-30")))
                .append('\n');
        input.append("{\"id\": \"no-text\"}\n");
        input.append("{\"id\": \"broken\", \"text\": \"unterminated\n");
        input.append(JSON.writeValueAsString(Map.of("id", "after-the-failures", "text", seed, "publication_date",
                "2025-08-20"))).append('\n');
        texts.put("after-the-failures", seed);
        dates.put("after-the-failures", LocalDate.of(2025, 8, 20));
        Path articles = tmp.resolve("articles.jsonl");
        Files.writeString(articles, input);

        QuoteAttributionJob.Summary summary = run("--out", tmp.resolve("out").toString(), articles.toString());

        List<JsonNode> rows = parquetRows(tmp.resolve("out"));
        List<JsonNode> quoteRows = new ArrayList<>();
        Map<String, String> errors = new TreeMap<>();
        for (JsonNode row : rows) {
            if (row.get("error").isNull()) {
                quoteRows.add(row);
            } else {
                errors.put(row.get("id").isNull() ? null + "" : row.get("id").asText(), row.get("error").asText());
                for (String field : List.of("quote_index", "type", "text", "spans", "cue", "speaker", "date",
                        "source", "confidence")) {
                    assertTrue(row.get(field).isNull(), field + " of an error row: " + row);
                }
            }
        }
        assertSameQuotes(expected(texts, dates), quotesByDocument(quoteRows));
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.get("bad-date").contains("publication_date '2025-02-30'"), errors.toString());
        assertEquals("no text", errors.get("no-text"));
        assertTrue(errors.get("null").startsWith("not a JSON object"), errors.toString());
        assertEquals(3, summary.failed());
        assertEquals(texts.size() + 3, summary.documents());
        // the dates reached the library: the seed article's "on Wednesday" is 2025-08-20
        assertTrue(quoteRows.stream().anyMatch(r -> r.get("id").asText().equals("after-the-failures")
                && "2025-08-20".equals(r.path("date").path("value").asText(null))), "a resolved date");
    }

    /** Parquet input whose id is a number and whose publication_date is a DATE: cast, and the same quotes. */
    @Test
    void parquetInputWithOtherColumnTypes() throws IOException {
        Map<String, String> articles = bundledArticles();
        Map<String, String> texts = new TreeMap<>();
        Map<String, LocalDate> dates = new TreeMap<>();
        List<Row> rows = new ArrayList<>();
        long id = 1000;
        for (String text : articles.values()) {
            LocalDate date = LocalDate.of(2016, 9, 1).plusDays(id % 30);
            rows.add(RowFactory.create(id, "ignored", text, java.sql.Date.valueOf(date)));
            texts.put(Long.toString(id), text);
            dates.put(Long.toString(id), date);
            id++;
        }
        StructType schema = new StructType().add("id", DataTypes.LongType).add("other", DataTypes.StringType)
                .add("text", DataTypes.StringType).add("publication_date", DataTypes.DateType);
        Path input = tmp.resolve("articles.parquet");
        spark.createDataFrame(rows, schema).write().parquet(input.toString());

        QuoteAttributionJob.Summary summary = run("--input-format", "parquet", "--format", "jsonl",
                "--out", tmp.resolve("out").toString(), input.toString());

        assertSameQuotes(expected(texts, dates), quotesByDocument(jsonLines(tmp.resolve("out"))));
        assertEquals(texts.size(), summary.documents());
        assertEquals(0, summary.failed());
    }

    /** A document past --timeout is an error row naming AnalysisTimeoutException; the rest of the job goes on. */
    @Test
    void timeoutIsAnErrorRow() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("in"));
        StringBuilder slow = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            slow.append("\"We will win,\" Lavrov said.\n");
        }
        Files.writeString(folder.resolve("slow.txt"), slow);
        Files.write(folder.resolve("latin1.txt"), "Caf\u00e9 \"ol\u00e9,\" he said.".getBytes(StandardCharsets.ISO_8859_1));
        Files.copy(RESOURCES.resolve("seed-article.txt"), folder.resolve("seed.txt"));

        QuoteAttributionJob.Summary summary = run("--input-format", "txt", "--format", "jsonl", "--timeout", "300ms",
                "--out", tmp.resolve("out").toString(), folder.toString());

        Map<String, String> errors = new TreeMap<>();
        for (JsonNode row : jsonLines(tmp.resolve("out"))) {
            if (!row.get("error").isNull()) {
                errors.put(row.get("id").asText(), row.get("error").asText());
            }
        }
        assertTrue(errors.get("slow").startsWith("AnalysisTimeoutException: "), errors.toString());
        assertTrue(errors.get("latin1").startsWith("not valid UTF-8 text"), errors.toString());
        assertEquals(3, summary.documents());
        assertTrue(summary.failed() >= 2, summary.toString());
    }

    @Test
    void oneAttributorPerJvmAndSettings() throws IOException {
        run("--input-format", "txt", "--partitions", "6", "--out", tmp.resolve("a").toString(),
                RESOURCES.resolve("articles").toString());
        int built = Attributors.built();
        run("--input-format", "txt", "--partitions", "6", "--out", tmp.resolve("b").toString(),
                RESOURCES.resolve("articles").toString());
        assertEquals(built, Attributors.built(), "the second job built no attributor");
        assertNotNull(Attributors.of(Settings.DEFAULTS));
        assertEquals(built, Attributors.built());
    }

    @Test
    void usageErrorsAreStatusTwo() {
        for (String[] args : List.of(new String[] {"--out", "x"}, new String[] {"--timeout", "soon", "--out", "x", "in"},
                new String[] {"--min-confidence", "2", "--out", "x", "in"},
                new String[] {"--input-format", "csv", "--out", "x", "in"})) {
            StringWriter err = new StringWriter();
            CommandLine cl = QuoteAttributionJob.commandLine();
            cl.setErr(new PrintWriter(err));
            assertEquals(2, cl.execute(args), String.join(" ", args));
            assertFalse(err.toString().isBlank());
        }
    }
}
