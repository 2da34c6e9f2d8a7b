package org.quoteattribution.internal.entities;

import java.util.List;
import org.quoteattribution.internal.text.Token;

/**
 * The token strings the name-finder model sees. Training and tagging must agree on them exactly, so the training
 * command uses this class too: curly apostrophes and double quotation marks become straight ones, since the
 * training corpora write them both ways and the distinction says nothing about names.
 */
public final class NameFinderTokens {

    private NameFinderTokens() {
    }

    public static String of(String tokenText) {
        return tokenText.replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"');
    }

    public static String[] of(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = of(tokens.get(i).text());
        }
        return words;
    }
}
