package org.quoteattribution;

/**
 * The thread analysing an article was {@linkplain Thread#interrupt() interrupted} (for example by {@code
 * Future.cancel(true)} or an executor shutting down), and the analysis stopped. Nothing of the article is returned.
 * The thread's interrupt status is left set, so that the code that called {@code attribute} still sees it.
 *
 * @since 1.0.0
 */
public final class AnalysisInterruptedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An analysis stopped because its thread was interrupted. */
    public AnalysisInterruptedException() {
        super("the analysis was stopped: its thread was interrupted");
    }
}
