package org.quoteattribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import org.quoteattribution.fuzz.FuzzInput;

/**
 * Writes the fuzz targets' seed corpus, the {@code seed-*} files of the Jazzer inputs folders under {@code
 * src/test/resources} (files named {@code crash-*} and others are left alone: they are findings kept as regression
 * inputs). The seeds are the bundled articles (as text, and as HTML of several shapes), the hostile shapes of {@link
 * HostileInputTest} at a few KB each, samples of {@link HostileText}'s generators, malformed HTML, and {@code
 * --dates} tables. Run it after changing any of those, from the project folder:
 *
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.quoteattribution.FuzzSeeds
 * </pre>
 */
public final class FuzzSeeds {

    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final Path FUZZ = RESOURCES.resolve("org/quoteattribution/fuzz");
    private static final Path CLI = RESOURCES.resolve("org/quoteattribution/cli");

    private FuzzSeeds() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        articles().forEach((name, text) -> texts.put("seed-" + name, text));
        texts.putAll(hostileShapes());
        texts.putAll(samples("articles", HostileText.articles(), 12));
        texts.putAll(samples("any-text", HostileText.anyText(), 12));
        Map<String, String> html = new LinkedHashMap<>();
        articles().forEach((name, text) -> html.putAll(asHtml(name, text)));
        html.putAll(malformedHtml());

        write(FUZZ.resolve("TextFuzzTestInputs/anyTextKeepsEveryPromise"), asBytes(texts));
        write(FUZZ.resolve("TextFuzzTestInputs/anyTextWithAnyDateKeepsEveryPromise"), withDates(texts));
        write(FUZZ.resolve("HtmlFuzzTestInputs/anyHtmlKeepsEveryPromise"), asBytes(html));
        write(FUZZ.resolve("HtmlFuzzTestInputs/anyHtmlWithAnyDateKeepsEveryPromise"), withDates(html));
        write(CLI.resolve("PublicationDatesFuzzTestInputs/anyDatesTableIsReadOrRefusedAsAUsageError"), datesTables());
    }

    private static Map<String, String> articles() throws IOException {
        Map<String, String> articles = new LinkedHashMap<>();
        articles.put("seed-article", Files.readString(RESOURCES.resolve("seed-article.txt")));
        try (Stream<Path> files = Files.list(RESOURCES.resolve("articles"))) {
            for (Path f : files.sorted().toList()) {
                articles.put(f.getFileName().toString().replace(".txt", ""), Files.readString(f));
            }
        }
        return articles;
    }

    /** The shapes of {@link HostileInputTest}, each cut down to under 4 KB (libFuzzer's default largest input). */
    private static Map<String, String> hostileShapes() {
        String chunk = "Zm9vYmFy0123\u201cquo\u201d,x.y\uD83D\uDE00/\"k\"-\u0007\u00e9\u2019s;(a)[b]\uFEFF!?";
        Map<String, String> shapes = new LinkedHashMap<>();
        shapes.put("straight-marks", "\"".repeat(3000));
        shapes.put("curly-mark-pairs", "\u201c\u201d".repeat(600));
        shapes.put("spaced-marks", "Lavrov said: " + "\" ".repeat(1500));
        shapes.put("unclosed-quote-one-line", "Lavrov said: \u201c" + HostileInputTest.prose(3000, " "));
        shapes.put("unclosed-quote-reopened", "Lavrov said: \u201c" + HostileInputTest.prose(3000, "\n\u201c"));
        shapes.put("curly-nesting", "Lavrov said: " + "\u201cwe ".repeat(200) + "win\u201d ".repeat(200) + "he added.");
        shapes.put("straight-nesting", "Lavrov said: " + "\"we ".repeat(300) + "win\" ".repeat(300) + "he added.");
        shapes.put("double-and-single-nesting",
                "\u201cwe \u2018can ".repeat(100) + "go\u2019 now\u201d ".repeat(100) + "Lavrov said.");
        shapes.put("nesting-without-spaces", "Lavrov said: " + "\u201c".repeat(600) + "x" + "\u201d".repeat(600));
        shapes.put("no-spaces", chunk.repeat(3000 / chunk.length()));
        shapes.put("one-letter", "x".repeat(4000));
        shapes.put("short-quotes-one-a-paragraph", HostileInputTest.shortQuotes(100, "\n"));
        shapes.put("short-quotes-one-paragraph", HostileInputTest.shortQuotes(100, " "));
        shapes.put("quotations-without-a-cue", "\u201cYes\u201d ".repeat(400));
        shapes.put("single-mark-possessives", "Title\nHe said: \u2018" + "the peers\u2019 amendments ".repeat(150));
        shapes.put("said-said-said", "said ".repeat(800));
        shapes.put("quotations-continuing-one-quote", "\u201cA,\u201d he said.\n" + "\u201cb\u201d\n".repeat(400));
        shapes.put("quotes-from-one-repeated-name",
                "\u201cYes,\u201d according to Lavrov. Lavrov, Lavrov, Lavrov, Lavrov.\n".repeat(50));
        shapes.put("pronoun-quotes-before-many-names",
                "\u201cYes,\u201d according to he.\n".repeat(80) + "Paris, Moscow, London, Berlin.\n".repeat(80));
        Map<String, String> named = new LinkedHashMap<>();
        shapes.forEach((name, text) -> named.put("seed-hostile-" + name, text));
        return named;
    }

    /** Values of a jqwik generator (jqwik's own random choice: a new run writes other samples). */
    private static Map<String, String> samples(String name, Arbitrary<String> arbitrary, int count) {
        List<String> values = arbitrary.sampleStream().limit(count).toList();
        Map<String, String> samples = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            samples.put(String.format("seed-generated-%s-%02d", name, i), values.get(i));
        }
        return samples;
    }

    /** An article as HTML: paragraphs; a whole page with entities and skipped elements; {@code <q>} and tags. */
    private static Map<String, String> asHtml(String name, String text) {
        List<String> paragraphs = text.lines().filter(l -> !l.isBlank()).toList();
        StringBuilder plain = new StringBuilder();
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><title>").append(escape(paragraphs.get(0)))
                .append("</title><style>p{margin:0}</style><script>var q=\"\u201c\";</script></head><body><nav>Home"
                        + "</nav><article><h1>").append(escape(paragraphs.get(0))).append("</h1>\n");
        StringBuilder tagged = new StringBuilder();
        for (int i = 1; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            plain.append("<p>").append(escape(p)).append("</p>\n");
            page.append("<p>").append(escape(p).replace("\u201c", "&ldquo;").replace("\u201d", "&#8221;")
                    .replace("\u2019", "&rsquo;").replace(" ", i % 3 == 0 ? "&nbsp;" : " ")).append("</p>\r\n");
            if (i == 2) {
                page.append("<figure><img src=a.jpg><figcaption>\u201cNot a quote,\u201d a caption said."
                        + "</figcaption></figure><aside>Read more</aside>");
            }
            tagged.append(i % 2 == 0 ? "<div>" : "").append(escape(p).replaceAll("\u201c([^\u201d]*)\u201d", "<q>$1</q>")
                    .replace(" said", " <b>said</b>").replace(" told ", " <i>told</i> ")).append(i % 2 == 0 ? "</div>" : "<br>");
        }
        page.append("</article><footer>\u00a9 2025</footer></body></html>\n");
        Map<String, String> html = new LinkedHashMap<>();
        html.put("seed-" + name + "-paragraphs", plain.toString());
        html.put("seed-" + name + "-page", page.toString());
        html.put("seed-" + name + "-q-and-tags", tagged.toString());
        return html;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Map<String, String> malformedHtml() {
        Map<String, String> html = new LinkedHashMap<>();
        html.put("seed-malformed-unclosed", "<p>Lavrov said: <b>\u201cwe <i>will not <p>agree,\u201d he <div>said.");
        html.put("seed-malformed-stray-lt", "<p>a < b said Lavrov, \u201cand <3 is < 4 <\u201d he said <");
        html.put("seed-malformed-deep-divs", "<div>".repeat(600) + "\u201cYes,\u201d Lavrov said." + "</div>".repeat(3));
        html.put("seed-malformed-blockquotes", "<p>Lavrov said:</p><blockquote>We will not agree.</blockquote>"
                + "<blockquote><p>\u201cWe will,\u201d</p><blockquote>nested <q>q <q>in q</q></q></blockquote>");
        html.put("seed-malformed-table", "<table><tr><td>\u201cYes,\u201d</td><td>Lavrov</td><td>said.</td></tr>"
                + "<tr><th>he</th><td>said: \u201cno\u201d</td></table>");
        html.put("seed-malformed-entities", "<p>&ldquo;We&nbsp;will &amp; can&rdquo;, &#x4C;avrov said &#8220;&#0;"
                + "&#xD800;&bogus; &amp &lt &#99999999; &#x1F600; e&#x301;&#769;\u201d</p>");
        html.put("seed-malformed-comments", "<p>Lavrov said <!-- \u201c --> \u201cyes<!--\u201d-->\u201d.</p><!-- open");
        html.put("seed-malformed-raw-text", "<pre>\u201cA,\u201d\n  he said.</pre><textarea>\u201cB\u201d she said"
                + "</textarea><plaintext>\u201cC,\u201d they said. <p>");
        html.put("seed-malformed-controls", "<p\u0000>\u201cA\u0000,\u201d he\u0007 said\uFEFF.\r\n\u2028<br/>"
                + "\uD800\u201cB\u201d\uDC00 she said</p >");
        html.put("seed-malformed-no-body", "<html><head><title>\u201cT\u201d</title></head>\u201cX,\u201d he said.");
        html.put("seed-malformed-two-bodies", "<body><p>\u201cA,\u201d he said.</p></body><body>\u201cB,\u201d she "
                + "said.</body></html><p>\u201cC,\u201d they said.");
        html.put("seed-malformed-svg-math", "<p>\u201cA,\u201d <svg><text>he</text></svg> said <math><mi>x</mi>"
                + "</math>\u201cB\u201d</p><iframe>\u201cC,\u201d it said</iframe>");
        return html;
    }

    private static Map<String, byte[]> datesTables() {
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("seed-simple", "filename\tpublication_date\nseed-article\t2025-08-20\nstorm\t2024-01-31\n");
        tables.put("seed-columns-reordered", "id\tpublication_date\tsource\tfilename\n1\t2016-09-15\tx\tbreitbart_a\n"
                + "2\t\ty\tno-date\n3\t2016-10-04\tz\n");
        tables.put("seed-bom-crlf", "\uFEFFfilename\tpublication_date\r\na.txt\t 2020-02-29 \r\nb\t1999-12-31\r\n");
        tables.put("seed-duplicates", "filename\tpublication_date\na\t2020-01-01\na\t2021-01-01\n a \t2022-01-01\n");
        tables.put("seed-bad-date", "filename\tpublication_date\na\t2020-13-01\n");
        tables.put("seed-no-date-column", "filename\tdate\na\t2020-01-01\n");
        tables.put("seed-no-filename-column", "name\tpublication_date\na\t2020-01-01\n");
        tables.put("seed-header-only", "filename\tpublication_date");
        tables.put("seed-empty", "");
        tables.put("seed-extreme-dates", "filename\tpublication_date\nmin\t-999999999-01-01\nmax\t+999999999-12-31\n"
                + "lone-cr\r0001-01-01\n");
        tables.put("seed-unicode-names", "filename\tpublication_date\n\u674e\u660e\t2025-08-20\n\uD83D\uDE00\t2025-08-21\n"
                + "a b\t2025-08-22\n\t2025-08-23\n");
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        tables.forEach((name, table) -> bytes.put(name, table.getBytes(StandardCharsets.UTF_8)));
        byte[] invalid = "filename\tpublication_date\na\t2020-01-01\n\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        bytes.put("seed-not-utf-8", invalid);
        return bytes;
    }

    private static Map<String, byte[]> asBytes(Map<String, String> texts) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        texts.forEach((name, text) -> bytes.put(name, FuzzInput.bytes(text)));
        return bytes;
    }

    /** Each text with a recent day after it; the first two also with the earliest and the latest day of all. */
    private static Map<String, byte[]> withDates(Map<String, String> texts) {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(texts.keySet());
        for (int i = 0; i < names.size(); i++) {
            String text = texts.get(names.get(i));
            seeds.put(names.get(i), FuzzInput.withRecentDate(text, 12_000 + 97 * i));
            if (i < 2) {
                seeds.put(names.get(i) + "-earliest-day", anyDay(text, (byte) 0));
                seeds.put(names.get(i) + "-latest-day", anyDay(text, (byte) 0xff));
            }
        }
        return seeds;
    }

    /** {@code text} then the six bytes that {@link FuzzInput#date} reads as any day: five for it, one for the choice. */
    private static byte[] anyDay(String text, byte fill) {
        byte[] body = FuzzInput.bytes(text);
        byte[] seed = new byte[body.length + 6];
        System.arraycopy(body, 0, seed, 0, body.length);
        for (int k = 0; k < 5; k++) {
            seed[body.length + k] = fill;
        }
        seed[body.length + 5] = 0;
        return seed;
    }

    private static void write(Path folder, Map<String, byte[]> seeds) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
            Files.write(folder.resolve(seed.getKey()), seed.getValue());
        }
    }
}
