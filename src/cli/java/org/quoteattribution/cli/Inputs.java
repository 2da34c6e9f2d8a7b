package org.quoteattribution.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** What the tool reads: the files and folders named on the command line, or standard input ({@code -}). */
final class Inputs {

    /**
     * Larger files are refused rather than read. Analysis needs up to about 150 bytes of heap per character (text
     * made of one-letter words; far less for prose) and CPU time in proportion to its length, so one huge file would
     * hold up a batch and could exhaust the heap that its other files share.
     */
    static final long MAX_FILE_BYTES = 16L << 20;
    /** The name standard input goes by: on the command line, in messages and in JSON Lines. */
    static final String STANDARD_INPUT = "-";
    /** What {@code -} writes in a batch: {@code DIR/stdin.json}. */
    private static final String STANDARD_INPUT_BASE_NAME = "stdin";
    /** Plain-text articles. */
    private static final String TEXT_EXTENSION = ".txt";
    /** Articles as HTML (a CMS's article bodies, saved pages): read as a browser shows them. */
    private static final List<String> HTML_EXTENSIONS = List.of(".html", ".htm");
    private static final List<String> EXTENSIONS = List.of(TEXT_EXTENSION, ".html", ".htm");

    private Inputs() {
    }

    static boolean isStandardInput(Path file) {
        return file.toString().equals(STANDARD_INPUT);
    }

    /**
     * Adds the inputs to {@code files}: each file named, and the article files directly inside each folder named;
     * false when an input could not be read (one line on {@code err} says which).
     */
    static boolean collect(List<Path> inputs, List<Path> files, PrintStream err) {
        boolean allRead = true;
        for (Path input : inputs) {
            if (isStandardInput(input)) {
                files.add(input);
            } else if (Files.isDirectory(input)) {
                try (Stream<Path> entries = Files.list(input)) {
                    entries.filter(Inputs::isArticleFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println(Main.NAME + ": " + input + ": cannot list folder: " + Main.describe(e));
                    allRead = false;
                }
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                err.println(Main.NAME + ": " + input + ": no such file or folder");
                allRead = false;
            }
        }
        return allRead;
    }

    private static boolean isArticleFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        // by name alone: a folder or a dangling link named a.txt is an input that fails, in one line
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** Whether the file is read as HTML by its name: {@code .html} or {@code .htm}, in any case. */
    static boolean isHtml(Path file) {
        if (isStandardInput(file)) {
            return false;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return HTML_EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /**
     * The file's name without its extension, the name of its output: {@code a.txt} and {@code a.html} write {@code
     * a.json}.
     */
    static String baseName(Path file) {
        if (isStandardInput(file)) {
            return STANDARD_INPUT_BASE_NAME;
        }
        return withoutExtension(file.getFileName().toString());
    }

    /** {@code name} without the article extension it ends with, if any: {@code a.html} is {@code a}. */
    static String withoutExtension(String name) {
        for (String extension : EXTENSIONS) {
            if (name.toLowerCase(Locale.ROOT).endsWith(extension)) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        return name;
    }

    /** The text of a file, or of {@code stdin} for {@code -}: UTF-8, at most {@link #MAX_FILE_BYTES}. */
    static String read(Path file, InputStream stdin) throws IOException {
        byte[] bytes;
        if (isStandardInput(file)) {
            bytes = stdin.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new IOException("too large: more than " + MAX_FILE_BYTES + " bytes; the limit is "
                        + (MAX_FILE_BYTES >> 20) + " MiB");
            }
        } else {
            if (Files.isDirectory(file)) {
                throw new IOException("is a folder, not a text file");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new IOException("too large: " + size + " bytes; the limit is " + (MAX_FILE_BYTES >> 20)
                        + " MiB");
            }
            bytes = Files.readAllBytes(file);
        }
        return utf8(bytes);
    }

    private static String utf8(byte[] bytes) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8 text", e);
        }
    }
}
