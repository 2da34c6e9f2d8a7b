package org.quoteattribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A timeout and an interrupt stop an analysis soon, with the documented exceptions; a confidence floor filters. */
class AnalysisLimitsTest {

    /** The most CPU time an analysis may spend after it was told to stop. */
    private static final long STOP_WITHIN_NANOS = 50_000_000L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String SEED = read("seed-article.txt");
    /** Some 600 KB of news: a few seconds of analysis, far longer than any test here lets it run. */
    private static final String LONG_ARTICLE = (SEED + "\n\n").repeat(100);

    @Test
    void an_interrupt_stops_a_long_analysis_within_50_ms_of_cpu() throws Exception {
        QuoteAttributor attributor = SharedAttributor.get();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicLong cpuWhenStopped = new AtomicLong();
        Thread worker = new Thread(() -> {
            try {
                attributor.attribute(LONG_ARTICLE);
            } catch (Throwable e) {
                cpuWhenStopped.set(THREADS.getCurrentThreadCpuTime());
                thrown.set(e);
            }
        });
        worker.start();
        while (THREADS.getThreadCpuTime(worker.getId()) < 200_000_000L && worker.isAlive()) {
            Thread.sleep(5); // well into the analysis, past the first paragraphs
        }
        long cpuWhenInterrupted = THREADS.getThreadCpuTime(worker.getId());
        worker.interrupt();
        worker.join(10_000);

        assertTrue(thrown.get() instanceof AnalysisInterruptedException, "thrown: " + thrown.get());
        long overrun = cpuWhenStopped.get() - cpuWhenInterrupted;
        assertTrue(overrun < STOP_WITHIN_NANOS, "went on for " + overrun / 1_000_000 + " ms of CPU");
    }

    @Test
    void a_thread_interrupted_before_the_call_gets_the_exception_and_keeps_its_interrupt_status() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(AnalysisInterruptedException.class, () -> SharedAttributor.get().attribute(SEED));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void a_timeout_stops_a_long_analysis_within_50_ms_of_cpu_after_it() {
        Duration timeout = Duration.ofMillis(300);
        QuoteAttributor attributor = QuoteAttributor.builder().timeout(timeout).build();
        long cpu = THREADS.getCurrentThreadCpuTime();
        AnalysisTimeoutException e = assertThrows(AnalysisTimeoutException.class,
                () -> attributor.attribute(LONG_ARTICLE));
        long spent = THREADS.getCurrentThreadCpuTime() - cpu;

        assertEquals(timeout, e.timeout());
        // CPU time never runs ahead of the clock, so more than this is work done after the deadline
        assertTrue(spent < timeout.toNanos() + STOP_WITHIN_NANOS, "spent " + spent / 1_000_000 + " ms of CPU");
    }

    @Test
    void an_attributor_that_timed_out_analyses_the_next_article_in_full() {
        QuoteAttributor attributor = QuoteAttributor.builder().timeout(Duration.ofMillis(100)).build();
        assertThrows(AnalysisTimeoutException.class, () -> attributor.attribute(LONG_ARTICLE));

        List<Quote> quotes = attributor.attribute("\u201cWe will win,\u201d Okafor said.");

        assertEquals(1, quotes.size());
    }

    @Test
    void a_timeout_longer_than_the_analysis_changes_nothing() {
        QuoteAttributor attributor = QuoteAttributor.builder().timeout(Duration.ofDays(100_000_000)).build();

        assertEquals(SharedAttributor.get().attribute(SEED), attributor.attribute(SEED));
    }

    @Test
    void a_timeout_must_be_positive() {
        assertThrows(IllegalArgumentException.class, () -> QuoteAttributor.builder().timeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> QuoteAttributor.builder().timeout(Duration.ofSeconds(-1)));
        assertThrows(NullPointerException.class, () -> QuoteAttributor.builder().timeout(null));
    }

    @Test
    void a_confidence_floor_leaves_out_exactly_the_quotes_below_it() {
        List<Quote> all = SharedAttributor.get().attribute(SEED);
        double floor = all.stream().mapToDouble(Quote::confidence).sorted().skip(all.size() / 2).findFirst()
                .orElseThrow();
        QuoteAttributor confident = QuoteAttributor.builder().minimumConfidence(floor).build();

        List<Quote> kept = confident.attribute(SEED);

        assertEquals(all.stream().filter(q -> q.confidence() >= floor).toList(), kept);
        assertFalse(kept.isEmpty());
        assertTrue(kept.size() < all.size());
    }

    @Test
    void a_confidence_floor_must_lie_in_zero_to_one() {
        assertThrows(IllegalArgumentException.class, () -> QuoteAttributor.builder().minimumConfidence(-0.1));
        assertThrows(IllegalArgumentException.class, () -> QuoteAttributor.builder().minimumConfidence(1.5));
        assertThrows(IllegalArgumentException.class, () -> QuoteAttributor.builder().minimumConfidence(Double.NaN));
    }

    private static String read(String resource) {
        try {
            return Files.readString(Path.of("src/test/resources", resource), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
