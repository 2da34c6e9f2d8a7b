package org.quoteattribution.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command-line tool in a child JVM with a heap too small for it: it ends, within a time limit, with one
 * line per problem and a documented status, never a hang or a stack trace. Run by failsafe in {@code mvn verify}, after
 * the CLI jar exists; where exactly the heap runs out depends on the JVM and its collector, so each batch is checked
 * against the promise for every status it may end with.
 */
class SmallHeapIT {

    private static final Path ARTICLES = Path.of("src/test/resources/articles");
    private static final Set<Integer> BATCH_STATUSES = Set.of(Main.OK, Main.SOME_FILES_FAILED, Main.MODELS,
            Main.STOPPED);

    @TempDir
    Path out;

    record Child(int status, List<String> errLines) {
    }

    private Child cli(String heap, long limitSeconds) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("cli.jar", "target/quote-attribution-1.0.0-cli.jar"));
        assertTrue(Files.isRegularFile(jar), "the CLI jar has not been packaged: " + jar);
        Path err = out.resolveSibling(out.getFileName() + ".err");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-jar", jar.toString(), "--out", out.toString(), ARTICLES.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile())
                .start();
        if (!child.waitFor(limitSeconds, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor();
            fail("the CLI with -Xmx" + heap + " did not end within " + limitSeconds + " s: "
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        String text = Files.readString(err, StandardCharsets.UTF_8);
        assertFalse(text.contains("\tat ") || text.contains("Exception in thread"), text);
        return new Child(child.exitValue(), text.isEmpty() ? List.of() : List.of(text.split("\\R")));
    }

    private static List<Path> articles() throws IOException {
        try (Stream<Path> files = Files.list(ARTICLES)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** A documented status; one line when the models did not load, else every file written or named once. */
    private void assertEndedAsABatchMay(Child child) throws IOException {
        assertTrue(BATCH_STATUSES.contains(child.status()), "status " + child.status());
        if (child.status() == Main.MODELS) {
            assertEquals(1, child.errLines().size(), child.errLines().toString());
        } else {
            assertEveryFileWrittenOrNamedOnce(child);
        }
    }

    /**
     * Every input is either written in full or named in exactly one line; nothing else is printed but the batch's
     * closing count (since the models are read in compact form, 36 MiB is enough for all of them and the batch).
     */
    private void assertEveryFileWrittenOrNamedOnce(Child child) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> unexplained = new ArrayList<>(child.errLines());
        unexplained.removeIf(line -> line.matches("quote-attribution: [\\d,]+ files, .*"));
        for (Path article : articles()) {
            String name = article.getFileName().toString();
            Path written = out.resolve(name.replace(".txt", ".json"));
            List<String> lines = child.errLines().stream().filter(l -> l.contains(name)).toList();
            if (Files.exists(written)) {
                json.readTree(written.toFile()); // complete: it parses
                assertEquals(List.of(), lines, name + " was written and reported");
            } else {
                assertEquals(1, lines.size(), name + " was neither written nor named once: " + child.errLines());
                unexplained.remove(lines.get(0));
            }
        }
        assertEquals(List.of(), unexplained);
    }

    @Test
    void modelsThatDoNotFitTheHeapAreOneLineNamingTheModelAndTheHeapWithStatusThree() throws Exception {
        // 20 MiB: since the models are read in compact form (2026-12-03) they fit in 32 MiB
        Child child = cli("20m", 30);
        assertEquals(Main.MODELS, child.status(), child.errLines().toString());
        assertEquals(1, child.errLines().size(), child.errLines().toString());
        String line = child.errLines().get(0);
        // the word lists load beside the models (StartUpThreads), so the heap may run out in either: the line names
        // the model, or the models and word lists together (it failed 1 run in 5 with the model-only check)
        assertTrue((line.contains(".bin") || line.contains("models and word lists")) && line.contains("20 MiB")
                && line.contains("-Xmx"), line);
        try (Stream<Path> written = Files.list(out)) {
            assertEquals(0, written.count());
        }
    }

    @Test
    void batchInAHeapTooSmallForTheModelsEndsWithinThirtySeconds() throws Exception {
        assertEndedAsABatchMay(cli("36m", 30));
    }

    @Test
    void batchInAHeapThatHoldsTheModelsButFewArticlesWritesWhatFitsAndNamesTheRest() throws Exception {
        assertEndedAsABatchMay(cli("38m", 60));
    }
}
