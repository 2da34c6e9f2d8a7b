/**
 * The trainers of the models the library ships, run from {@code quote-attribution-VERSION-training.jar}: {@link
 * org.quoteattribution.training.TrainNameFinder} (the name finder, from the PolNeAR silver names and wikigold) and
 * {@link org.quoteattribution.training.TrainQuoteClassifier} (the quote classifier, from PolNeAR's train split), with
 * {@link org.quoteattribution.training.ExplainCandidates} for error analysis. They reach the library's internals
 * only through {@link org.quoteattribution.internal.TrainingView} (and the name finder's feature classes), so that
 * what they train on is what analysis computes; {@code models/README.md} records how the shipped models were made.
 *
 * <p><b>Not API:</b> these classes are not in the library jar and carry no compatibility promise; they may change in
 * any release.
 */
package org.quoteattribution.training;
