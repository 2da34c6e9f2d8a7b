package org.quoteattribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files of the command-line tool's largest size (16 MiB) made of the worst shapes of {@code HostileInputTest},
 * analysed by the packaged tool in a 256 MB heap: every one is written whole, status 0. Long texts are analysed a
 * piece at a time and their quotes written as they come, so the heap an analysis needs does not grow with the file.
 * {@code mvn verify} runs the shapes that are cheap per character; {@code -P long} ({@code -Dworst.shapes=all}) all
 * of them, which takes several minutes.
 */
class WorstShapesIT {

    private static final int SIZE = 16 << 20;
    private static final String HEAP = "-Xmx256m";

    @TempDir
    Path dir;

    private static Map<String, IntFunction<String>> shapes() {
        Map<String, IntFunction<String>> shapes = new LinkedHashMap<>();
        shapes.put("straight-marks", n -> "\"".repeat(n));
        shapes.put("curly-pairs", n -> "\u201c\u201d".repeat(n / 2));
        shapes.put("spaced-marks", n -> "Lavrov said: " + "\" ".repeat(n / 2));
        shapes.put("unclosed-quote", n -> "Lavrov said: \u201c" + HostileInputTest.prose(n, " "));
        shapes.put("no-spaces", n -> "Zm9vYmFy0123\u201cquo\u201d,x.y\uD83D\uDE00/\"k\"-\u0007\u00e9\u2019s;(a)[b]\uFEFF!?"
                .repeat(n / 30));
        shapes.put("one-letter", "x"::repeat);
        shapes.put("said-said-said", n -> "said ".repeat(n / 5));
        shapes.put("quotations-without-a-cue", n -> "\u201cYes\u201d ".repeat(n / 6));
        if ("all".equals(System.getProperty("worst.shapes"))) {
            shapes.put("every-paragraph-reopened", n -> "Lavrov said: \u201c" + HostileInputTest.prose(n, "\n\u201c"));
            shapes.put("curly-nesting", n -> "Lavrov said: " + "\u201cwe ".repeat(n / 10) + "win\u201d ".repeat(n / 10)
                    + "he added.");
            shapes.put("nesting-without-spaces", n -> "Lavrov said: " + "\u201c".repeat(n / 2) + "x"
                    + "\u201d".repeat(n / 2));
            shapes.put("short-quotes-one-a-paragraph", n -> HostileInputTest.shortQuotes(n / 27, "\n"));
            shapes.put("short-quotes-one-paragraph", n -> HostileInputTest.shortQuotes(n / 27, " "));
            shapes.put("quotations-continuing-one-quote", n -> "\u201cA,\u201d he said.\n"
                    + "\u201cb\u201d\n".repeat(n / 4));
            shapes.put("quotes-from-one-repeated-name", n -> ("\u201cYes,\u201d according to Lavrov. Lavrov, Lavrov, "
                    + "Lavrov, Lavrov.\n").repeat(n / 60));
            shapes.put("pronoun-quotes-before-names", n -> "\u201cYes,\u201d according to he.\n".repeat(n / 50)
                    + "Paris, Moscow, London, Berlin.\n".repeat(n / 60));
        }
        return shapes;
    }

    /** The shape at the largest size the tool reads: 16 MiB of UTF-8 (a little less: whole characters). */
    private static byte[] atFullSize(IntFunction<String> shape) {
        int sampleN = 100_000;
        int sampleBytes = shape.apply(sampleN).getBytes(StandardCharsets.UTF_8).length;
        // a little over the size, then cut to it
        int n = (int) ((long) sampleN * SIZE / sampleBytes * 101 / 100) + 100;
        byte[] bytes = shape.apply(n).getBytes(StandardCharsets.UTF_8);
        int end = Math.min(bytes.length, SIZE);
        while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
            end--; // not inside a character
        }
        return java.util.Arrays.copyOf(bytes, end);
    }

    @Test
    void sixteenMebibyteFilesOfTheWorstShapesAreWrittenWholeInA256MegabyteHeap() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Map<String, IntFunction<String>> shapes = shapes();
        for (Map.Entry<String, IntFunction<String>> shape : shapes.entrySet()) {
            byte[] bytes = atFullSize(shape.getValue());
            assertTrue(bytes.length > SIZE - 1024 && bytes.length <= SIZE, shape.getKey() + ": " + bytes.length);
            Files.write(in.resolve(shape.getKey() + ".txt"), bytes);
        }
        Path out = dir.resolve("out");
        Path err = dir.resolve("err.txt");
        Path jar = Path.of(System.getProperty("cli.jar", "target/quote-attribution-1.0.0-cli.jar"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-jar", jar.toString(), "--threads", "2", "--out", out.toString(), in.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        if (!child.waitFor(20, TimeUnit.MINUTES)) {
            child.destroyForcibly().waitFor();
            fail("the tool did not end: " + Files.readString(err));
        }
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), errors);
        assertFalse(errors.contains("failed") && !errors.contains(" 0 failed"), errors);
        ObjectMapper json = new ObjectMapper();
        for (String name : shapes.keySet()) {
            Path written = out.resolve(name + ".json");
            assertTrue(Files.isRegularFile(written), name + " not written: " + errors);
            try (JsonParser parser = json.createParser(written.toFile())) {
                while (parser.nextToken() != null) {
                    // a complete document parses to its end
                }
            }
        }
    }
}
