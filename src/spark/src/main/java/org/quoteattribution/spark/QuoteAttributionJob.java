package org.quoteattribution.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The Spark job: reads articles, writes one row per quote ({@link QuoteRows#OUTPUT}) or per failed document.
 *
 * <pre>
 * spark-submit --class org.quoteattribution.spark.QuoteAttributionJob quote-attribution-spark-1.0.0.jar \
 *     --input-format jsonl --format parquet --out quotes/ articles.jsonl
 * </pre>
 */
@Command(name = "quote-attribution-spark", mixinStandardHelpOptions = true, version = "quote-attribution-spark 1.0.0",
        sortOptions = false,
        description = {"Finds the quotes of every article of a corpus on Apache Spark: one output row per quote, "
                + "with the document's id and the fields of the library's JSON form, or one row per document that "
                + "could not be analysed, with its error. Run it with spark-submit."})
public final class QuoteAttributionJob implements Callable<Integer> {

    /** What a batch prints at its end on stderr: the counts of the job's accumulators. */
    public record Summary(long documents, long quotes, long failed, double seconds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "quote-attribution-spark: %,d documents, %,d quotes, %,d failed, %.1f s",
                    documents, quotes, failed, seconds);
        }
    }

    enum InputFormat { jsonl, parquet, txt }

    enum OutputFormat { parquet, jsonl }

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Input files or folders (local, hdfs://, s3a://, ... as Spark reads them).")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder (Spark's: part files).")
    String out;

    @Option(names = "--input-format", paramLabel = "jsonl|parquet|txt", defaultValue = "jsonl",
            description = "jsonl (default): JSON Lines with id, text and optional publication_date (YYYY-MM-DD); "
                    + "parquet: the same columns; txt: .txt files (UTF-8), or the .txt files directly inside a "
                    + "folder, id = the file's name without .txt.")
    InputFormat inputFormat;

    @Option(names = "--format", paramLabel = "parquet|jsonl", defaultValue = "parquet",
            description = "Output: parquet (default) or jsonl (JSON Lines, every field present, null when unknown).")
    OutputFormat format;

    @Option(names = "--overwrite", description = "Replace the output folder if it exists (otherwise the job fails).")
    boolean overwrite;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Give up on a document after this long (500ms, 5s, 2m, or ISO-8601 PT5S): its error row.")
    Duration timeout;

    @Option(names = "--beliefs", negatable = true, description = "Also give beliefs, findings and deeds as quotes "
            + "(\"X believes that ...\", \"the poll shows ...\"), as PolNeAR annotates attribution.")
    boolean beliefs;

    @Option(names = "--min-confidence", paramLabel = "X", description = "Leave out quotes below this confidence (0 to 1).")
    Double minConfidence;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "16777216",
            description = "A document longer than this many characters is an error row, never analysed "
                    + "(default ${DEFAULT-VALUE}, the command-line tool's 16 MiB).")
    long maxChars;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Analyse the articles in N partitions (default: JSON Lines and Parquet as Spark reads "
                    + "them, but at least twice spark.default.parallelism, so that one small input file keeps every "
                    + "core busy; .txt files in slices of the list, at least twice spark.default.parallelism and "
                    + "at most 10,000 files each). Each partition writes one output file.")
    Integer partitions;

    /** Runs the job under spark-submit; exits with a non-zero status only on failure (2: usage error). */
    public static void main(String[] args) {
        int status = commandLine().execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    static CommandLine commandLine() {
        return new CommandLine(new QuoteAttributionJob()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            settings();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        SparkSession spark = SparkSession.builder().appName("quote-attribution").getOrCreate();
        try {
            System.err.println(run(spark));
            return 0;
        } finally {
            spark.stop();
        }
    }

    Settings settings() {
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("bad --min-confidence " + minConfidence + ": expected 0 to 1");
        }
        if (maxChars <= 0 || partitions != null && partitions <= 0) {
            throw new IllegalArgumentException("--max-chars and --partitions take a positive number");
        }
        return new Settings(timeout, beliefs, minConfidence, maxChars);
    }

    /** Reads, analyses and writes with the given session; returns the counts. */
    public Summary run(SparkSession spark) {
        long started = System.nanoTime();
        Settings settings = settings();
        Dataset<Row> articles = read(spark);
        int parallelism = spark.sparkContext().defaultParallelism();
        if (inputFormat == InputFormat.txt) {
            // read() partitioned them
        } else if (partitions != null) {
            articles = articles.repartition(partitions);
        } else if (articles.rdd().getNumPartitions() < 2 * parallelism) {
            articles = articles.repartition(2 * parallelism);
        }
        LongAccumulator documents = spark.sparkContext().longAccumulator("documents");
        LongAccumulator quotes = spark.sparkContext().longAccumulator("quotes");
        LongAccumulator failed = spark.sparkContext().longAccumulator("failed documents");
        Dataset<Row> rows = articles.mapPartitions(new Attribution(settings, documents, quotes, failed),
                Encoders.row(QuoteRows.OUTPUT));
        var writer = rows.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
        if (format == OutputFormat.jsonl) {
            writer.option("ignoreNullFields", "false").json(out);
        } else {
            writer.parquet(out);
        }
        return new Summary(documents.value(), quotes.value(), failed.value(), (System.nanoTime() - started) / 1e9);
    }

    /** The articles as {@link QuoteRows#ARTICLE} rows. */
    Dataset<Row> read(SparkSession spark) {
        String[] paths = inputs.toArray(String[]::new);
        switch (inputFormat) {
            case jsonl: {
                StructType schema = new StructType()
                        .add("id", DataTypes.StringType)
                        .add("text", DataTypes.StringType)
                        .add("publication_date", DataTypes.StringType)
                        .add("_corrupt_record", DataTypes.StringType);
                Dataset<Row> json = spark.read().schema(schema).option("mode", "PERMISSIVE")
                        .option("columnNameOfCorruptRecord", "_corrupt_record").json(paths);
                return json.select(col("id"), col("text"), col("publication_date"),
                        when(col("_corrupt_record").isNotNull(), concat(lit("not a JSON object with id and text: "),
                                substring(col("_corrupt_record"), 1, 200))).as("error"));
            }
            case parquet: {
                Dataset<Row> table = spark.read().parquet(paths);
                List<String> columns = Arrays.asList(table.columns());
                for (String required : List.of("id", "text")) {
                    if (!columns.contains(required)) {
                        throw new IllegalArgumentException("the Parquet input has no column '" + required
                                + "' (it has " + columns + ")");
                    }
                }
                return table.select(col("id").cast("string").as("id"), col("text").cast("string").as("text"),
                        (columns.contains("publication_date") ? col("publication_date").cast("string")
                                : lit(null).cast("string")).as("publication_date"),
                        lit(null).cast("string").as("error"));
            }
            default: {
                String[] files = textFiles(spark, paths);
                if (files.length == 0) {
                    throw new IllegalArgumentException("no .txt file in " + inputs);
                }
                // a partition per slice of the list, not per file: Spark's file sources would give each small file
                // its own task, and so its own output file
                int slices = partitions != null ? partitions
                        : Math.max(2 * spark.sparkContext().defaultParallelism(), (files.length + 9_999) / 10_000);
                Map<String, String> conf = new HashMap<>();
                spark.sparkContext().hadoopConfiguration().forEach(e -> conf.put(e.getKey(), e.getValue()));
                JavaRDD<String> list = JavaSparkContext.fromSparkContext(spark.sparkContext())
                        .parallelize(Arrays.asList(files), Math.min(slices, files.length));
                return spark.createDataset(list.rdd(), Encoders.STRING())
                        .mapPartitions(new TextFiles(conf, maxChars), Encoders.row(QuoteRows.ARTICLE));
            }
        }
    }

    /** The inputs that are files, and the {@code .txt} files directly inside those that are folders, as the CLI's. */
    static String[] textFiles(SparkSession spark, String[] paths) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<String> files = new ArrayList<>();
        try {
            for (String p : paths) {
                Path path = new Path(p);
                FileSystem fs = path.getFileSystem(conf);
                FileStatus status = fs.getFileStatus(path);
                if (!status.isDirectory()) {
                    files.add(status.getPath().toString());
                    continue;
                }
                List<String> inside = new ArrayList<>();
                for (FileStatus f : fs.listStatus(path)) {
                    if (f.isFile() && f.getPath().getName().endsWith(".txt")) {
                        inside.add(f.getPath().toString());
                    }
                }
                Collections.sort(inside);
                files.addAll(inside);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the input: " + e.getMessage(), e);
        }
        return files.toArray(String[]::new);
    }

    /** {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h} or ISO-8601 ({@code PT5S}), as the command-line tool's. */
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
