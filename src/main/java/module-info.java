/**
 * quote-attribution: finds who said what in news text. The only exported package is {@code org.quoteattribution};
 * start with {@link org.quoteattribution.QuoteAttributor}.
 */
module org.quoteattribution {
    requires org.apache.opennlp.tools;
    requires org.slf4j;
    requires com.google.common;

    exports org.quoteattribution;
}
