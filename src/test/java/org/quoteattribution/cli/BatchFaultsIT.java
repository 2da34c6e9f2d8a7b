package org.quoteattribution.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteattribution.QuotesSchema;

/**
 * The packaged tool when the machine misbehaves: killed (SIGKILL) at random moments of a batch, writing to a full
 * disk and to a read-only folder. Nothing written is ever partial, and a rerun with {@code --skip-existing} finishes
 * the batch with exactly the output of an undisturbed run. The disk faults are real file systems: a small tmpfs, and
 * a read-only one, mounted in a private mount namespace ({@code unshare}, as an unprivileged user may) so that
 * nothing outside the test sees them.
 */
class BatchFaultsIT {

    private static final Path ARTICLES = Path.of("src/test/resources/articles");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Copies of each bundled article, so that a batch lasts long enough to be killed in the middle. */
    private static final int COPIES = 12;

    @TempDir
    static Path shared;
    private static Path input;
    private static Path reference;
    private static int inputCount;

    @TempDir
    Path dir;

    record Child(int status, String err) {
        List<String> errLines() {
            return err.isEmpty() ? List.of()
                    : Stream.of(err.split("\\R")).filter(l -> !BatchFailureTest.isSummary(l)).toList();
        }
    }

    @BeforeAll
    static void undisturbedRun() throws Exception {
        input = Files.createDirectories(shared.resolve("in"));
        try (Stream<Path> files = Files.list(ARTICLES)) {
            for (Path article : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = article.getFileName().toString().replace(".txt", "");
                for (int i = 0; i < COPIES; i++) {
                    Files.copy(article, input.resolve(name + "-" + i + ".txt"));
                    inputCount++;
                }
            }
        }
        reference = shared.resolve("reference");
        Child child = finish(start(List.of(), "--out", reference.toString(), input.toString()), 120);
        assertEquals(Main.OK, child.status(), child.err());
    }

    private static Process start(List<String> prefix, String... args) throws IOException {
        Path jar = Path.of(System.getProperty("cli.jar", "target/quote-attribution-1.0.0-cli.jar"));
        assertTrue(Files.isRegularFile(jar), "the CLI jar has not been packaged: " + jar);
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-jar", jar.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static Child finish(Process process, long limitSeconds) throws Exception {
        byte[] err = process.getErrorStream().readAllBytes();
        if (!process.waitFor(limitSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            fail("the CLI did not end within " + limitSeconds + " s");
        }
        String text = new String(err, StandardCharsets.UTF_8);
        assertFalse(text.contains("\tat ") || text.contains("Exception in thread"), text);
        return new Child(process.exitValue(), text);
    }

    private static List<String> jsonNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
    }

    private static List<String> hiddenNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).sorted().toList();
        }
    }

    /** Every .json in {@code folder} is valid under the schema and equal to the undisturbed run's. */
    private static void assertEveryOutputComplete(Path folder) throws IOException {
        for (String name : jsonNames(folder)) {
            JsonNode written = JSON.readTree(folder.resolve(name).toFile());
            assertEquals(Set.<ValidationMessage>of(), QuotesSchema.errors(written), name);
            assertEquals(Files.readString(reference.resolve(name)), Files.readString(folder.resolve(name)), name);
        }
    }

    @Test
    void killedAtRandomMomentsEveryOutputIsWholeAndARerunFinishesTheBatch() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path out = dir.resolve("out");
        int total = jsonNames(reference).size();
        List<Integer> killedAt = new ArrayList<>();
        while (killedAt.size() < 4) {
            int before = Files.isDirectory(out) ? jsonNames(out).size() : 0;
            int target = Math.min(total - 1, before + 1 + random.nextInt(total / 8));
            if (before >= total - 1) {
                break;
            }
            Process child = start(List.of(), "--skip-existing", "--out", out.toString(), input.toString());
            // kill it once it has written a few more files, at a random moment within the next one
            while (child.isAlive() && (!Files.isDirectory(out) || jsonNames(out).size() < target)) {
                Thread.sleep(2);
            }
            Thread.sleep(random.nextInt(40));
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
            child.waitFor();
            killedAt.add(jsonNames(out).size());
            assertEveryOutputComplete(out);
        }
        assertTrue(killedAt.stream().anyMatch(n -> n > 0 && n < total), "killed mid-batch: " + killedAt);
        Child rerun = finish(start(List.of(), "--skip-existing", "--out", out.toString(), input.toString()), 120);
        assertEquals(Main.OK, rerun.status(), "seed " + seed + ": " + rerun.err());
        assertEquals(jsonNames(reference), jsonNames(out), "seed " + seed);
        assertEveryOutputComplete(out);
        assertEquals(List.of(), hiddenNames(out), "temporary files left, seed " + seed);
    }

    /** Runs the tool with {@code folder} mounted as a fresh tmpfs with {@code options}, in a private namespace. */
    private Child withMount(Path folder, String options, String... args) throws Exception {
        Files.createDirectories(folder);
        List<String> prefix = List.of("unshare", "--map-root-user", "--mount", "sh", "-c",
                "mount -t tmpfs -o " + options + " tmpfs \"$0\" && exec \"$@\"", folder.toString());
        return finish(start(prefix, args), 120);
    }

    static boolean canMountPrivately() {
        try {
            Process p = new ProcessBuilder("unshare", "--map-root-user", "--mount", "sh", "-c",
                    "mount -t tmpfs -o size=64k tmpfs /tmp").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void aFullDiskFailsEachFileThatDoesNotFitInOneLineAndLeavesNoPartialFile() throws Exception {
        assumeTrue(canMountPrivately(), "unshare cannot mount here");
        Path out = dir.resolve("full");
        // 64 KiB: some outputs fit, the rest find the disk full, some of them halfway through
        Child child = withMount(out, "size=64k", "--threads", "1", "--out", out.toString(), input.toString());
        // the namespace is gone with the child: what it wrote is no longer visible here, so it reports for itself
        assertEquals(Main.SOME_FILES_FAILED, child.status(), child.err());
        List<String> lines = child.errLines();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertTrue(line.matches("quote-attribution: \\S+\\.txt: cannot write \\S+\\.json: No space left on device"),
                    line);
        }
        assertTrue(lines.size() < inputCount, "some files fit: " + lines.size());
    }

    @Test
    void aFullDiskLeavesOnlyCompleteOutputs() throws Exception {
        assumeTrue(canMountPrivately(), "unshare cannot mount here");
        Path out = dir.resolve("full");
        Files.createDirectories(out);
        Path listing = dir.resolve("listing");
        // the tool, then a check inside the namespace: copy what is left on the full disk out of it
        List<String> prefix = List.of("unshare", "--map-root-user", "--mount", "sh", "-c",
                "mount -t tmpfs -o size=64k tmpfs \"$0\" && \"$@\"; status=$?; cp -a \"$0\" " + listing
                        + " && exit $status", out.toString());
        Child child = finish(start(prefix, "--threads", "1", "--out", out.toString(), input.toString()), 120);
        assertEquals(Main.SOME_FILES_FAILED, child.status(), child.err());
        assertFalse(jsonNames(listing).isEmpty(), "some outputs fit");
        assertEveryOutputComplete(listing);
        assertEquals(List.of(), hiddenNames(listing), "temporary files left");
        assertEquals(inputCount - jsonNames(listing).size(), child.errLines().size(), child.err());
    }

    @Test
    void aReadOnlyFolderFailsEveryFileInOneLineAndExitsWithOne() throws Exception {
        assumeTrue(canMountPrivately(), "unshare cannot mount here");
        Path out = dir.resolve("readonly");
        Child child = withMount(out, "ro", "--out", out.toString(), input.toString());
        assertEquals(Main.SOME_FILES_FAILED, child.status(), child.err());
        List<String> lines = child.errLines();
        assertEquals(inputCount, lines.size(), child.err());
        for (String line : lines) {
            assertTrue(line.matches("quote-attribution: \\S+\\.txt: cannot write \\S+\\.json: Read-only file system"),
                    line);
        }
    }
}
