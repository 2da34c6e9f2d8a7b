/**
 * Loads the statistical models. <b>Not API:</b> no compatibility promise; may change in any release.
 *
 * <p>Needs: the model files, from a folder when one is given and else from the class path (the OpenNLP English
 * model artifacts, and this project's own name finder and quote classifier under {@code
 * org/quoteattribution/models/}). Gives: {@link org.quoteattribution.internal.models.NlpModels}, the entry class,
 * holding the sentence, token, part-of-speech, lemma and name-finder models, loaded once and only read afterwards,
 * and the {@code ModelLocation} through which assembly loads the quote classifier. Any failure is a {@link
 * org.quoteattribution.ModelLoadingException}.
 *
 * <p>It also holds the name finder's own parts that OpenNLP creates by class name while it loads that model (the
 * word classes, the name list and their feature generators), which is why {@code module-info.java} exports this
 * package to OpenNLP, and to no one else.
 */
package org.quoteattribution.internal.models;
