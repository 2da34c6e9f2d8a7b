package org.quoteattribution;

/** How much of a quote's content is in the speaker's own, quoted words. */
public enum QuoteType {
    /** All of the content is inside quotation marks. */
    DIRECT,
    /** A paraphrase that carries quoted fragments. */
    MIXED,
    /** Reported speech or thought without quotation marks. */
    INDIRECT
}
