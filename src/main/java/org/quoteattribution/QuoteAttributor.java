package org.quoteattribution;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
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
 * <p><b>HTML.</b> {@link #attributeHtml(String)} takes an article as HTML (a CMS's article body), reads the text a
 * browser shows, and gives offsets into the HTML; it keeps the same promises, its spans lying on the characters of
 * the HTML's text.
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
 * @since 1.0.0
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
     * Settings for an attributor other than the defaults: a folder of models, or beliefs beside speech.
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

    /**
     * The quotes of an article given as HTML, such as the body a content management system stores, whose publication
     * date is unknown. The analysis reads the text a browser would show, and every offset of the result is an index
     * into {@code html}.
     *
     * <p><b>What counts as article text.</b> The text of the {@code <body>} (all of the string when it has no body
     * tag), entities decoded ({@code &amp;}, {@code &#8220;}, {@code &rdquo;}, {@code &nbsp;}) and whitespace collapsed
     * as a browser does. Paragraphs end at {@code p}, {@code div}, {@code li}, {@code h1} to {@code h6}, {@code
     * blockquote}, {@code tr}, {@code section}, {@code article}, {@code header}, {@code footer}, {@code br} and the
     * other block elements (lists, tables, {@code main}, {@code pre}, {@code hr}); table cells are separated by a
     * space. Not article text: {@code script}, {@code style}, {@code noscript}, {@code template}, {@code figure}
     * and {@code figcaption}, {@code aside}, {@code nav}, the {@code head}, and embedded content ({@code iframe},
     * {@code svg}, {@code math}, {@code canvas}, {@code object}, {@code embed}, {@code video}, {@code audio}) and form
     * controls. A {@code <q>} is read with curly quotation marks (U+201C, U+201D) around it, and so is a {@code
     * <blockquote>} whose text has no double quotation mark of its own: each is a quotation, as in print.
     *
     * <p><b>Offsets and texts.</b> Every span, of the quotes and of their cues, speaker mentions, dates and sources,
     * is a range of {@code html}: from the first character of its first word to the last character of its last word,
     * a character written as an entity counting as the whole entity; it may hold tags ({@code said <b>very</b>
     * loudly}). The texts are the text as read: a quote's {@code text} is its pieces joined by a space, a phrase's
     * {@code text} its words, entities decoded and tags left out. The quotation marks added for {@code <q>} and
     * {@code <blockquote>}, and the paragraph breaks, stand for no character of the HTML, so no span begins or ends
     * with one; the HTML of a span, stripped of its tags with its entities decoded, reads as the span's text with
     * the added marks left out (whitespace aside). A quote's spans are in the order of the HTML, disjoint and never
     * empty: where the parser moved text (out of misnested tags, or out of a table it stood in outside any cell), the
     * ranges of the pieces are sorted and those that overlap merged, so such a quote may have fewer spans than
     * pieces. Any string is accepted, malformed HTML included (unclosed tags, a
     * stray {@code <}): it is read the way a browser reads it.
     *
     * @param html the article as HTML: a whole document or a fragment
     * @return the quotes in the order their content starts in {@code html}; immutable
     * @throws NullPointerException          if {@code html} is null
     * @throws AnalysisTimeoutException      if the analysis took longer than the {@linkplain Builder#timeout
     *                                       timeout}
     * @throws AnalysisInterruptedException  if the calling thread was interrupted before or during the analysis
     */
    public List<Quote> attributeHtml(String html) {
        Objects.requireNonNull(html, "html");
        return kept(pipeline.analyzeHtml(html, Optional.empty(), timeout));
    }

    /**
     * The quotes of an article given as HTML, with relative dates resolved against its publication date. The HTML is
     * read as {@link #attributeHtml(String)} reads it, and every offset of the result is an index into {@code html}.
     *
     * @param html            the article as HTML: a whole document or a fragment
     * @param publicationDate the day the article was published
     * @return the quotes in the order their content starts in {@code html}; immutable
     * @throws NullPointerException         if {@code html} or {@code publicationDate} is null
     * @throws AnalysisTimeoutException     if the analysis took longer than the {@linkplain Builder#timeout timeout}
     * @throws AnalysisInterruptedException if the calling thread was interrupted before or during the analysis
     */
    public List<Quote> attributeHtml(String html, LocalDate publicationDate) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(publicationDate, "publicationDate");
        return kept(pipeline.analyzeHtml(html, Optional.of(publicationDate), timeout));
    }

    /**
     * The quotes of an article handed to {@code action} one at a time, in the order {@link #attribute(String,
     * LocalDate)} returns them, for texts too large to hold all their quotes at once (a transcript, a book, a dump of
     * many megabytes): the text is analysed a piece of about 200,000 characters at a time, and the quotes of each
     * piece are handed over before the next piece is read. For an article shorter than that, the same quotes as
     * {@code attribute}, and {@code attribute} itself analyses longer texts in the same pieces.
     *
     * <pre>{@code
     * attributor.attributeEach(transcript, LocalDate.of(2025, 8, 20), quote -> writer.write(quote));
     * }</pre>
     *
     * @param text            the article, paragraphs separated by line breaks
     * @param publicationDate the day the article was published
     * @param action          what to do with each quote; an exception it throws ends the analysis and is thrown
     * @throws NullPointerException         if an argument is null
     * @throws AnalysisTimeoutException     if the analysis took longer than the {@linkplain Builder#timeout timeout}
     * @throws AnalysisInterruptedException if the calling thread was interrupted before or during the analysis
     */
    public void attributeEach(String text, LocalDate publicationDate, Consumer<? super Quote> action) {
        Objects.requireNonNull(publicationDate, "publicationDate");
        each(text, Optional.of(publicationDate), action);
    }

    /**
     * The quotes of an article whose publication date is unknown, handed to {@code action} one at a time, as {@link
     * #attributeEach(String, LocalDate, Consumer)} hands them.
     *
     * @param text   the article, paragraphs separated by line breaks
     * @param action what to do with each quote; an exception it throws ends the analysis and is thrown
     * @throws NullPointerException         if an argument is null
     * @throws AnalysisTimeoutException     if the analysis took longer than the {@linkplain Builder#timeout timeout}
     * @throws AnalysisInterruptedException if the calling thread was interrupted before or during the analysis
     */
    public void attributeEach(String text, Consumer<? super Quote> action) {
        each(text, Optional.empty(), action);
    }

    private void each(String text, Optional<LocalDate> publicationDate, Consumer<? super Quote> action) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(action, "action");
        pipeline.analyzeEach(text, publicationDate, timeout, quotes -> kept(quotes).forEach(action));
    }

    private List<Quote> analyze(String text, Optional<LocalDate> publicationDate) {
        return kept(pipeline.analyze(text, publicationDate, timeout));
    }

    /** The quotes at or above the minimum confidence. */
    private List<Quote> kept(List<Quote> quotes) {
        if (minimumConfidence <= 0) {
            return quotes;
        }
        return quotes.stream().filter(q -> q.confidence() >= minimumConfidence).toList();
    }

    /**
     * Settings for a {@link QuoteAttributor}. Not thread-safe; the attributor it builds is.
     *
     * <pre>{@code
     * QuoteAttributor asPolNeArAnnotates = QuoteAttributor.builder()
     *         .modelsDirectory(Path.of("models"))
     *         .includeBeliefs(true)
     *         .build();
     * }</pre>
     *
     * @since 1.0.0
     */
    public static final class Builder {
        // null until modelsDirectory is called: the models then come from the class path alone
        private @Nullable Path modelsDirectory;
        private boolean includeBeliefs;
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
         * Whether attributions other than speech count as quotes: reported beliefs and thoughts ("X believes that
         * ...", "X hopes ..."), findings and evidence ("the poll shows ...", "researchers found ..."), and deeds or
         * talk of a topic with none of its words reported ("X ordered ...", "X talked about ...", "X confirmed the
         * wedding"), as PolNeAR annotates attribution. They do not by default: a quote is what someone said or wrote
         * ("said", "wrote", "warned" with what was said), or words in quotation marks given as someone's, whatever
         * the verb; those always count.
         *
         * @param include {@code true} to add beliefs, findings and deeds to the quotes of speech and writing
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
