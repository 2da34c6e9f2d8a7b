package org.quoteattribution;

/**
 * How much of a quote's content is in the speaker's own, quoted words.
 *
 * <pre>{@code
 * String label = switch (quote.type()) {
 *     case DIRECT -> "quoted";
 *     case MIXED -> "partly quoted";
 *     case INDIRECT -> "reported";
 *     default -> "other";
 * };
 * }</pre>
 *
 * <p><b>Compatibility.</b> These constants will not be removed or renamed, but a minor release may add new ones: a
 * {@code switch} over a {@code QuoteType} should have a {@code default} branch.
 *
 * @since 1.0.0
 */
public enum QuoteType {
    /** All of the content is inside quotation marks. */
    DIRECT,
    /** A paraphrase that carries quoted fragments. */
    MIXED,
    /** Reported speech or thought without quotation marks. */
    INDIRECT
}
