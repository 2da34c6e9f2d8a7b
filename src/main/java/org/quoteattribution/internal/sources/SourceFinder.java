package org.quoteattribution.internal.sources;

import java.util.Optional;
import org.quoteattribution.Phrase;
import org.quoteattribution.internal.assembly.DraftQuote;
import org.quoteattribution.internal.text.Document;

/** Finds where a quote's words were said or published: a platform, document, event or medium. */
public final class SourceFinder {

    public Optional<Phrase> sourceOf(Document doc, DraftQuote quote) {
        return Optional.empty();
    }
}
