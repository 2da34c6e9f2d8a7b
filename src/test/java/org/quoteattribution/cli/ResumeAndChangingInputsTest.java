package org.quoteattribution.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteattribution.SharedAttributor;

/** A batch run again after it was stopped finishes it; inputs that vanish or change mid-batch are handled. */
class ResumeAndChangingInputsTest {

    private static final String GOOD = "\u201cWe will win,\u201d Zelenskyy said on Wednesday.\n";
    private static final String OTHER = "Lavrov said: \u201cThis will not work.\u201d\n";

    @TempDir
    Path dir;

    private record Run(int status, String err) {
        List<String> errLines() {
            return Arrays.stream(err.split("\\R")).filter(l -> !l.isEmpty()).toList();
        }
    }

    private static Run run(Main.Analysis analysis, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), b -> SharedAttributor.get(), analysis);
        return new Run(status, err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run(Main.Analysis.LIBRARY, args);
    }

    private Path write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void skipExistingLeavesWrittenOutputsAloneAndWritesTheRest() throws IOException {
        write("in/a.txt", GOOD);
        write("in/b.txt", OTHER);
        Path earlier = write("out/a.json", "{\"quotes\": []}\n");
        Run run = run("--skip-existing", "--out", dir.resolve("out").toString(), dir.resolve("in").toString());
        assertEquals(Main.OK, run.status(), run.err());
        assertEquals("{\"quotes\": []}\n", Files.readString(earlier));
        assertTrue(Files.readString(dir.resolve("out/b.json")).contains("Lavrov"));
        assertTrue(run.err().matches("quote-attribution: 2 files, 1 quotes, 0 failed, 1 skipped \\(output there "
                + "already\\), [\\d.]+ s\\R"), run.err());
    }

    @Test
    void withoutSkipExistingEveryOutputIsWrittenAgain() throws IOException {
        write("in/a.txt", GOOD);
        write("out/a.json", "{\"quotes\": []}\n");
        assertEquals(Main.OK, run("--out", dir.resolve("out").toString(), dir.resolve("in").toString()).status());
        assertTrue(Files.readString(dir.resolve("out/a.json")).contains("Zelenskyy"));
    }

    @Test
    void skipExistingWithoutOutIsAUsageError() throws IOException {
        Run run = run("--skip-existing", "--format", "jsonl", write("a.txt", GOOD).toString());
        assertEquals(Main.USAGE, run.status());
        assertEquals(List.of(MainTest.PREFIX + "--skip-existing needs --out DIR (try --help)"), run.errLines());
    }

    @Test
    void temporaryFilesLeftByAKilledRunAreRemovedButNoOthers() throws IOException {
        write("in/a.txt", GOOD);
        write("out/.a.json8812734.part", "{\"quo");
        write("out/.notes.part", "someone else's");
        assertEquals(Main.OK, run("--out", dir.resolve("out").toString(), dir.resolve("in").toString()).status());
        assertEquals(List.of(".notes.part", "a.json"), names(dir.resolve("out")));
    }

    @Test
    void aFileThatVanishesBeforeItsTurnIsOneLineAndTheOthersAreWritten() throws IOException {
        write("in/a.txt", GOOD);
        Path b = write("in/b.txt", OTHER);
        write("in/c.txt", GOOD);
        Main.Analysis deletingB = (attributor, text, date) -> {
            deleteQuietly(b);
            return Main.Analysis.LIBRARY.analyze(attributor, text, date);
        };
        Run run = run(deletingB, "--threads", "1", "--out", dir.resolve("out").toString(),
                dir.resolve("in").toString());
        assertEquals(Main.SOME_FILES_FAILED, run.status());
        assertEquals(MainTest.PREFIX + b + ": no such file", run.errLines().get(0));
        assertEquals(List.of("a.json", "c.json"), names(dir.resolve("out")));
    }

    @Test
    void aFileThatChangesBeforeItsTurnIsReadAsItIsThen() throws IOException {
        write("in/a.txt", GOOD);
        Path b = write("in/b.txt", GOOD);
        Main.Analysis rewritingB = (attributor, text, date) -> {
            if (text.equals(GOOD)) {
                writeQuietly(b, OTHER);
            }
            return Main.Analysis.LIBRARY.analyze(attributor, text, date);
        };
        Run run = run(rewritingB, "--threads", "1", "--out", dir.resolve("out").toString(),
                dir.resolve("in").toString());
        assertEquals(Main.OK, run.status(), run.err());
        String written = Files.readString(dir.resolve("out/b.json"));
        assertTrue(written.contains("Lavrov") && !written.contains("Zelenskyy"), written);
    }

    @Test
    void aFileCutToInvalidUtf8MidBatchIsOneLine() throws IOException {
        write("in/a.txt", GOOD);
        Path b = write("in/b.txt", OTHER);
        Main.Analysis cuttingB = (attributor, text, date) -> {
            try {
                Files.write(b, new byte[] {'L', (byte) 0xE2, (byte) 0x80}); // a write stopped mid-character
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Main.Analysis.LIBRARY.analyze(attributor, text, date);
        };
        Run run = run(cuttingB, "--threads", "1", "--out", dir.resolve("out").toString(),
                dir.resolve("in").toString());
        assertEquals(Main.SOME_FILES_FAILED, run.status());
        assertEquals(MainTest.PREFIX + b + ": not valid UTF-8 text", run.errLines().get(0));
        assertFalse(Files.exists(dir.resolve("out/b.json")));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeQuietly(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
