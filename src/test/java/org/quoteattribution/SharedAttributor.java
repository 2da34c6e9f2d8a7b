package org.quoteattribution;

/** One attributor for all tests: building it loads the models, which takes a while. */
public final class SharedAttributor {

    private static final QuoteAttributor INSTANCE = QuoteAttributor.create();

    private SharedAttributor() {
    }

    public static QuoteAttributor get() {
        return INSTANCE;
    }
}
