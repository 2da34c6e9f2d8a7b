package org.quoteattribution.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.quoteattribution.ModelLoadingException;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteAttributor;
import picocli.CommandLine;

/**
 * The command-line tool. Exit status: 0 when every file was analysed, 1 when some input could not be read or
 * analysed (the others are still written), 2 for a usage error (bad option, bad {@code --date}, bad
 * {@code --dates} table, no input), 3 when the models cannot be loaded, 4 when a batch stops early because the heap
 * is too small for any article. Every problem is one line on stderr, never a stack trace. The options are in
 * {@link Options}.
 */
public final class Main {

    /** The tool's name, which starts every line it writes on stderr. */
    static final String NAME = "quote-attribution";

    static final int OK = 0;
    static final int SOME_FILES_FAILED = 1;
    static final int USAGE = 2;
    static final int MODELS = 3;
    /** The batch stopped early: the heap is too small for any article (see {@link Batch}). */
    static final int STOPPED = 4;
    static final long MAX_FILE_BYTES = Inputs.MAX_FILE_BYTES;

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args, System.in, System.out, System.err, QuoteAttributor.Builder::build, Analysis.LIBRARY);
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
        return run(args, InputStream.nullInputStream(), out, err, build, analysis);
    }

    /** As above, reading {@code -} from {@code stdin}. */
    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err,
            Function<QuoteAttributor.Builder, QuoteAttributor> build, Analysis analysis) {
        Options options = new Options();
        CommandLine commandLine = new CommandLine(options);
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        try {
            commandLine.parseArgs(args);
            if (commandLine.isUsageHelpRequested()) {
                commandLine.usage(out);
                return OK;
            }
            if (commandLine.isVersionHelpRequested()) {
                commandLine.printVersionHelp(out);
                return OK;
            }
            options.check();
        } catch (CommandLine.ParameterException | UsageException e) {
            err.println(NAME + ": " + usageMessage(e) + " (try --help)");
            return USAGE;
        }
        return new Main.Run(options, stdin, out, err, analysis).run(build);
    }

    /** picocli's messages, in the tool's words where they say what to type. */
    private static String usageMessage(Exception e) {
        String message = oneLine(e.getMessage());
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                && u.getUnmatched().get(0).startsWith("-")) {
            return "unknown option " + u.getUnmatched().get(0);
        }
        // "Invalid value for option '--date': bad --date ..." says the option twice
        int ours = message.indexOf(": bad ");
        return message.startsWith("Invalid value for ") && ours >= 0 ? message.substring(ours + 2) : message;
    }

    /** One article's analysis; a seam for tests, which inject failures. */
    @FunctionalInterface
    interface Analysis {
        List<Quote> analyze(QuoteAttributor attributor, String text, Optional<LocalDate> date);

        /** An article given as HTML: the library reads it as a browser shows it, offsets into the HTML. */
        default List<Quote> analyzeHtml(QuoteAttributor attributor, String html, Optional<LocalDate> date) {
            return date.isPresent() ? attributor.attributeHtml(html, date.get()) : attributor.attributeHtml(html);
        }

        /**
         * The quotes of a text handed to {@code sink} one at a time, for texts too large to hold all their quotes at
         * once; by default those of {@link #analyze}.
         */
        default void analyzeEach(QuoteAttributor attributor, String text, Optional<LocalDate> date,
                Consumer<Quote> sink) {
            analyze(attributor, text, date).forEach(sink);
        }

        Analysis LIBRARY = new Analysis() {
            @Override
            public List<Quote> analyze(QuoteAttributor attributor, String text, Optional<LocalDate> date) {
                return date.isPresent() ? attributor.attribute(text, date.get()) : attributor.attribute(text);
            }

            @Override
            public void analyzeEach(QuoteAttributor attributor, String text, Optional<LocalDate> date,
                    Consumer<Quote> sink) {
                if (date.isPresent()) {
                    attributor.attributeEach(text, date.get(), sink);
                } else {
                    attributor.attributeEach(text, sink);
                }
            }
        };
    }

    /** One run of the tool, once its options are known to be sound. */
    private static final class Run {
        private final Options options;
        private final InputStream stdin;
        private final PrintStream out;
        private final PrintStream err;
        private final Analysis analysis;

        Run(Options options, InputStream stdin, PrintStream out, PrintStream err, Analysis analysis) {
            this.options = options;
            this.stdin = stdin;
            this.out = out;
            this.err = err;
            this.analysis = analysis;
        }

        int run(Function<QuoteAttributor.Builder, QuoteAttributor> build) {
            try {
                PublicationDates dates = options.datesTable == null ? PublicationDates.none()
                        : PublicationDates.read(options.datesTable);
                List<Path> files = new ArrayList<>();
                // one article is read as given, so that a missing one is named as a missing file
                boolean inputsMissing = options.isSingle() ? !files.addAll(options.inputs)
                        : !Inputs.collect(options.inputs, files, err);
                QuoteAttributor.Builder builder = QuoteAttributor.builder()
                        .includeBeliefs(options.beliefs)
                        .minimumConfidence(options.minConfidence);
                if (options.models != null) {
                    builder.modelsDirectory(options.models);
                }
                if (options.timeout != null) {
                    builder.timeout(options.timeout);
                }
                // set aside before the models take their share, so that a batch can always say what failed
                Batch.Reserve reserve = options.isSingle() ? null : new Batch.Reserve();
                QuoteAttributor attributor = load(build, builder);
                if (options.isSingle()) {
                    return single(attributor, files.get(0), date(dates, files.get(0)));
                }
                int status = batch(attributor, files, dates, reserve);
                return inputsMissing ? Math.max(status, SOME_FILES_FAILED) : status;
            } catch (UsageException e) {
                err.println(NAME + ": " + oneLine(e.getMessage()));
                return USAGE;
            } catch (ModelLoadingException e) {
                err.println(NAME + ": " + oneLine(e.getMessage()));
                return MODELS;
            } catch (OutOfMemoryError e) {
                return STOPPED; // between the stages that catch it: there is not even room to say more
            }
        }

        /** Analyses one article read from {@code file}, as HTML when its name or --html says so. */
        private void analyzeEach(QuoteAttributor attributor, Path file, String content, Optional<LocalDate> date,
                Consumer<Quote> sink) {
            if (options.html || Inputs.isHtml(file)) {
                analysis.analyzeHtml(attributor, content, date).forEach(sink);
            } else {
                analysis.analyzeEach(attributor, content, date, sink);
            }
        }

        /** Reads one article and analyses it, as HTML when its name or --html says so. */
        private List<Quote> analyze(QuoteAttributor attributor, Path file, Optional<LocalDate> date)
                throws IOException {
            String content = Inputs.read(file, stdin);
            return options.html || Inputs.isHtml(file) ? analysis.analyzeHtml(attributor, content, date)
                    : analysis.analyze(attributor, content, date);
        }

                private Optional<LocalDate> date(PublicationDates dates, Path file) {
            return Optional.ofNullable(options.date).or(() -> dates.forFile(file));
        }

        private int single(QuoteAttributor attributor, Path file, Optional<LocalDate> date) {
            try {
                // all quotes first, so that a failure leaves stdout empty; then written as they are, not as one string
                List<Quote> quotes = analyze(attributor, file, date);
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                JsonOutput.writeDocument(writer, quotes::forEach);
                return OK;
            } catch (IOException | RuntimeException | Error e) {
                // the analysis of one article failing, however it fails, is that article's problem, reported like
                // an unreadable file
                err.println(NAME + ": " + file + ": " + describe(e));
                return SOME_FILES_FAILED;
            }
        }

        private int batch(QuoteAttributor attributor, List<Path> files, PublicationDates dates, Batch.Reserve reserve)
                throws UsageException {
            long start = System.nanoTime();
            Batch.Job job = options.out == null ? jsonLines(attributor, dates)
                    : filesInto(options.out, attributor, files, dates);
            boolean showProgress = !options.noProgress && Progress.stderrIsTerminal();
            Batch batch = new Batch(files, job, options.threads, reserve);
            int status = batch.run(out, err, new Progress(err, showProgress, System::nanoTime));
            String skipped = options.skipExisting
                    ? String.format(Locale.ROOT, ", %,d skipped (output there already)", batch.skippedCount()) : "";
            err.println(String.format(Locale.ROOT, "%s: %,d files, %,d quotes, %,d failed%s, %.1f s", NAME,
                    files.size(), batch.quoteCount(), batch.failedCount(), skipped,
                    (System.nanoTime() - start) / 1e9));
            return status;
        }

        private Batch.Job jsonLines(QuoteAttributor attributor, PublicationDates dates) {
            return file -> {
                List<Quote> quotes = analyze(attributor, file, dates.forFile(file));
                return new Batch.Done(quotes.size(), JsonOutput.line(file.toString(), quotes));
            };
        }

        private Batch.Job filesInto(Path outDir, QuoteAttributor attributor, List<Path> files,
                PublicationDates dates) throws UsageException {
            try {
                Files.createDirectories(outDir);
            } catch (IOException e) {
                throw new UsageException("cannot create output folder " + outDir + ": " + describe(e));
            }
            // two inputs with one name would write one output; the second is refused before anything runs
            Map<Path, Path> writtenBy = new LinkedHashMap<>();
            Map<Path, Path> duplicateOf = new HashMap<>();
            for (Path file : files) {
                Path earlier = writtenBy.putIfAbsent(target(outDir, file), file);
                if (earlier != null) {
                    duplicateOf.put(file, earlier);
                }
            }
            removeLeftovers(outDir, writtenBy.keySet());
            return file -> {
                Path target = target(outDir, file);
                if (duplicateOf.containsKey(file)) {
                    throw new IOException("not analysed: its output " + target + " is already the output of "
                            + duplicateOf.get(file));
                }
                if (options.skipExisting && Files.exists(target)) {
                    return Batch.Done.SKIPPED; // written whole by an earlier run: outputs are complete or absent
                }
                String content = Inputs.read(file, stdin);
                Optional<LocalDate> date = date(dates, file);
                int[] written = {0};
                // written as the quotes come: the quotes of a text of many megabytes are never all held at once
                OutputFiles.writeAtomically(target, out -> written[0] = JsonOutput.writeDocument(out,
                        sink -> analyzeEach(attributor, file, content, date, sink)));
                return new Batch.Done(written[0], null);
            };
        }

        /** A folder that cannot be listed is no reason to refuse the batch: each file's own write will say more. */
        private void removeLeftovers(Path outDir, Set<Path> targets) {
            Set<String> names = new HashSet<>();
            targets.forEach(t -> names.add(t.getFileName().toString()));
            try {
                OutputFiles.removeLeftovers(outDir, names);
            } catch (IOException e) {
                err.println(NAME + ": " + outDir + ": cannot remove the temporary files of an earlier run: "
                        + describe(e));
            }
        }

        private static Path target(Path outDir, Path file) {
            return outDir.resolve(Inputs.baseName(file) + ".json");
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

    static void writeAtomically(Path target, String content) throws IOException {
        OutputFiles.writeAtomically(target, content);
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
        if ((e instanceof IOException || e instanceof org.quoteattribution.AnalysisTimeoutException)
                && e.getMessage() != null) {
            return oneLine(e.getMessage());
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()));
    }

    /** Messages from libraries may span lines; stderr gets one line per problem. */
    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
