package org.quoteattribution.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteattribution.QuoteAttributor;
import org.quoteattribution.SharedAttributor;

/**
 * What a batch does when the analysis of a file throws: any {@link Throwable}, {@link Error}s included, is that file's
 * failure, reported in one line; the batch never waits for a worker that died.
 */
class BatchFailureTest {

    private static final Function<QuoteAttributor.Builder, QuoteAttributor> SHARED = b -> SharedAttributor.get();
    /** Every batch here ends in well under a second; a hang fails the test instead of the build. */
    private static final Duration NO_HANG = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    record Run(int status, String err) {
        /** The lines on stderr but the batch's summary. */
        List<String> errLines() {
            return err.isEmpty() ? List.of() : Arrays.stream(err.split("\\R")).filter(l -> !isSummary(l)).toList();
        }
    }

    /** Runs a batch over {@code names} in which the analysis of any file whose name starts with "fail" throws. */
    private Run batch(Supplier<Throwable> failure, int threads, String... names) throws IOException {
        return batch((attributor, text, date) -> {
            if (text.startsWith("fail")) {
                throw sneaky(failure.get());
            }
            return Main.Analysis.LIBRARY.analyze(attributor, text, date);
        }, threads, names);
    }

    /** Runs a batch over {@code names} (whose texts start with their names) analysing each with {@code analysis}. */
    private Run batch(Main.Analysis analysis, int threads, String... names) throws IOException {
        List<String> args = new ArrayList<>(List.of("--out", dir.resolve("out").toString(), "--threads",
                String.valueOf(threads)));
        for (String name : names) {
            Path file = dir.resolve("in").resolve(name + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, name + ". Lavrov said: \u201cNo.\u201d\n");
            args.add(file.toString());
        }
        return assertTimeoutPreemptively(NO_HANG, () -> {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = Main.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8), SHARED, analysis);
            return new Run(status, err.toString(StandardCharsets.UTF_8));
        });
    }

    /** The batch's last line on stderr: "quote-attribution: 3 files, 2 quotes, 1 failed, 0.4 s". */
    static boolean isSummary(String line) {
        return line.matches("quote-attribution: [\\d,]+ files, [\\d,]+ quotes, [\\d,]+ failed(, [\\d,]+ skipped \\(output there already\\))?, [\\d.]+ s");
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    private List<String> written() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void assertOneLineFor(Run run, String name, String saying) {
        List<String> lines = run.errLines().stream().filter(l -> l.contains(name + ".txt")).toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).contains(saying), lines.get(0));
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void outOfMemoryInAWorkerFailsThatFileAndTheBatchGoesOn() throws IOException {
        Run run = batch(() -> new OutOfMemoryError("Java heap space"), 2, "a", "fail-b", "c", "d");
        assertEquals(Main.SOME_FILES_FAILED, run.status());
        assertOneLineFor(run, "fail-b", "out of memory: the maximum heap is ");
        assertEquals(1, run.errLines().size(), run.err());
        assertEquals(List.of("a.json", "c.json", "d.json"), written());
    }

    /** Found in CI: the worker that ran out of memory was not worker 0, and worker 0 had already finished. */
    @Test
    void aFileToTryAgainIsTriedEvenWhenTheOtherWorkersHaveFinished() throws IOException {
        Run run = batch(() -> {
            try {
                Thread.sleep(300); // the other worker finishes every other file meanwhile
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new OutOfMemoryError("Java heap space");
        }, 2, "a", "fail-b", "c");
        assertEquals(Main.SOME_FILES_FAILED, run.status(), run.err());
        assertOneLineFor(run, "fail-b", "out of memory: the maximum heap is ");
        assertEquals(List.of("a.json", "c.json"), written());
    }

    @Test
    void stackOverflowInAWorkerFailsThatFileAndTheBatchGoesOn() throws IOException {
        Run run = batch(StackOverflowError::new, 2, "a", "fail-b", "c");
        assertEquals(Main.SOME_FILES_FAILED, run.status());
        assertOneLineFor(run, "fail-b", "stack overflow: ");
        assertEquals(List.of("a.json", "c.json"), written());
    }

    @Test
    void anyOtherErrorInAWorkerFailsThatFileAndTheBatchGoesOn() throws IOException {
        Run run = batch(() -> new NoClassDefFoundError("some/Class"), 2, "a", "fail-b", "c");
        assertEquals(Main.SOME_FILES_FAILED, run.status());
        assertOneLineFor(run, "fail-b", "some/Class");
        assertEquals(List.of("a.json", "c.json"), written());
    }

    @Test
    void everyWorkerFailingStillReportsEveryFile() throws IOException {
        Run run = batch(() -> new IllegalStateException("broken"), 2, "fail-a", "fail-b", "fail-c", "fail-d");
        assertEquals(Main.SOME_FILES_FAILED, run.status());
        for (String name : List.of("fail-a", "fail-b", "fail-c", "fail-d")) {
            assertOneLineFor(run, name, "broken");
        }
        assertEquals(List.of(), written());
    }

    @Test
    void runningOutOfMemoryOnFileAfterFileStopsTheBatchAndNamesTheFilesNotAnalysed() throws IOException {
        Run run = batch(() -> new OutOfMemoryError("Java heap space"), 2,
                "a", "fail-b", "fail-c", "fail-d", "fail-e", "fail-f", "fail-g", "fail-h", "i");
        assertEquals(Main.STOPPED, run.status());
        assertEquals(List.of("a.json"), written());
        List<String> notAnalysed = run.errLines().stream().filter(l -> l.contains(": not analysed: ")).toList();
        assertTrue(notAnalysed.stream().anyMatch(l -> l.contains("i.txt")), run.err());
        // every file but the one written is named once, as failed or as not analysed
        assertEquals(8, run.errLines().size(), run.err());
    }

    @Test
    void oneFileRunningOutOfMemoryNowAndThenDoesNotStopTheBatch() throws IOException {
        Run run = batch(() -> new OutOfMemoryError("Java heap space"), 2,
                "fail-a", "fail-b", "c", "fail-d", "fail-e", "f", "fail-g", "h");
        assertEquals(Main.SOME_FILES_FAILED, run.status());
        assertEquals(List.of("c.json", "f.json", "h.json"), written());
        assertEquals(5, run.errLines().size(), run.err());
    }

    @Test
    void fileThatRanOutOfMemoryBesideAnotherIsTriedAgainAlone() throws IOException {
        AtomicInteger running = new AtomicInteger();
        CountDownLatch bothStarted = new CountDownLatch(2);
        Run run = batch((attributor, text, date) -> {
            running.incrementAndGet();
            try {
                bothStarted.countDown();
                bothStarted.await(5, TimeUnit.SECONDS); // the first two files are analysed side by side
                if (text.startsWith("big") && running.get() > 1) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return Main.Analysis.LIBRARY.analyze(attributor, text, date);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                running.decrementAndGet();
            }
        }, 2, "big-a", "b", "c");
        assertEquals(Main.OK, run.status(), run.err());
        assertEquals(List.of("b.json", "big-a.json", "c.json"), written());
    }

    @Test
    void threadsMustBeAWholeNumberOfAtLeastOne() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"--threads", "0", "--out", dir.toString(), dir.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8), SHARED);
        assertEquals(Main.USAGE, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--threads"));
    }
}
