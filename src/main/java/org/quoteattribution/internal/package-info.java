/**
 * The library's machinery behind {@link org.quoteattribution.QuoteAttributor}. <b>Not API:</b> nothing here or in
 * the packages below carries a compatibility promise; any of it may change in any release.
 *
 * <p>{@link org.quoteattribution.internal.Pipeline} runs the stages, one package each, in this order:
 * {@code article.ArticleReader} reads the text into one {@code Article} (with {@code text}, {@code marks},
 * {@code cues} and {@code entities}); {@code assembly.QuoteAssembler} makes the quotes, finding their speakers'
 * words with {@code mentions}; {@code speakers.SpeakerResolver} names the speakers and {@code roles.RoleFinder}
 * finds their roles; {@code clauses.CueClause} marks the words that frame each report, where {@code
 * dates.DateFinder} and {@code sources.SourceFinder} look for its date and source. Every stage object is immutable
 * and shared by all threads; what one article needs lives in objects made by that call. {@code lexicon} and
 * {@code models} load the word lists and the statistical models the stages use.
 *
 * <p>{@link org.quoteattribution.internal.TrainingView} is the one door the trainers in {@code src/training} use, so
 * that they see the models' inputs exactly as analysis computes them.
 */
package org.quoteattribution.internal;
