package org.quoteattribution.internal.roles;

import java.util.Optional;
import org.quoteattribution.internal.entities.Name;
import org.quoteattribution.internal.entities.NameIndex;
import org.quoteattribution.internal.speakers.Mention;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.SentenceTags;

/** Finds the title or position a speaker holds, as the article words it. */
public final class RoleFinder {

    public Optional<String> roleOf(Document doc, SentenceTags tags, NameIndex names, Mention mention,
            Optional<Name> fullName) {
        return Optional.empty();
    }
}
