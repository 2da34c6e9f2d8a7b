package org.quoteattribution.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteattribution.QuoteAttributor;
import org.quoteattribution.SharedAttributor;
import org.quoteattribution.internal.models.NlpModels;

/** The command line's promises: one line on stderr per problem, documented exit statuses, whole output files. */
class MainTest {

    private static final String GOOD = "\u201cWe will win,\u201d Zelenskyy said on Wednesday.\n";
    private static final String OTHER = "Lavrov said: \u201cThis will not work.\u201d\n";
    /** Most tests do not care how the attributor was built; loading the models for each would be slow. */
    private static final Function<QuoteAttributor.Builder, QuoteAttributor> SHARED = b -> SharedAttributor.get();

    /** What starts every line the tool writes on stderr. */
    static final String PREFIX = "quote-attribution: ";

    @TempDir
    Path dir;

    /** What a run printed and returned. */
    record Run(int status, String out, String err) {
        /** The lines on stderr but the batch's summary. */
        List<String> errLines() {
            return err.isEmpty() ? List.of()
                    : Arrays.stream(err.split("\\R")).filter(l -> !BatchFailureTest.isSummary(l)).toList();
        }

        void assertNoStackTrace() {
            assertFalse(err.contains("\tat ") || err.contains("Exception in thread") || err.contains("Caused by"), err);
        }
    }

    private static Run run(Function<QuoteAttributor.Builder, QuoteAttributor> build, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), build);
        Run run = new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        run.assertNoStackTrace();
        return run;
    }

    private static Run run(String... args) {
        return run(SHARED, args);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static byte[] invalidUtf8() {
        return new byte[] {'H', 'e', ' ', 's', 'a', 'i', 'd', ' ', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '.'};
    }

    @Test
    void oneFileGivesItsJsonOnStdoutAndStatusZero() throws IOException {
        Run run = run("--date", "2025-08-20", write("a.txt", GOOD).toString());
        assertEquals(Main.OK, run.status());
        assertTrue(run.out().contains("\"name\": \"Zelenskyy\""), run.out());
        assertEquals("", run.err());
    }

    @Test
    void beliefsAreGivenOnlyWithTheBeliefsOption() throws IOException {
        Path file = write("belief.txt", "Putin believes the sanctions will be lifted next year.\n");
        Run speechOnly = run(QuoteAttributor.Builder::build, file.toString());
        Run withBeliefs = run(QuoteAttributor.Builder::build, "--beliefs", file.toString());
        assertEquals(0, speechOnly.status());
        assertFalse(speechOnly.out().contains("believes"), speechOnly.out());
        assertTrue(withBeliefs.out().contains("\"believes\""), withBeliefs.out());
    }

    @Test
    void invalidUtf8IsOneLineAndStatusOne() throws IOException {
        Path bad = write("bad.txt", invalidUtf8());
        Run run = run(bad.toString());
        assertEquals(Main.SOME_FILES_FAILED, run.status());
        assertEquals(List.of(PREFIX + bad + ": not valid UTF-8 text"), run.errLines());
        assertEquals("", run.out());
    }

    @Test
    void missingFileIsOneLineAndStatusOne() {
        Path missing = dir.resolve("missing.txt");
        Run run = run(missing.toString());
        assertEquals(Main.SOME_FILES_FAILED, run.status());
        assertEquals(List.of(PREFIX + missing + ": no such file"), run.errLines());
    }

    @Test
    void unreadableFileIsOneLineAndStatusOne() throws IOException {
        Path locked = write("locked.txt", GOOD);
        Files.setPosixFilePermissions(locked, Set.of());
        assumeFalse(Files.isReadable(locked), "root reads every file"); // so CI, running as root, skips this one
        Run run = run(locked.toString());
        assertEquals(Main.SOME_FILES_FAILED, run.status());
        assertEquals(List.of(PREFIX + locked + ": permission denied"), run.errLines());
    }

    @Test
    void batchWritesEveryGoodFileInFullAndOneLinePerBadFile() throws IOException {
        Path in = dir.resolve("in");
        write("in/a.txt", GOOD);
        write("in/b.txt", OTHER);
        write("in/c.txt", invalidUtf8());
        Files.createDirectories(in.resolve("d.txt"));                                   // cannot be read as a file
        Files.createSymbolicLink(in.resolve("e.txt"), in.resolve("nowhere.txt"));       // points at nothing
        Path out = dir.resolve("out");

        Run run = run("--out", out.toString(), in.toString());

        assertEquals(Main.SOME_FILES_FAILED, run.status());
        assertEquals(List.of(PREFIX + in.resolve("c.txt") + ": not valid UTF-8 text",
                PREFIX + in.resolve("d.txt") + ": is a folder, not a text file",
                PREFIX + in.resolve("e.txt") + ": no such file"), run.errLines());
        assertEquals(run(in.resolve("a.txt").toString()).out(), Files.readString(out.resolve("a.json")));
        assertEquals(run(in.resolve("b.txt").toString()).out(), Files.readString(out.resolve("b.json")));
        assertEquals(List.of("a.json", "b.json"), fileNames(out));
    }

    @Test
    void missingFolderIsOneLineAndTheOtherInputsAreStillWritten() throws IOException {
        Path missing = dir.resolve("no-such-folder");
        Path good = write("in/a.txt", GOOD);
        Path out = dir.resolve("out");

        Run run = run("--out", out.toString(), missing.toString(), good.getParent().toString());

        assertEquals(Main.SOME_FILES_FAILED, run.status());
        assertEquals(List.of(PREFIX + missing + ": no such file or folder"), run.errLines());
        assertEquals(List.of("a.json"), fileNames(out));
    }

    @Test
    void twoInputsWithOneNameDoNotOverwriteEachOther() throws IOException {
        Path first = write("x/a.txt", GOOD);
        Path second = write("y/a.txt", OTHER);
        Path out = dir.resolve("out");

        Run run = run("--out", out.toString(), first.toString(), second.toString());

        assertEquals(Main.SOME_FILES_FAILED, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith(PREFIX + second + ": not analysed"), run.err());
        assertEquals(run(first.toString()).out(), Files.readString(out.resolve("a.json")));
    }

    @Test
    void fileOverTheSizeLimitIsRefusedInOneLine() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(Main.MAX_FILE_BYTES + 1); // sparse: costs no disk
        }
        Run run = run(huge.toString());
        assertEquals(Main.SOME_FILES_FAILED, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith(PREFIX + huge + ": too large"), run.err());
    }

    @Test
    void badDateIsAUsageError() throws IOException {
        Run run = run("--date", "2025-02-30", write("a.txt", GOOD).toString());
        assertEquals(Main.USAGE, run.status());
        assertEquals(List.of("quote-attribution: bad --date '2025-02-30': expected YYYY-MM-DD (try --help)"),
                run.errLines());
    }

    @Test
    void datesTableWithoutTheExpectedColumnsIsAUsageError() throws IOException {
        Path dates = write("dates.tsv", "name\tdate\na\t2025-08-20\n");
        Run run = run("--dates", dates.toString(), "--out", dir.resolve("out").toString(), write("a.txt", GOOD)
                .toString());
        assertEquals(Main.USAGE, run.status());
        assertEquals(List.of("quote-attribution: --dates file " + dates + " has no filename column in its header"),
                run.errLines());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void datesTableThatCannotBeReadIsAUsageError() throws IOException {
        Path dates = dir.resolve("no-dates.tsv");
        Run run = run("--dates", dates.toString(), "--out", dir.resolve("out").toString(), write("a.txt", GOOD)
                .toString());
        assertEquals(Main.USAGE, run.status());
        assertEquals(List.of("quote-attribution: cannot read --dates file " + dates + ": no such file"),
                run.errLines());
    }

    @Test
    void datesTableWithABadDateIsAUsageError() throws IOException {
        Path dates = write("dates.tsv", "filename\tpublication_date\na\tyesterday\n");
        Run run = run("--dates", dates.toString(), "--out", dir.resolve("out").toString(), write("a.txt", GOOD)
                .toString());
        assertEquals(Main.USAGE, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("line 2: bad date 'yesterday'"), run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = run("--frobnicate", "a.txt");
        assertEquals(Main.USAGE, run.status());
        assertEquals(List.of("quote-attribution: unknown option --frobnicate (try --help)"), run.errLines());
    }

    @Test
    void noInputIsAUsageError() {
        Run run = run();
        assertEquals(Main.USAGE, run.status());
        assertEquals(1, run.errLines().size(), run.err());
    }

    @Test
    void pathThatCannotBeAPathIsAUsageError() {
        Run run = run("a\u0000b.txt");
        assertEquals(Main.USAGE, run.status());
        assertEquals(1, run.errLines().size(), run.err());
    }

    @Test
    void missingModelsFolderIsOneLineNamingTheModelAndTheFolder() throws IOException {
        Path models = dir.resolve("no-models");
        Run run = run(QuoteAttributor.Builder::build, "--models", models.toString(), write("a.txt", GOOD).toString());
        assertEquals(Main.MODELS, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains(NlpModels.SENTENCE) && run.err().contains(models.toString()), run.err());
    }

    @Test
    void corruptModelIsOneLineNamingTheModelAndWhereItWasRead() throws IOException {
        Path models = dir.resolve("models");
        write("models/" + NlpModels.SENTENCE, "not a model".getBytes(StandardCharsets.UTF_8));
        Run run = run(QuoteAttributor.Builder::build, "--models", models.toString(), write("a.txt", GOOD).toString());
        assertEquals(Main.MODELS, run.status());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains(NlpModels.SENTENCE) && run.err().contains(models.toString()), run.err());
    }

    @Test
    void helpNamesEveryExitStatus() {
        Run run = run("--help");
        assertEquals(Main.OK, run.status());
        for (int status : new int[] {Main.OK, Main.SOME_FILES_FAILED, Main.USAGE, Main.MODELS, Main.STOPPED}) {
            assertTrue(run.out().contains("\n  " + status + "  "), () -> "status " + status + " in " + run.out());
        }
    }

    @Test
    void outputFileIsNeverSeenHalfWritten() throws Exception {
        Path target = dir.resolve("a.json");
        String before = "{\"quotes\": []}\n";
        Files.writeString(target, before);
        String after = "{\"quotes\": [" + "0, ".repeat(2_000_000) + "0]}\n";
        AtomicBoolean done = new AtomicBoolean();
        List<String> seen = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                try {
                    String content = Files.readString(target);
                    if (!content.equals(before) && !content.equals(after)) {
                        seen.add(content.length() + " chars");
                    }
                } catch (IOException e) {
                    seen.add(e.toString()); // the target must never be missing either
                }
            }
        });
        reader.start();
        for (int i = 0; i < 3; i++) {
            Main.writeAtomically(target, i % 2 == 0 ? after : before);
        }
        done.set(true);
        reader.join();
        assertEquals(List.of(), seen);
        assertEquals(List.of("a.json"), fileNames(dir)); // no temporary file left behind
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
