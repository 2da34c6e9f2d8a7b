package org.quoteattribution.internal.text;

import com.google.common.collect.ImmutableSet;

/** Classes of the Universal Dependencies part-of-speech tags that the rules ask about, each named once. */
public final class PosTags {

    /** Tags of the words that may modify a noun or head a noun phrase ("senior", "campaign", "NATO", "2016"). */
    public static final ImmutableSet<String> NOMINAL_MODIFIERS = ImmutableSet.of("ADJ", "NOUN", "PROPN", "NUM");

    /** Tags of function words and marks, which are never part of a title ("of", "the", "he", "and", ","). */
    public static final ImmutableSet<String> FUNCTION_WORDS = ImmutableSet.of("ADP", "DET", "PRON", "CCONJ", "SCONJ",
            "PART", "AUX", "PUNCT");

    private PosTags() {
    }
}
