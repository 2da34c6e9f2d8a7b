/**
 * quote-attribution: finds who said what in news text. The only exported package is {@code org.quoteattribution};
 * start with {@link org.quoteattribution.QuoteAttributor}.
 */
module org.quoteattribution {
    requires org.apache.opennlp.tools;
    requires org.slf4j;
    requires com.google.common;
    requires org.jsoup;
    // Nullness annotations (@NullMarked, @Nullable) on the API: needed to compile, not at run time.
    requires static org.jspecify;

    exports org.quoteattribution;
    // Only so that OpenNLP can create, by the class names the name-finder model gives, the readers of the word classes
    // and of the name list inside the model and the name finder's own feature generators (WordClassDictionary,
    // NameList, NameListFeatureGeneratorFactory, CapitalizedRunFeatureGeneratorFactory); nothing there is API.
    exports org.quoteattribution.internal.models to org.apache.opennlp.tools;
}
