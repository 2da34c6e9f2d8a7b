package org.quoteattribution;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.TestReporter;

/**
 * Measures the work an analysis costs by what the analysing thread spends, not by the wall clock: its CPU time and
 * the bytes it allocates. Both count only this thread, so other builds on a shared machine barely move them, and
 * the assertions compare an input with one ten times its size on the same machine in the same run.
 */
public final class WorkMeter {

    /** Ten times the input may allocate at most this many times as much (a linear pass measures 10.0 to 10.2). */
    public static final double ALLOCATION_RATIO_LIMIT = 15;
    /**
     * Ten times the input may take at most this many times the CPU time: room for a noisy machine, while one
     * quadratic step anywhere, which makes 10x the input cost 100x, cannot pass.
     */
    public static final double CPU_RATIO_LIMIT = 25;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** What one analysis cost. */
    public record Work(long cpuNanos, long allocatedBytes) {
        Work min(Work other) {
            return new Work(Math.min(cpuNanos, other.cpuNanos), Math.min(allocatedBytes, other.allocatedBytes));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d ms CPU, %d MB allocated", cpuNanos / 1_000_000,
                    allocatedBytes >> 20);
        }
    }

    private WorkMeter() {
    }

    public static <T> Work measure(String text, Function<String, T> analysis, Consumer<T> check) {
        long thread = Thread.currentThread().getId();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long allocated = THREADS.getThreadAllocatedBytes(thread);
        T result = analysis.apply(text);
        Work work = new Work(THREADS.getCurrentThreadCpuTime() - cpu,
                THREADS.getThreadAllocatedBytes(thread) - allocated);
        check.accept(result);
        return work;
    }

    /**
     * Analyses {@code input.apply(n / 10)} and {@code input.apply(n)}, checks every result with {@code check}, and
     * asserts that the larger costs at most about ten times the smaller. Reports both costs to the test report.
     */
    public static Work assertLinear(String name, IntFunction<String> input, int n, QuoteAttributor attributor,
            TestReporter reporter) {
        String small = input.apply(n / 10);
        String big = input.apply(n);
        Function<String, List<Quote>> analysis = attributor::attribute;
        // the first runs compile the code paths this input takes; later runs measure the work itself
        measure(small, analysis, quotes -> QuoteInvariants.assertAll(small, quotes));
        Work smallWork = measure(small, analysis, quotes -> QuoteInvariants.assertAll(small, quotes));
        for (int i = 0; i < 2; i++) {
            smallWork = smallWork.min(measure(small, analysis, quotes -> { }));
        }
        Work bigWork = measure(big, analysis, quotes -> QuoteInvariants.assertAll(big, quotes));
        if (ratio(bigWork.cpuNanos, smallWork.cpuNanos, CPU_FLOOR_NANOS) > CPU_RATIO_LIMIT) {
            bigWork = bigWork.min(measure(big, analysis, quotes -> { })); // one more try before blaming the code
        }
        double cpuRatio = ratio(bigWork.cpuNanos, smallWork.cpuNanos, CPU_FLOOR_NANOS);
        double allocationRatio = ratio(bigWork.allocatedBytes, smallWork.allocatedBytes, ALLOCATION_FLOOR_BYTES);
        String summary = String.format(Locale.ROOT, "%s: %,d chars: %s; %,d chars: %s; ratio CPU %.1f, allocated %.1f",
                name, small.length(), smallWork, big.length(), bigWork, cpuRatio, allocationRatio);
        reporter.publishEntry("work", summary);
        System.out.println("[work] " + summary); // surefire keeps it in the report: the figures the README quotes
        assertTrue(allocationRatio <= ALLOCATION_RATIO_LIMIT, summary);
        assertTrue(cpuRatio <= CPU_RATIO_LIMIT, summary);
        return bigWork;
    }

    /**
     * Below these a measurement says more about the JIT compiler and the machine than about the code; they keep
     * cheap inputs from giving wild ratios. A quadratic step on inputs of these sizes costs far more than either.
     */
    private static final long CPU_FLOOR_NANOS = 50_000_000;
    private static final long ALLOCATION_FLOOR_BYTES = 1 << 20;

    private static double ratio(long big, long small, long floor) {
        return (double) big / Math.max(small, floor);
    }
}
