package org.quoteattribution.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The articles the benchmark reads: the {@code .txt} files of {@code -Dbenchmark.articles=DIR}, by default the
 * PolNeAR dev articles ({@code ../shared/data/polnear/dev/text}) when they are there, else the bundled articles.
 */
final class BenchmarkArticles {

    static final Path POLNEAR_DEV = Path.of("../shared/data/polnear/dev/text");
    static final String SOURCE;
    static final List<String> TEXTS;
    /** Each article's non-blank lines, as the analysis reads paragraphs. */
    static final List<List<String>> PARAGRAPHS;
    /** Each article's size in UTF-8 bytes. */
    static final long[] BYTES;

    static {
        Path folder = Path.of(System.getProperty("benchmark.articles", POLNEAR_DEV.toString()));
        if (Files.isDirectory(folder)) {
            SOURCE = folder.toString();
            TEXTS = fromFolder(folder);
        } else {
            SOURCE = "the bundled articles";
            TEXTS = bundled();
        }
        PARAGRAPHS = TEXTS.stream()
                .map(t -> Arrays.stream(t.split("\\R")).filter(line -> !line.isBlank()).toList())
                .toList();
        BYTES = TEXTS.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).toArray();
    }

    private BenchmarkArticles() {
    }

    static long totalBytes() {
        return Arrays.stream(BYTES).sum();
    }

    private static List<String> fromFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            return List.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> bundled() {
        List<String> names = List.of("/seed-article.txt", "/articles/city-council.txt", "/articles/geneva-talks.txt",
                "/articles/hospital.txt", "/articles/storm.txt", "/articles/trade-deal.txt",
                "/articles/unusual-marks.txt");
        List<String> texts = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = BenchmarkArticles.class.getResourceAsStream(name)) {
                if (in != null) {
                    texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(texts);
    }
}
