package org.quoteattribution.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quoteattribution.Phrase;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteAttributor;
import org.quoteattribution.QuoteDate;
import org.quoteattribution.SharedAttributor;
import org.quoteattribution.Speaker;

/**
 * The hand-made expectation files are met at least as well as when their floor was set: those of PolNeAR dev
 * articles ({@code src/test/resources/expected/*.expected.json}) and those of GGT dev articles
 * ({@code src/test/resources/expected-ggt/}, which pick quotes out by offsets into the article so that no GGT text is
 * in the repository; see their READMEs). Each file's article, read from the folder of {@code ../shared/data} its
 * {@code texts} names, is attributed with its publication date, and its required quotes are counted field by field as
 * {@code src/test/scripts/check-expectations.sh} counts them, with {@code ../shared/eval/check_seed.py}'s matching
 * ({@code find}, {@code check_fields}) ported rule for rule: "found", then each field the expectation gives (type,
 * speaker, role, date, source). The script's line "expectations: N articles, R/T fields right" and this test's must
 * agree; raise a floor when its count rises. Needs the shared data beside the repository; skipped without it.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ExpectationFloorTest {

    /** Where the articles are: each file's {@code texts} folder (default {@code polnear/dev/text}) under it. */
    private static final Path SHARED_DATA = Path.of(System.getProperty("quoteattribution.sharedData",
            "../shared/data"));
    private static final List<String> FIELDS = List.of("found", "type", "speaker", "role", "date", "source");
    /** Python's whitespace ({@code str.isspace}, what {@code re}'s {@code \s} matches in a str), in runs. */
    private static final Pattern WHITESPACE = Pattern.compile(
            "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+");

    private final QuoteAttributor attributor = SharedAttributor.get();

    /**
     * The PolNeAR dev files: check-expectations.sh said "24 articles, 1033/1112 fields right" when the floor was set.
     * A different total means the files changed and the floor must be re-set.
     */
    @Test
    void thePolnearExpectationFilesAreMetAtLeastAsWellAsWhenTheFloorWasSet() throws IOException {
        meetsFloor("expected", 1033, 1112);
    }

    /** The GGT dev files: "14 articles, 523/590 fields right" (EXPECTED_DIR=src/test/resources/expected-ggt). */
    @Test
    void theGgtExpectationFilesAreMetAtLeastAsWellAsWhenTheFloorWasSet() throws IOException {
        meetsFloor("expected-ggt", 523, 590);
    }

    private void meetsFloor(String folder, int floorRight, int floorTotal) throws IOException {
        assumeTrue(Files.isDirectory(SHARED_DATA), "no shared data at " + SHARED_DATA.toAbsolutePath());
        List<Path> files = expectationFiles(folder);
        assertTrue(!files.isEmpty(), "no expectation files");
        ObjectMapper json = new ObjectMapper();
        Map<String, int[]> perField = new LinkedHashMap<>();
        FIELDS.forEach(f -> perField.put(f, new int[2]));
        List<String> wrong = new ArrayList<>();
        for (Path file : files) {
            JsonNode expected = json.readTree(file.toFile());
            String document = expected.get("document").asText();
            Path article = SHARED_DATA.resolve(expected.has("texts") ? expected.get("texts").asText()
                    : "polnear/dev/text").resolve(document);
            assumeTrue(Files.isRegularFile(article), "no article at " + article.toAbsolutePath());
            String text = Files.readString(article, StandardCharsets.UTF_8);
            withWords(expected, text);
            LocalDate published = LocalDate.parse(expected.get("publication_date").asText());
            List<Quote> quotes = attributor.attribute(text, published);
            for (JsonNode e : expected.get("quotes")) {
                if (truthy(e.get("optional"))) {
                    continue;
                }
                String where = document.substring(0, document.length() - 4) + " / " + e.get("id").asText();
                Optional<Quote> q = find(e, quotes);
                List<Field> fields = new ArrayList<>();
                fields.add(new Field("found", q.isPresent(), null));
                if (q.isPresent()) {
                    fields.addAll(checkFields(e, q.get()));
                } else {
                    wrong.add(where + ": no quote containing '" + e.get("contains").asText() + "'");
                    checkFields(e, null).forEach(f -> fields.add(new Field(f.name(), false, null)));
                }
                for (Field f : fields) {
                    int[] counts = perField.get(f.name());
                    counts[0] += f.right() ? 1 : 0;
                    counts[1]++;
                    if (!f.right() && q.isPresent()) {
                        wrong.add(where + ": " + f.name() + " got " + (f.got() == null ? "null" : "'" + f.got() + "'")
                                + ", expected " + e.get(f.name()));
                    }
                }
            }
        }
        int right = perField.values().stream().mapToInt(c -> c[0]).sum();
        int total = perField.values().stream().mapToInt(c -> c[1]).sum();
        System.out.println(String.format(Locale.ROOT, "expectations: %d articles, %d/%d fields right (%.1f%%)",
                files.size(), right, total, 100.0 * right / total));
        perField.forEach((name, c) -> {
            if (c[1] > 0) {
                System.out.println(String.format(Locale.ROOT, "  %-8s %4d/%-4d (%.1f%%)", name, c[0], c[1],
                        100.0 * c[0] / c[1]));
            }
        });
        String misses = String.join("\n  ", wrong);
        assertEquals(floorTotal, total, "the " + folder + " files count " + total + " fields, not " + floorTotal
                + ": they changed, so measure again with check-expectations.sh and set the floor to its count");
        assertTrue(right >= floorRight, folder + ": " + right + "/" + total + " fields right, below the floor of "
                + floorRight + "/" + floorTotal + "; fields wrong now:\n  " + misses);
        if (right > floorRight) {
            System.out.println(folder + ": above the floor of " + floorRight + "/" + floorTotal
                    + ": raise it in " + ExpectationFloorTest.class.getSimpleName());
        }
    }

    /** One field of an expected quote, right or not, and what the library gave (null for nothing). */
    private record Field(String name, boolean right, String got) {
    }

    /**
     * Puts the words back where a file gives offsets into the article ({@code "contains_at": [start, end]}, also
     * {@code also_contains_at}, {@code not_contains_at}), as check-expectations.sh does before check_seed.py.
     */
    private static void withWords(JsonNode expected, String text) {
        for (JsonNode e : expected.get("quotes")) {
            ObjectNode entry = (ObjectNode) e;
            List<String> keys = new ArrayList<>();
            entry.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                if (key.endsWith("_at")) {
                    JsonNode at = entry.remove(key);
                    entry.put(key.substring(0, key.length() - 3), text.substring(at.get(0).asInt(), at.get(1).asInt()));
                }
            }
        }
    }

    /** The expectation files, in name order, as the build copied them from {@code src/test/resources/<folder>}. */
    private static List<Path> expectationFiles(String folder) throws IOException {
        URL readme = ExpectationFloorTest.class.getResource("/" + folder + "/README.md");
        assertTrue(readme != null, "/" + folder + "/README.md is not on the class path");
        try (Stream<Path> files = Files.list(Path.of(readme.toURI()).getParent())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    // ---- check_seed.py's rules, ported one for one (Python's truthiness, "in" and str methods included) ----

    /** The first quote whose text holds {@code contains} (and {@code also_contains}, and not {@code not_contains}). */
    private static Optional<Quote> find(JsonNode expected, List<Quote> quotes) {
        for (Quote q : quotes) {
            String t = norm(q.text());
            if (!t.contains(norm(string(expected.get("contains"))))) {
                continue;
            }
            if (truthy(expected.get("also_contains")) && !t.contains(norm(string(expected.get("also_contains"))))) {
                continue;
            }
            if (truthy(expected.get("not_contains")) && t.contains(norm(string(expected.get("not_contains"))))) {
                continue;
            }
            return Optional.of(q);
        }
        return Optional.empty();
    }

    /**
     * The fields an expected quote gives, each right or not for {@code q}; for {@code q == null} (check_seed.py's
     * {@code check_fields(e, {})}) only which fields are checked counts.
     */
    private static List<Field> checkFields(JsonNode e, Quote q) {
        Optional<Quote> quote = Optional.ofNullable(q);
        String type = quote.map(x -> x.type().name()).orElse(null);
        String name = quote.flatMap(Quote::speaker).flatMap(Speaker::name).orElse(null);
        String role = quote.flatMap(Quote::speaker).flatMap(Speaker::role).orElse(null);
        String date = quote.flatMap(Quote::date).flatMap(QuoteDate::value).map(LocalDate::toString).orElse(null);
        String source = quote.flatMap(Quote::source).map(Phrase::text).orElse(null);
        List<Field> results = new ArrayList<>();
        if (truthy(e.get("type"))) {
            results.add(new Field("type", in((type == null ? "" : type).toUpperCase(Locale.ROOT), e.get("type")),
                    type));
        }
        if (truthy(e.get("speaker"))) {
            results.add(new Field("speaker", norm(name).contains(norm(string(e.get("speaker")))) && truthy(name),
                    name));
        }
        if (truthy(e.get("role"))) {
            results.add(new Field("role", anyIn(e.get("role"), norm(role)) && truthy(role), role));
        }
        if (truthy(e.get("date"))) {
            results.add(new Field("date", date != null && e.get("date").isTextual()
                    && date.equals(e.get("date").asText()), date));
        }
        if (truthy(e.get("source"))) {
            results.add(new Field("source", anyIn(e.get("source"), norm(source)) && truthy(source), source));
        }
        return results;
    }

    /** check_seed.py's {@code norm}: curly quotes straightened, whitespace runs one space, trimmed, lower case. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
        s = WHITESPACE.matcher(s).replaceAll(" ");
        // every whitespace run is one space now, so Python's strip() takes spaces only
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Python's {@code any(norm(r) in haystack for r in values)}: a list's items, or a string's characters. */
    private static boolean anyIn(JsonNode values, String haystack) {
        for (String r : items(values)) {
            if (haystack.contains(norm(r))) {
                return true;
            }
        }
        return false;
    }

    /** Python's {@code needle in container}: a list member equal to it, a substring of a string, a key. */
    private static boolean in(String needle, JsonNode container) {
        if (container.isTextual()) {
            return container.asText().contains(needle);
        }
        if (container.isArray()) {
            for (JsonNode item : container) {
                if (item.isTextual() && item.asText().equals(needle)) {
                    return true;
                }
            }
            return false;
        }
        if (container.isObject()) {
            return container.has(needle);
        }
        throw new IllegalArgumentException("check_seed.py could not test membership in " + container);
    }

    /** What Python iterates in a value: a list's items (null as None), or a string's characters. */
    private static List<String> items(JsonNode values) {
        List<String> out = new ArrayList<>();
        if (values.isTextual()) {
            values.asText().codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
        } else if (values.isArray()) {
            for (JsonNode item : values) {
                out.add(item.isNull() ? null : string(item));
            }
        } else {
            throw new IllegalArgumentException("check_seed.py could not iterate " + values);
        }
        return out;
    }

    /** A value check_seed.py uses as a string; anything else would fail there too. */
    private static String string(JsonNode value) {
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("check_seed.py needs a string, not " + value);
        }
        return value.asText();
    }

    /** Python's truth of a JSON value: absent, null, false, 0, "" and empty lists or objects are false. */
    private static boolean truthy(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0;
        }
        if (value.isTextual()) {
            return !value.asText().isEmpty();
        }
        return value.size() > 0;
    }

    private static boolean truthy(String value) {
        return value != null && !value.isEmpty();
    }
}
