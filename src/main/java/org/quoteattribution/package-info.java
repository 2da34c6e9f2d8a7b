/**
 * Finds who said what in news text: the direct, mixed and indirect quotes of an article, each with its speaker, the
 * speaker's role, the date the words were said and the channel they came through. This package is the whole API;
 * everything under {@code org.quoteattribution.internal} may change in any release.
 *
 * <pre>{@code
 * QuoteAttributor attributor = QuoteAttributor.create();   // once; share it between threads
 * for (Quote quote : attributor.attribute(articleText, LocalDate.of(2025, 8, 20))) {
 *     String who = quote.speaker().flatMap(Speaker::name).orElse("?");
 *     System.out.println(quote.type() + " " + who + ": " + quote.text());
 * }
 * }</pre>
 *
 * <p>Start with {@link org.quoteattribution.QuoteAttributor}. Every result is an immutable value: a {@link
 * org.quoteattribution.Quote} with its {@link org.quoteattribution.Speaker}, {@link org.quoteattribution.QuoteDate}
 * and {@link org.quoteattribution.Phrase}s, whose {@link org.quoteattribution.Span}s are offsets into the text that
 * was analysed.
 *
 * <p><b>Nulls.</b> The package is {@link org.jspecify.annotations.NullMarked}: no method takes or returns null, and
 * a value the article does not give is an empty {@link java.util.Optional}. {@code QuoteAttributor} and the
 * records' constructors reject null with a {@link NullPointerException} that names the argument.
 *
 * <p><b>Compatibility.</b> The records {@code Quote}, {@code Speaker}, {@code Phrase} and {@code QuoteDate} may gain
 * components in a minor release: read them through their accessors. {@code Span} keeps its two components, and
 * {@link org.quoteattribution.QuoteType} keeps its constants but may gain new ones. Each type's documentation says
 * what this means for code that uses it.
 *
 * @since 1.0.0
 */
@NullMarked
package org.quoteattribution;

import org.jspecify.annotations.NullMarked;
