package org.quoteattribution.internal.entities;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * One name finder per thread for a shared model. Making a {@link NameFinderME} builds its feature generators from the
 * model's XML descriptor (a DOM parse and reflection), which cost as much as tagging a short article; each thread
 * therefore makes its own once and reuses it for every document. Thread-safe; what each thread gets is not, and is used
 * by that thread only.
 */
public final class SharedNameFinder {

    private final ThreadLocal<NameFinderME> perThread;

    public SharedNameFinder(TokenNameFinderModel model) {
        this.perThread = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** This thread's finder, its adaptive data cleared, so that an answer does not depend on what came before. */
    NameFinderME forThisThread() {
        NameFinderME finder = perThread.get();
        finder.clearAdaptiveData();
        return finder;
    }
}
