package org.quoteattribution;

import java.time.Duration;
import java.util.Objects;

/**
 * An analysis took longer than the attributor's {@link QuoteAttributor.Builder#timeout(Duration) timeout} and was
 * stopped. Nothing of the article is returned; the attributor is unharmed and may be used again at once.
 *
 * <pre>{@code
 * QuoteAttributor attributor = QuoteAttributor.builder().timeout(Duration.ofSeconds(2)).build();
 * try {
 *     quotes = attributor.attribute(text);
 * } catch (AnalysisTimeoutException e) {
 *     log.warn("article skipped: {}", e.getMessage());
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public final class AnalysisTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The time one analysis was allowed. */
    private final Duration timeout;

    /**
     * An analysis stopped at its deadline.
     *
     * @param timeout the time the analysis was allowed
     * @throws NullPointerException if {@code timeout} is null
     */
    public AnalysisTimeoutException(Duration timeout) {
        super("the analysis took longer than its timeout of " + Objects.requireNonNull(timeout, "timeout").toMillis()
                + " ms");
        this.timeout = timeout;
    }

    /**
     * The time the analysis was allowed.
     *
     * @return the attributor's timeout
     */
    public Duration timeout() {
        return timeout;
    }
}
