package org.quoteattribution.spark;

import java.io.Serializable;
import java.time.Duration;
import org.quoteattribution.QuoteAttributor;

/**
 * How the job's attributor is built and which documents it refuses: the key of the one attributor per executor JVM
 * ({@link Attributors}), so that two jobs with different settings in one JVM (as in the tests) do not share one.
 *
 * @param timeout           at most this long per document ({@code .timeout}), or null for no limit
 * @param includeBeliefs    whether beliefs, findings and deeds are quotes ({@code .includeBeliefs})
 * @param minimumConfidence leave out quotes below this confidence ({@code .minimumConfidence}), or null for all
 * @param maxChars          a document with more characters than this is an error row, never analysed
 */
record Settings(Duration timeout, boolean includeBeliefs, Double minimumConfidence, long maxChars)
        implements Serializable {

    /** The command-line tool's limit on a file, 16 MiB, taken as characters. */
    static final long DEFAULT_MAX_CHARS = 16L << 20;

    /** What the job runs with when no option is given: speech only, as the library by default. */
    static final Settings DEFAULTS = new Settings(null, false, null, DEFAULT_MAX_CHARS);

    QuoteAttributor build() {
        QuoteAttributor.Builder builder = QuoteAttributor.builder().includeBeliefs(includeBeliefs);
        if (timeout != null) {
            builder.timeout(timeout);
        }
        if (minimumConfidence != null) {
            builder.minimumConfidence(minimumConfidence);
        }
        return builder.build();
    }
}
