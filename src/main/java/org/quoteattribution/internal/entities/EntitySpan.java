package org.quoteattribution.internal.entities;

import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Token;

/**
 * A name the name finder found: document tokens [{@code firstToken}, {@code endToken}), always inside one sentence.
 * {@code probability} is the model's mean probability over the name's tokens.
 */
public record EntitySpan(int firstToken, int endToken, EntityType type, double probability) {

    public boolean contains(int tokenIndex) {
        return tokenIndex >= firstToken && tokenIndex < endToken;
    }

    public int tokenCount() {
        return endToken - firstToken;
    }

    /** The name as written in the article, from its first character to its last. */
    public String text(Document doc) {
        Token first = doc.token(firstToken);
        Token last = doc.token(endToken - 1);
        return doc.text().substring(first.start(), last.end());
    }
}
