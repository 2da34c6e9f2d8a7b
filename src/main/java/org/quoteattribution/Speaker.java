package org.quoteattribution;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a quote is attributed to: the name, the words that name the speaker near the cue, and the speaker's role.
 * At least one of {@code name} and {@code mention} is present in the library's results.
 *
 * <pre>{@code
 * quote.speaker().ifPresent(speaker -> System.out.println(
 *         speaker.name().orElse("?") + speaker.role().map(role -> ", " + role).orElse("")));
 * }</pre>
 *
 * <p><b>Compatibility.</b> This record may gain components in a minor release. Read it through its accessors; code
 * that calls its canonical constructor or takes it apart with a record pattern may need changes when upgrading.
 *
 * @param name    the fullest form of the speaker's name in the article ("Sergei Lavrov" for "Lavrov"),
 *                or the group as written ("the Ukrainian authorities")
 * @param mention the words naming the speaker nearest the cue, as written; may be a pronoun, also a relative one
 *                ("who" in "heard from Kim Lee, who said")
 * @param role    the speaker's title or position as the article words it ("Russian Foreign Minister")
 * @since 1.0.0
 */
public record Speaker(Optional<String> name, Optional<Phrase> mention, Optional<String> role) {

    /**
     * A speaker.
     *
     * @param name    the speaker's name, if known
     * @param mention the words naming the speaker near the cue, if any
     * @param role    the speaker's title or position, if the article gives one
     * @throws NullPointerException if any argument is null
     */
    public Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(role, "role");
    }
}
