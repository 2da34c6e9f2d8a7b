package org.quoteattribution;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a quote is attributed to.
 *
 * @param name    the fullest form of the speaker's name in the article ("Sergei Lavrov" for "Lavrov"),
 *                or the group as written ("the Ukrainian authorities")
 * @param mention the words naming the speaker nearest the cue, as written; may be a pronoun
 * @param role    the speaker's title or position as the article words it ("Russian Foreign Minister")
 */
public record Speaker(Optional<String> name, Optional<Phrase> mention, Optional<String> role) {

    public Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(role, "role");
    }
}
