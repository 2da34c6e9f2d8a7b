package org.quoteattribution.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Output files that are complete or absent, and readable by all as output files usually are (mode 0644). */
final class OutputFiles {

    private static final Set<PosixFilePermission> MODE_0644 = PosixFilePermissions.fromString("rw-r--r--");

    private OutputFiles() {
    }

    /** What ends the name of a temporary file, which starts with a dot and the target's name. */
    private static final String TEMPORARY_SUFFIX = ".part";

    /**
     * Writes to a temporary file beside the target, then renames it: readers see the old file or the new one. A
     * failure (a full disk, a read-only folder) leaves neither a partial target nor the temporary file, and says
     * which target could not be written and why.
     */
    static void writeAtomically(Path target, String content) throws IOException {
        writeAtomically(target, out -> out.write(content));
    }

    /** What is written into an output file. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * As {@link #writeAtomically(Path, String)}, the content written as it is made: a document too large to hold
     * as one string is never held whole. Whatever {@code content} throws (the analysis failing, running out of
     * memory) leaves no target and no temporary file, and is thrown as it was; a failure to write is an {@code
     * IOException} naming the target.
     */
    static void writeAtomically(Path target, Content content) throws IOException {
        Path temp;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), TEMPORARY_SUFFIX);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        }
        try {
            // the content makes no IOException of its own (its input was read before): every one is the write's
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            publish(temp, target);
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes the temporary files that a run killed while writing left in {@code folder} for any of the targets
     * named: a batch that is run again must not leave them piling up.
     */
    static void removeLeftovers(Path folder, Set<String> targetNames) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "." + "*" + TEMPORARY_SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                int json = name.lastIndexOf(".json");
                if (json > 1 && targetNames.contains(name.substring(1, json + ".json".length()))) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Gives the complete temporary file the output's mode and name. */
    private static void publish(Path temp, Path target) throws IOException {
        // a temporary file is created private (0600); the output is an ordinary file
        if (Files.getFileAttributeView(temp, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(temp, MODE_0644);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
