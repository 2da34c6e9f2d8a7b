package org.quoteattribution.internal.limits;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.quoteattribution.AnalysisInterruptedException;
import org.quoteattribution.AnalysisTimeoutException;

/**
 * When one analysis must stop: at its timeout, if it has one, and whenever its thread is interrupted. The stages call
 * {@link #check()} between units of work small enough (a paragraph read, a sentence tagged, a quote assembled) that
 * an analysis stops within milliseconds of either. Immutable; one per analysis.
 */
public final class Deadline {

    /** No timeout: only an interrupt stops the analysis. */
    public static final Deadline NONE = new Deadline(null, 0);

    private final @Nullable Duration timeout;
    private final long deadlineNanos;

    private Deadline(@Nullable Duration timeout, long deadlineNanos) {
        this.timeout = timeout;
        this.deadlineNanos = deadlineNanos;
    }

    /** A deadline {@code timeout} from now, or {@link #NONE} when {@code timeout} is null. */
    public static Deadline after(@Nullable Duration timeout) {
        if (timeout == null) {
            return NONE;
        }
        long nanos;
        try {
            nanos = timeout.toNanos();
        } catch (ArithmeticException e) {
            return NONE; // longer than 292 years: no deadline that could ever be reached
        }
        return new Deadline(timeout, System.nanoTime() + nanos);
    }

    /**
     * Throws if the analysis must stop.
     *
     * @throws AnalysisInterruptedException if the thread is interrupted (its interrupt status stays set)
     * @throws AnalysisTimeoutException     if the timeout has passed
     */
    public void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new AnalysisInterruptedException();
        }
        // nanoTime differences, not comparisons, stay right when the clock's value wraps around
        if (timeout != null && System.nanoTime() - deadlineNanos > 0) {
            throw new AnalysisTimeoutException(timeout);
        }
    }
}
