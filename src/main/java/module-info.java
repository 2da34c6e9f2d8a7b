/**
 * quote-attribution: finds who said what in news text. The only exported package is {@code org.quoteattribution};
 * start with {@link org.quoteattribution.QuoteAttributor}.
 */
module org.quoteattribution {
    requires org.apache.opennlp.tools;
    requires org.slf4j;
    requires com.google.common;

    exports org.quoteattribution;
    // Only so that OpenNLP can create the reader of the word classes inside the name-finder model, which the model
    // names by class (see WordClassDictionary); nothing else in that package is API.
    exports org.quoteattribution.internal.models to org.apache.opennlp.tools;
}
