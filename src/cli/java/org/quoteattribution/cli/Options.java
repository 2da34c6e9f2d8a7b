package org.quoteattribution.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** The command line, as picocli reads it: every option with its help text. */
@Command(name = Main.NAME,
        mixinStandardHelpOptions = true,
        versionProvider = Options.Version.class,
        sortOptions = false,
        usageHelpWidth = 100,
        headerHeading = "",
        header = "Who said what in news articles, as JSON.",
        synopsisHeading = "%nUsage:%n  ",
        customSynopsis = {
            "quote-attribution [--date YYYY-MM-DD] [OPTIONS] FILE      one article, JSON on stdout",
            "  quote-attribution --out DIR [--dates TSV] [OPTIONS] PATH...  DIR/<name>.json for each article",
            "  quote-attribution --format jsonl [OPTIONS] PATH...        one JSON line per article on stdout",
        },
        descriptionHeading = "%n",
        description = {
            "PATH is a .txt, .html or .htm file, a folder (its files of those kinds, not those of its subfolders) "
                    + "or - for standard input. Articles are read as UTF-8: .txt files (and standard input) as plain "
                    + "text, paragraphs separated by line breaks; .html and .htm files (and every input with --html) "
                    + "as HTML, read as a browser shows them (scripts, styles, captions and asides left out). Offsets "
                    + "in the output are Java String indices (UTF-16 code units) into the file as read, the HTML "
                    + "itself for HTML. The JSON form is "
                    + "described in the README (\"The JSON form\") and defined by the JSON Schema "
                    + "org/quoteattribution/quotes.schema.json inside the library jar.",
        },
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every file was analysed",
            "1:some input could not be analysed: a file or folder that does not exist, cannot be read, is not "
                    + "valid UTF-8 or is larger than 16 MiB, or a file whose analysis failed or took longer than "
                    + "--timeout; one line names each, and every other file is still analysed and written in full",
            "2:usage error: unknown option, no input, bad --date, a --dates table that cannot be read or lacks the "
                    + "columns, an output folder that cannot be created",
            "3:the models could not be loaded (also when the heap is too small for them)",
            "4:the batch stopped early: 3 files in a row ran out of memory even one at a time, so the heap is too "
                    + "small for any article; every file finished is written, and one line names each file not "
                    + "analysed",
        },
        footerHeading = "%n",
        footer = {
            "Every problem is one line on stderr, starting with \"quote-attribution:\", never a stack trace. Output "
                    + "files are written atomically, mode 0644: a JSON file is either complete or absent, never half "
                    + "written. A batch ends with a one-line summary on stderr (files, quotes, failures, time) and "
                    + "shows a progress bar on stderr when stderr is a terminal and the batch takes more than two "
                    + "seconds.",
        })
final class Options {

    /** What the tool writes. */
    enum Format {
        /** One indented JSON object per article: on stdout for one article, DIR/name.json with --out. */
        json,
        /** JSON Lines: one object per article, with its file name, on stdout. */
        jsonl
    }

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "publication date of the one article given, to resolve \"on Wednesday\" and the like")
    LocalDate date;

    @Option(names = "--html",
            description = "read every input as HTML, standard input and .txt files too (by default only .html "
                    + "and .htm files are)")
    boolean html;

    @Option(names = "--dates", paramLabel = "TSV", converter = PathConverter.class,
            description = "a tab-separated table with a header holding the columns `filename` and "
                    + "`publication_date`; a file's date is looked up by its name without .txt, .html or .htm")
    Path datesTable;

    @Option(names = "--out", paramLabel = "DIR", converter = PathConverter.class,
            description = "write one JSON file per article into DIR (created if needed)")
    Path out;

    @Option(names = "--skip-existing",
            description = "with --out: leave alone every article whose DIR/<name>.json exists, so that a batch "
                    + "that was stopped can be run again to finish it")
    boolean skipExisting;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default) or jsonl: one line per article on stdout, {\"file\": ..., \"quotes\": "
                    + "[...]}, for batches and jq")
    Format format;

    @Option(names = "--models", paramLabel = "DIR", converter = PathConverter.class,
            description = "load models from DIR (any model not there comes from the class path)")
    Path models;

    @Option(names = "--beliefs", negatable = true,
            description = "also give beliefs, findings and deeds as quotes (\"X believes that ...\", \"the poll "
                    + "shows ...\", \"X ordered ...\"), as PolNeAR annotates attribution; by default only speech and "
                    + "writing; the README says which figures are measured with and which without")
    boolean beliefs;

    @Option(names = "--min-confidence", paramLabel = "X", converter = ConfidenceConverter.class,
            description = "leave out quotes whose confidence is below X (0 to 1; default 0: keep all)")
    double minConfidence;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "give up on an article after this long (500ms, 5s, 2m, or ISO-8601 like PT5S); "
                    + "that article fails, the others go on")
    Duration timeout;

    @Option(names = "--threads", paramLabel = "N", converter = ThreadsConverter.class,
            description = "analyse N files at a time (default: the number of processors)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-progress", description = "never show the progress bar")
    boolean noProgress;

    @Parameters(paramLabel = "PATH", converter = PathConverter.class, arity = "0..*",
            description = "article files, folders of them, or - for standard input")
    List<Path> inputs = new ArrayList<>();

    /** Whether this run writes one JSON document on stdout (one input, no --out, --format json). */
    boolean isSingle() {
        return out == null && format == Format.json;
    }

    /** The checks that concern several options at once; picocli has checked each alone. */
    void check() throws UsageException {
        if (inputs.isEmpty()) {
            throw new UsageException("no input file given");
        }
        if (inputs.stream().filter(Inputs::isStandardInput).count() > 1) {
            throw new UsageException("standard input (-) can be read only once");
        }
        if (format == Format.jsonl && out != null) {
            throw new UsageException("--format jsonl writes to standard output; leave out --out");
        }
        if (skipExisting && out == null) {
            throw new UsageException("--skip-existing needs --out DIR");
        }
        if (isSingle() && inputs.size() > 1) {
            throw new UsageException("several inputs need --out DIR or --format jsonl");
        }
        if (isSingle() && java.nio.file.Files.isDirectory(inputs.get(0))) {
            throw new UsageException(inputs.get(0) + " is a folder; give --out DIR or --format jsonl to analyse a "
                    + "folder");
        }
        if (date != null && (inputs.size() > 1 || java.nio.file.Files.isDirectory(inputs.get(0)))) {
            throw new UsageException("--date is for one file; use --dates TSV for several");
        }
    }

    /** {@code --version}: the version the build wrote into the tool's jar. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = Options.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {Main.NAME + " " + properties.getProperty("version", "(version unknown)")};
        }
    }

    static final class PathConverter implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new TypeConversionException("bad path '" + Main.oneLine(value) + "': " + e.getReason());
            }
        }
    }

    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("bad --date '" + value + "': expected YYYY-MM-DD");
            }
        }
    }

    static final class ThreadsConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // the message below says what is expected
            }
            throw new TypeConversionException("bad --threads '" + value + "': expected a whole number of at "
                    + "least 1");
        }
    }

    static final class ConfidenceConverter implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                double x = Double.parseDouble(value);
                if (x >= 0 && x <= 1) {
                    return x;
                }
            } catch (NumberFormatException e) {
                // the message below says what is expected
            }
            throw new TypeConversionException("bad --min-confidence '" + value + "': expected a number from 0 to 1");
        }
    }

    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

        @Override
        public Duration convert(String value) {
            Duration d = parse(value.strip().toLowerCase(Locale.ROOT));
            if (d == null || d.isZero() || d.isNegative()) {
                throw new TypeConversionException("bad --timeout '" + value + "': expected a positive duration such "
                        + "as 500ms, 5s, 2m, 1h or PT5S");
            }
            return d;
        }

        private static Duration parse(String value) {
            Matcher m = AMOUNT.matcher(value);
            if (m.matches()) {
                double amount = Double.parseDouble(m.group(1));
                double millis = switch (m.group(2)) {
                    case "ms" -> amount;
                    case "s" -> amount * 1_000;
                    case "m" -> amount * 60_000;
                    default -> amount * 3_600_000;
                };
                return millis > Long.MAX_VALUE / 2.0 ? null : Duration.ofMillis(Math.round(millis));
            }
            try {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
