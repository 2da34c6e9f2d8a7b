package org.quoteattribution.internal.mentions;

/** What kind of words name a speaker. */
public enum MentionKind {
    /** A name, possibly with a title: "Sergei Lavrov", "U.S. President Donald Trump", "the Pentagon". */
    NAME,
    /** A personal pronoun: "he", "they". */
    PRONOUN,
    /** A common-noun phrase: "a spokesman", "the Ukrainian authorities", "officials". */
    NOMINAL
}
