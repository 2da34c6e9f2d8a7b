package org.quoteattribution;

import java.nio.file.Path;
import java.time.Duration;
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
    private final @Nullable Duration timeout;
    private final double minimumConfidence;

    private QuoteAttributor(Builder builder) {
        this.timeout = builder.timeout;
        this.minimumConfidence = builder.minimumConfidence;
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
     * @throws NullPointerException          if {@code text} is null
     * @throws AnalysisTimeoutException      if the analysis took longer than the {@linkplain Builder#timeout
     *                                       timeout}
     * @throws AnalysisInterruptedException  if the calling thread was interrupted before or during the analysis
     */
    public List<Quote> attribute(String text) {
        Objects.requireNonNull(text, "text");
        return analyze(text, Optional.empty());
    }

    /**
     * The quotes of an article, with relative dates resolved against its publication date.
     *
     * @param text            the article, paragraphs separated by line breaks
     * @param publicationDate the day the article was published
     * @return the quotes in the order their content starts in the text; immutable
     * @throws NullPointerException         if {@code text} or {@code publicationDate} is null
     * @throws AnalysisTimeoutException     if the analysis took longer than the {@linkplain Builder#timeout timeout}
     * @throws AnalysisInterruptedException if the calling thread was interrupted before or during the analysis
     */
    public List<Quote> attribute(String text, LocalDate publicationDate) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(publicationDate, "publicationDate");
        return analyze(text, Optional.of(publicationDate));
    }

    private List<Quote> analyze(String text, Optional<LocalDate> publicationDate) {
        List<Quote> quotes = pipeline.analyze(text, publicationDate, timeout);
        if (minimumConfidence <= 0) {
            return quotes;
        }
        return quotes.stream().filter(q -> q.confidence() >= minimumConfidence).toList();
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
        // null: no timeout
        private @Nullable Duration timeout;
        private double minimumConfidence;

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
         * Stops any one analysis that takes longer than {@code timeout} with an {@link AnalysisTimeoutException}.
         * The stages check the time between small units of work (a paragraph read, a sentence tagged, a quote
         * assembled), so an analysis stops within milliseconds of its deadline; only one paragraph of megabytes, which
         * the sentence detector reads in one piece, can overrun it by the time that piece takes. There is no timeout
         * by default. An interrupt of the calling thread always stops an analysis in the same way, with an {@link
         * AnalysisInterruptedException}.
         *
         * @param timeout the longest time one {@code attribute} call may take, measured from its start
         * @return this builder
         * @throws NullPointerException     if {@code timeout} is null
         * @throws IllegalArgumentException if {@code timeout} is zero or negative
         */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, not " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /**
         * Leaves out quotes whose confidence is below {@code minimum}; by default none is left out (0). The
         * confidence is the quote classifier's probability that the quote is one; the README's "Measuring" section
         * gives precision and recall at several values.
         *
         * @param minimum the lowest confidence kept, in [0, 1]
         * @return this builder
         * @throws IllegalArgumentException if {@code minimum} is outside [0, 1]
         */
        public Builder minimumConfidence(double minimum) {
            if (!(minimum >= 0.0 && minimum <= 1.0)) {
                throw new IllegalArgumentException("minimum confidence must be in [0, 1], not " + minimum);
            }
            this.minimumConfidence = minimum;
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
