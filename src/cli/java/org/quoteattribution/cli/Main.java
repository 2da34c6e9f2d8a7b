package org.quoteattribution.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.quoteattribution.ModelLoadingException;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteAttributor;

/**
 * The command-line tool. Exit status: 0 when every file was analysed, 1 when some input could not be read or
 * analysed (the others are still written), 2 for a usage error (bad option, bad {@code --date}, bad
 * {@code --dates} table, no input), 3 when the models cannot be loaded, 4 when a batch stops early because the heap
 * is too small for any article. Every problem is one line on stderr, never a stack trace.
 */
public final class Main {

    static final int OK = 0;
    static final int SOME_FILES_FAILED = 1;
    static final int USAGE = 2;
    static final int MODELS = 3;
    /** The batch stopped early: the heap is too small for any article (see {@link Batch}). */
    static final int STOPPED = 4;
    /**
     * Larger files are refused rather than read. Analysis needs up to about 150 bytes of heap per character (text
     * made of one-letter words; far less for prose) and CPU time in proportion to its length, so one huge file would
     * hold up a batch and could exhaust the heap that its other files share.
     */
    static final long MAX_FILE_BYTES = 16L << 20;

    private static final String HELP = """
            quote-attribution: who said what in a news article, as JSON.

            Usage:
              java -jar quote-attribution-cli.jar [--date YYYY-MM-DD] FILE
                  Analyses one article and prints one JSON object on stdout.
              java -jar quote-attribution-cli.jar [--dates TSV] --out DIR PATH...
                  Analyses every .txt file given, and every .txt file directly inside each folder given,
                  writing DIR/<name>.json for each (DIR is created if needed).

            Options:
              --date YYYY-MM-DD   publication date of the article, to resolve "on Wednesday" and the like
              --dates TSV         a tab-separated table with a header holding the columns `filename` and
                                  `publication_date`; a file's date is looked up by its name without .txt
              --out DIR           batch mode: write one JSON file per article into DIR
              --models DIR        load models from DIR (any model not there comes from the class path)
              --no-beliefs        leave out reported beliefs and thoughts ("X believes that ...")
              --threads N         batch mode: analyse N files at a time (default: the number of processors)
              --help              this text

            Articles are read as UTF-8 plain text, paragraphs separated by line breaks. Offsets in the output
            are Java String indices (UTF-16 code units) into the text as read.

            Every problem is reported on stderr in one line. Exit status:
              0  every file was analysed
              1  some input could not be analysed: a file or folder that does not exist, cannot be read, is
                 not valid UTF-8 or is larger than %d MiB, or a file whose analysis failed; one line names
                 each, and every other file is still analysed and written in full
              2  usage error: unknown option, no input, bad --date, a --dates table that cannot be read or
                 lacks the columns, an output folder that cannot be created
              3  the models could not be loaded (also when the heap is too small for them)
              4  the batch stopped early: %d files in a row ran out of memory even one at a time, so the
                 heap is too small for any article; every file finished is written, and one line names
                 each file not analysed
            Output files are written atomically: a JSON file is either complete or absent, never half written.
            """.formatted(MAX_FILE_BYTES >> 20, Batch.OUT_OF_MEMORY_IN_A_ROW);

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.out.flush();
        if (status != OK) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, QuoteAttributor.Builder::build);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, building the attributor with {@code build}. */
    static int run(String[] args, PrintStream out, PrintStream err,
            Function<QuoteAttributor.Builder, QuoteAttributor> build) {
        return run(args, out, err, build, Analysis.LIBRARY);
    }

    /** As {@link #run(String[], PrintStream, PrintStream, Function)}, analysing each article with {@code analysis}. */
    static int run(String[] args, PrintStream out, PrintStream err,
            Function<QuoteAttributor.Builder, QuoteAttributor> build, Analysis analysis) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageException e) {
            err.println("quote-attribution: " + oneLine(e.getMessage()) + " (try --help)");
            return USAGE;
        }
        if (options.help) {
            out.print(HELP);
            return OK;
        }
        try {
            PublicationDates dates = options.datesTable == null ? PublicationDates.none()
                    : PublicationDates.read(options.datesTable);
            List<Path> files = new ArrayList<>();
            boolean inputsMissing = options.out == null ? !files.add(options.inputs.get(0))
                    : !collectInputs(options.inputs, files, err);
            QuoteAttributor.Builder builder = QuoteAttributor.builder().includeBeliefs(options.includeBeliefs);
            if (options.models != null) {
                builder.modelsDirectory(options.models);
            }
            // set aside before the models take their share, so that a batch can always say what failed
            Batch.Reserve reserve = options.out == null ? null : new Batch.Reserve();
            QuoteAttributor attributor = load(build, builder);
            if (options.out == null) {
                return single(attributor, analysis, files.get(0), options.date.or(() -> dates.forFile(files.get(0))),
                        out, err);
            }
            int status = batch(attributor, analysis, files, dates, options.out, options.threads, reserve, err);
            return inputsMissing ? Math.max(status, SOME_FILES_FAILED) : status;
        } catch (UsageException e) {
            err.println("quote-attribution: " + oneLine(e.getMessage()));
            return USAGE;
        } catch (ModelLoadingException e) {
            err.println("quote-attribution: " + oneLine(e.getMessage()));
            return MODELS;
        } catch (OutOfMemoryError e) {
            return STOPPED; // between the stages that catch it: there is not even room to say more
        }
    }

    /**
     * Builds the attributor. Running out of memory while the models load is a model that cannot be loaded: the
     * library names the model; anything else it loads is named here.
     */
    private static QuoteAttributor load(Function<QuoteAttributor.Builder, QuoteAttributor> build,
            QuoteAttributor.Builder builder) {
        try {
            return build.apply(builder);
        } catch (OutOfMemoryError e) {
            throw new ModelLoadingException("models", "not enough memory to load the models and word lists: "
                    + heap(), e);
        }
    }

    /** The heap the JVM may use, for messages about running out of it. */
    static String heap() {
        return "the maximum heap is " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB (raise it with -Xmx)";
    }

    private static int single(QuoteAttributor attributor, Analysis analysis, Path file, Optional<LocalDate> date,
            PrintStream out, PrintStream err) {
        try {
            String text = readUtf8(file);
            out.print(QuoteJson.document(analysis.analyze(attributor, text, date)));
            return OK;
        } catch (IOException | RuntimeException | Error e) {
            // the analysis of one article failing, however it fails, is that article's problem, reported like an
            // unreadable file
            err.println(file + ": " + describe(e));
            return SOME_FILES_FAILED;
        }
    }

    private static int batch(QuoteAttributor attributor, Analysis analysis, List<Path> files, PublicationDates dates,
            Path outDir, int threads, Batch.Reserve reserve, PrintStream err) throws UsageException {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UsageException("cannot create output folder " + outDir + ": " + describe(e));
        }
        // two inputs with one name would write one output; the second is refused before anything runs
        Map<Path, Path> writtenBy = new HashMap<>();
        Map<Path, Path> duplicateOf = new HashMap<>();
        for (Path file : files) {
            Path earlier = writtenBy.putIfAbsent(target(outDir, file), file);
            if (earlier != null) {
                duplicateOf.put(file, earlier);
            }
        }
        Batch.Job job = file -> {
            Path target = target(outDir, file);
            if (duplicateOf.containsKey(file)) {
                throw new IOException("not analysed: its output " + target + " is already the output of "
                        + duplicateOf.get(file));
            }
            String text = readUtf8(file);
            writeAtomically(target, QuoteJson.document(analysis.analyze(attributor, text, dates.forFile(file))));
        };
        return new Batch(files, job, threads, reserve).run(err);
    }

    private static Path target(Path outDir, Path file) {
        return outDir.resolve(baseName(file) + ".json");
    }

    /** One article's analysis; a seam for tests, which inject failures. */
    @FunctionalInterface
    interface Analysis {
        List<Quote> analyze(QuoteAttributor attributor, String text, Optional<LocalDate> date);

        Analysis LIBRARY = (attributor, text, date) -> date.isPresent()
                ? attributor.attribute(text, date.get()) : attributor.attribute(text);
    }

    /** Adds the .txt files of the inputs to {@code files}; false when an input could not be read. */
    private static boolean collectInputs(List<Path> inputs, List<Path> files, PrintStream err) {
        boolean allRead = true;
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> entries = Files.list(input)) {
                    entries.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println(input + ": cannot list folder: " + describe(e));
                    allRead = false;
                }
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                err.println(input + ": no such file or folder");
                allRead = false;
            }
        }
        return allRead;
    }

    static String readUtf8(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a folder, not a text file");
        }
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new IOException("too large: " + size + " bytes; the limit is " + (MAX_FILE_BYTES >> 20) + " MiB");
        }
        byte[] bytes = Files.readAllBytes(file);
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

    /** Writes to a temporary file beside the target, then renames it: readers see the old file or the new one. */
    static void writeAtomically(Path target, String content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }

    static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory: " + heap();
        }
        if (e instanceof StackOverflowError) {
            return "stack overflow: the analysis ran out of thread stack (raise it with -Xss)";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "not valid UTF-8 text";
        }
        if (e instanceof IOException && e.getMessage() != null) {
            return oneLine(e.getMessage());
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()));
    }

    /** Messages from libraries may span lines; stderr gets one line per problem. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The parsed command line. */
    static final class Options {
        boolean help;
        Optional<LocalDate> date = Optional.empty();
        Path datesTable;
        Path out;
        Path models;
        boolean includeBeliefs = true;
        int threads = Runtime.getRuntime().availableProcessors();
        final List<Path> inputs = new ArrayList<>();

        static Options parse(String[] args) throws UsageException {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help", "-h" -> o.help = true;
                    case "--date" -> o.date = Optional.of(parseDate(value(args, ++i, a)));
                    case "--dates" -> o.datesTable = path(value(args, ++i, a));
                    case "--out" -> o.out = path(value(args, ++i, a));
                    case "--models" -> o.models = path(value(args, ++i, a));
                    case "--no-beliefs" -> o.includeBeliefs = false;
                    case "--threads" -> o.threads = parseThreads(value(args, ++i, a));
                    default -> {
                        if (a.startsWith("--")) {
                            throw new UsageException("unknown option " + a);
                        }
                        o.inputs.add(path(a));
                    }
                }
            }
            if (o.help) {
                return o;
            }
            if (o.inputs.isEmpty()) {
                throw new UsageException("no input file given");
            }
            if (o.out == null && o.inputs.size() > 1) {
                throw new UsageException("several inputs need --out DIR");
            }
            if (o.out == null && Files.isDirectory(o.inputs.get(0))) {
                throw new UsageException(o.inputs.get(0) + " is a folder; give --out DIR to analyse a folder");
            }
            if (o.out != null && o.date.isPresent()) {
                throw new UsageException("--date is for one file; use --dates TSV with --out");
            }
            return o;
        }

        private static String value(String[] args, int i, String option) throws UsageException {
            if (i >= args.length) {
                throw new UsageException(option + " needs a value");
            }
            return args[i];
        }

        private static Path path(String value) throws UsageException {
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new UsageException("bad path '" + value + "': " + e.getReason());
            }
        }

        private static int parseThreads(String value) throws UsageException {
            try {
                int n = Integer.parseInt(value);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // the message below says what is expected
            }
            throw new UsageException("bad --threads '" + value + "': expected a whole number of at least 1");
        }

        private static LocalDate parseDate(String value) throws UsageException {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new UsageException("bad --date '" + value + "': expected YYYY-MM-DD");
            }
        }
    }
}
