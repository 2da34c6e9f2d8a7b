package org.quoteattribution.internal.models;

import com.google.common.util.concurrent.Uninterruptibles;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Helper threads for building an attributor: its models and lexicons are read independently, and in a fresh JVM
 * that work, run one piece after another, was most of the start-up time. The threads are daemons; callers shut the
 * pool down once they have submitted their work, so the threads end with it.
 */
public final class StartUpThreads {

    private static final Logger LOG = LoggerFactory.getLogger(StartUpThreads.class);
    private static final int THREADS = 2;

    private StartUpThreads() {
    }

    public static ExecutorService pool() {
        return Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "quote-attribution-start-up");
            thread.setDaemon(true);
            // work that fails reaches its caller through its Future; what escapes the pool's own bookkeeping (an
            // OutOfMemoryError between two tasks, when the heap is too small for the models) is only logged, never
            // printed by the JVM's default handler beside the caller's one-line error
            thread.setUncaughtExceptionHandler((t, e) -> LOG.debug("start-up thread {} ended: {}", t.getName(),
                    e.toString()));
            return thread;
        });
    }

    /** The result of work that cannot fail but with an unchecked exception or an error, which is rethrown. */
    public static <T> T join(Future<T> work) {
        try {
            return Uninterruptibles.getUninterruptibly(work);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
