package org.quoteattribution.internal.models;

import java.util.ArrayList;
import java.util.List;

/**
 * Features from a {@link NameList}: for a token inside a listed name, the name's type and the token's place in it
 * ({@code nl=organization:B} for the first of several tokens, {@code :I} inside, {@code :L} last, {@code :U} a
 * one-token name). The model learns how far to trust each; the list only says what the training data called these
 * words elsewhere.
 */
final class NameListFeatureGenerator extends SentenceFeatureGenerator {

    private final NameList names;

    NameListFeatureGenerator(NameList names) {
        this.names = names;
    }

    @Override
    List<List<String>> featuresOf(String[] tokens) {
        List<List<String>> out = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            out.add(new ArrayList<>(2));
        }
        for (NameList.Match match : names.find(tokens)) {
            for (int i = match.start(); i < match.end(); i++) {
                out.get(i).add("nl=" + match.type() + ":" + place(match, i));
            }
        }
        return out;
    }

    private static char place(NameList.Match match, int i) {
        if (match.end() - match.start() == 1) {
            return 'U';
        }
        return i == match.start() ? 'B' : i == match.end() - 1 ? 'L' : 'I';
    }
}
