package org.quoteattribution;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quoteattribution.internal.Pipeline;
import org.quoteattribution.internal.models.NlpModels;

/**
 * Finds who said what in a news article. Build one with {@link #create()} or {@link #builder()}, once, and share it:
 * it is immutable and safe to use from any number of threads at once.
 *
 * <pre>{@code
 * QuoteAttributor attributor = QuoteAttributor.create();
 * List<Quote> quotes = attributor.attribute(articleText, LocalDate.of(2025, 8, 20));
 * }</pre>
 *
 * <p>Any {@code String} is accepted: empty text gives no quotes, and text that is not prose (markup, binary junk)
 * gives few or none. Analysis time and memory grow linearly with the length of the text.
 */
public final class QuoteAttributor {

    private final Pipeline pipeline;

    private QuoteAttributor(Builder builder) {
        NlpModels models = builder.modelsDirectory == null
                ? NlpModels.fromClasspath()
                : NlpModels.fromDirectory(builder.modelsDirectory);
        this.pipeline = new Pipeline(models, builder.includeBeliefs);
    }

    /**
     * An attributor with the default settings and the models on the class path.
     *
     * @throws ModelLoadingException if a model is missing or corrupt
     */
    public static QuoteAttributor create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The quotes of an article whose publication date is unknown: relative dates ("on Wednesday") keep their words
     * but get no value.
     *
     * @param text the article, paragraphs separated by line breaks
     * @return the quotes in the order their content starts in the text; immutable
     * @throws NullPointerException if {@code text} is null
     */
    public List<Quote> attribute(String text) {
        Objects.requireNonNull(text, "text");
        return pipeline.analyze(text, Optional.empty());
    }

    /**
     * The quotes of an article, with relative dates resolved against its publication date.
     *
     * @param text            the article, paragraphs separated by line breaks
     * @param publicationDate the day the article was published
     * @return the quotes in the order their content starts in the text; immutable
     * @throws NullPointerException if {@code text} or {@code publicationDate} is null
     */
    public List<Quote> attribute(String text, LocalDate publicationDate) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(publicationDate, "publicationDate");
        return pipeline.analyze(text, Optional.of(publicationDate));
    }

    /** Settings for a {@link QuoteAttributor}. Not thread-safe; the attributor it builds is. */
    public static final class Builder {
        private Path modelsDirectory;
        private boolean includeBeliefs = true;

        private Builder() {
        }

        /**
         * Loads models from this folder instead of the class path. A model the folder does not hold is still taken
         * from the class path.
         */
        public Builder modelsDirectory(Path directory) {
            this.modelsDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Whether reported thoughts and beliefs ("X believes that ...", "X hopes ...") count as quotes; they do by
         * default, as in the annotated news the library is measured on. Speech ("said", "wrote") always counts.
         */
        public Builder includeBeliefs(boolean include) {
            this.includeBeliefs = include;
            return this;
        }

        /**
         * @throws ModelLoadingException if a model is missing or corrupt
         */
        public QuoteAttributor build() {
            return new QuoteAttributor(this);
        }
    }
}
