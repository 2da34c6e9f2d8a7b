package org.quoteattribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One attributor shared by eight threads gives exactly what it gives one thread: the facade holds no mutable state
 * (see {@link SharedStateTest} and the README's "Limits and guarantees").
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ConcurrentAttributionTest {

    private static final int THREADS = 8;
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 8, 20);
    private static final String BUNDLED = "/articles/";
    private static final List<String> BUNDLED_ARTICLES = List.of("city-council.txt", "geneva-talks.txt",
            "hospital.txt", "storm.txt", "trade-deal.txt", "unusual-marks.txt");
    /** The PolNeAR dev split, beside the repository when the shared data is there (CI copies it; a clone may not). */
    private static final Path DEV_ARTICLES = Path.of(System.getProperty("quoteattribution.devText",
            "../shared/data/polnear/dev/text"));

    private final QuoteAttributor attributor = SharedAttributor.get();

    @Test
    void eightThreadsGiveTheSequentialResultsOnTheBundledArticles() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String name : BUNDLED_ARTICLES) {
            texts.add(resource(BUNDLED + name));
        }
        texts.add(resource("/seed-article.txt"));
        texts.add(HostileInputTest.prose(20_000, "\n\u201c"));
        texts.add(HostileInputTest.shortQuotes(300, "\n"));
        // every text eight times over, shuffled, so that threads often analyse the same text at the same time
        assertSameResultsOnEightThreads(texts, THREADS);
    }

    @Test
    void eightThreadsGiveTheSequentialResultsOnTheDevArticles() throws Exception {
        assumeTrue(Files.isDirectory(DEV_ARTICLES), "no dev articles at " + DEV_ARTICLES.toAbsolutePath());
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEV_ARTICLES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertTrue(texts.size() > 50, "only " + texts.size() + " dev articles");
        // each article is analysed once on the pool: the dev split is large enough to keep eight threads busy
        assertSameResultsOnEightThreads(texts, 1);
    }

    /** Analyses {@code texts} once in order, then {@code copies} times on eight threads at once; all must agree. */
    private void assertSameResultsOnEightThreads(List<String> texts, int copies) throws Exception {
        List<List<Quote>> sequential = new ArrayList<>();
        for (String text : texts) {
            sequential.add(attributor.attribute(text, PUBLISHED));
        }
        List<Integer> work = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            for (int i = 0; i < texts.size(); i++) {
                work.add(i);
            }
        }
        Collections.shuffle(work, new Random(42));
        AtomicInteger next = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentHashMap<Integer, String> mismatches = new ConcurrentHashMap<>();
        AtomicInteger analysed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                threads.add(pool.submit(() -> {
                    start.await();
                    for (int k = next.getAndIncrement(); k < work.size(); k = next.getAndIncrement()) {
                        int i = work.get(k);
                        List<Quote> quotes = attributor.attribute(texts.get(i), PUBLISHED);
                        if (!quotes.equals(sequential.get(i))) {
                            mismatches.put(i, quotes + "\n  instead of\n" + sequential.get(i));
                        }
                        analysed.incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> thread : threads) {
                thread.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(work.size(), analysed.get());
        assertEquals(Collections.emptyMap(), mismatches);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ConcurrentAttributionTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, name + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
