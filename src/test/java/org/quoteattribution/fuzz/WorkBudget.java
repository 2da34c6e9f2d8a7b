package org.quoteattribution.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The work one fuzz input may cost: a fixed allowance plus an amount per character, counted as the analysing
 * thread's CPU time and the bytes it allocates (as {@link org.quoteattribution.WorkMeter} counts them), so that
 * other processes on the machine barely move the figures. The allowances are generous, far above what any input
 * costs, so that a cold JIT compiler or Jazzer's instrumentation cannot fail a target; what they catch is an input
 * whose cost runs away with its length, the mark of a quadratic (or worse) step. The largest cost per character
 * seen so far is printed whenever it grows, so that a campaign's log shows how close inputs come to the limit.
 */
final class WorkBudget {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final String name;
    private final long cpuFloorNanos;
    private final long cpuNanosPerChar;
    private final long allocationFloorBytes;
    private final long allocatedBytesPerChar;
    // the costliest input so far, per character beyond the floors: printed when it grows (tests may print)
    private double worstAllocationShare;
    private double worstCpuShare;

    /**
     * @param name                  what the budget is for, in its messages
     * @param cpuFloorNanos         CPU time any input may take
     * @param cpuNanosPerChar       CPU time each character adds
     * @param allocationFloorBytes  bytes any input may allocate
     * @param allocatedBytesPerChar bytes each character adds
     */
    WorkBudget(String name, long cpuFloorNanos, long cpuNanosPerChar, long allocationFloorBytes,
            long allocatedBytesPerChar) {
        this.name = name;
        this.cpuFloorNanos = cpuFloorNanos;
        this.cpuNanosPerChar = cpuNanosPerChar;
        this.allocationFloorBytes = allocationFloorBytes;
        this.allocatedBytesPerChar = allocatedBytesPerChar;
    }

    /** The budget of the analysis of text or HTML: 3 s of CPU and 128 MB, plus 200 µs and 256 KB per character (Jazzer's instrumentation
     * makes an analysis allocate up to ten times what it does without: some 30 KB per character). */
    static WorkBudget forAnalysis(String name) {
        return new WorkBudget(name, 3_000_000_000L, 200_000, 128L << 20, 256 << 10);
    }

    /** Runs {@code work} and asserts that it cost no more than the budget allows for an input of {@code length}. */
    synchronized <T> T spend(int length, Supplier<T> work) {
        long thread = Thread.currentThread().getId();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long allocated = THREADS.getThreadAllocatedBytes(thread);
        T result = work.get();
        long cpuSpent = THREADS.getCurrentThreadCpuTime() - cpu;
        long allocationSpent = THREADS.getThreadAllocatedBytes(thread) - allocated;
        long cpuLimit = cpuFloorNanos + cpuNanosPerChar * length;
        long allocationLimit = allocationFloorBytes + allocatedBytesPerChar * length;
        String summary = String.format(Locale.ROOT, "%s, %,d chars: %,d ms CPU (limit %,d), %,d KB allocated (limit %,d)",
                name, length, cpuSpent / 1_000_000, cpuLimit / 1_000_000, allocationSpent >> 10, allocationLimit >> 10);
        double cpuShare = (double) cpuSpent / cpuLimit;
        double allocationShare = (double) allocationSpent / allocationLimit;
        if (cpuShare > worstCpuShare || allocationShare > worstAllocationShare) {
            worstCpuShare = Math.max(cpuShare, worstCpuShare);
            worstAllocationShare = Math.max(allocationShare, worstAllocationShare);
            System.out.println("[budget] costliest so far: " + summary);
        }
        assertTrue(cpuSpent <= cpuLimit, () -> "over the work budget: " + summary);
        assertTrue(allocationSpent <= allocationLimit, () -> "over the work budget: " + summary);
        return result;
    }
}
