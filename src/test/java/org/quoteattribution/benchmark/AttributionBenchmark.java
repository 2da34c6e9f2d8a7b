package org.quoteattribution.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.quoteattribution.QuoteAttributor;

/**
 * Throughput of the whole analysis on the bundled news articles (the seed article and the articles under
 * {@code src/test/resources/articles/}). Run with {@code mvn -B -q test-compile exec:exec@benchmark}; the score is
 * articles per second, and {@link #CHARACTERS} gives the text per round, so characters per second is the product.
 * Not part of {@code mvn verify}: timings belong in benchmarks, not in tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class AttributionBenchmark {

    static final List<String> ARTICLES = articles();
    /** Characters in one pass over all articles. */
    static final long CHARACTERS = ARTICLES.stream().mapToLong(String::length).sum();

    private QuoteAttributor attributor;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        attributor = QuoteAttributor.create();
        System.out.println("\nbundled articles: " + ARTICLES.size() + ", " + CHARACTERS + " characters");
    }

    /** One article per call, taking the articles in turn. */
    @Benchmark
    public void attributeOneArticle(Blackhole sink) {
        String text = ARTICLES.get(next);
        next = (next + 1) % ARTICLES.size();
        sink.consume(attributor.attribute(text));
    }

    private static List<String> articles() {
        List<String> names = List.of("/seed-article.txt", "/articles/city-council.txt", "/articles/geneva-talks.txt",
                "/articles/hospital.txt", "/articles/storm.txt", "/articles/trade-deal.txt",
                "/articles/unusual-marks.txt");
        List<String> texts = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = AttributionBenchmark.class.getResourceAsStream(name)) {
                if (in != null) {
                    texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
        }
        return List.copyOf(texts);
    }
}
