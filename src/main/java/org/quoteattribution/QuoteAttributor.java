package org.quoteattribution;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
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
 * <p><b>Any text.</b> Any {@code String} is accepted: empty text gives no quotes, and text that is not prose (markup,
 * binary junk, lone surrogates, control characters) gives few or none. The only exception {@code attribute} throws
 * is {@link NullPointerException} for a null argument. Every result keeps these promises: each span and phrase lies
 * inside the text and on code point boundaries (never between the two halves of an emoji); a quote's spans are in
 * order and disjoint and its {@code text} is its spans joined by a space; confidence is in [0, 1]; the same input
 * gives the same output.
 *
 * <p><b>Size.</b> There is no maximum: analysis time and memory grow linearly with the length of the text, whatever
 * its shape; no input is known to cost more. Text too large for the heap fails with the JVM's {@link
 * OutOfMemoryError}. The README's "Limits and guarantees" section gives the time and heap measured per megabyte and
 * the hostile inputs the tests check this on.
 *
 * <p><b>Threads.</b> An attributor holds only final fields with immutable values: the OpenNLP models, which are
 * filled when loaded and only read afterwards, and stage objects whose word lists are unmodifiable collections. Each
 * call makes its own OpenNLP tokenizers and taggers (which are not thread-safe) and keeps everything it learns
 * about the article in objects of its own, so concurrent calls share nothing they could change.
 *
 * @since 0.1.0
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
     * An attributor with the default settings and the models on the class path; the same as {@code
     * builder().build()}. Loading the models takes a moment, so make one and keep it.
     *
     * @return a new attributor
     * @throws ModelLoadingException if a model is missing or corrupt
     */
    public static QuoteAttributor create() {
        return builder().build();
    }

    /**
     * Settings for an attributor other than the defaults: a folder of models, or speech without beliefs.
     *
     * @return a new builder with the default settings
     */
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

    /**
     * Settings for a {@link QuoteAttributor}. Not thread-safe; the attributor it builds is.
     *
     * <pre>{@code
     * QuoteAttributor speechOnly = QuoteAttributor.builder()
     *         .modelsDirectory(Path.of("models"))
     *         .includeBeliefs(false)
     *         .build();
     * }</pre>
     *
     * @since 0.1.0
     */
    public static final class Builder {
        // null until modelsDirectory is called: the models then come from the class path alone
        private @Nullable Path modelsDirectory;
        private boolean includeBeliefs = true;

        private Builder() {
        }

        /**
         * Loads models from this folder instead of the class path. A model the folder does not hold is still taken
         * from the class path, so a folder may hold just the one model it replaces.
         *
         * @param directory the folder holding the model files, under the file names the library loads
         * @return this builder
         * @throws NullPointerException if {@code directory} is null
         */
        public Builder modelsDirectory(Path directory) {
            this.modelsDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /**
         * Whether reported thoughts and beliefs ("X believes that ...", "X hopes ...") count as quotes; they do by
         * default, as in the annotated news the library is measured on. Speech ("said", "wrote") always counts.
         *
         * @param include {@code false} to keep only quotes of speech and writing
         * @return this builder
         */
        public Builder includeBeliefs(boolean include) {
            this.includeBeliefs = include;
            return this;
        }

        /**
         * Loads the models and makes the attributor. The builder may be changed and used again afterwards; the
         * attributor already built keeps the settings it was built with.
         *
         * @return a new attributor with these settings
         * @throws ModelLoadingException if the models folder does not exist, or a model is missing or corrupt
         */
        public QuoteAttributor build() {
            return new QuoteAttributor(this);
        }
    }
}
