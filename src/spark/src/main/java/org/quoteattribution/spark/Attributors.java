package org.quoteattribution.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.quoteattribution.QuoteAttributor;

/**
 * One {@link QuoteAttributor} per executor JVM (and per {@link Settings}), built lazily by the first task that needs
 * it and shared by every task after it: it is thread-safe and takes about two seconds to build (the models).
 */
final class Attributors {

    private static final ConcurrentMap<Settings, QuoteAttributor> BY_SETTINGS = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILT = new AtomicInteger();

    private Attributors() {
    }

    /** The attributor of these settings in this JVM; the first call builds it, concurrent first calls wait for it. */
    static QuoteAttributor of(Settings settings) {
        return BY_SETTINGS.computeIfAbsent(settings, s -> {
            BUILT.incrementAndGet();
            return s.build();
        });
    }

    /** How many attributors this JVM has built (for the tests). */
    static int built() {
        return BUILT.get();
    }
}
