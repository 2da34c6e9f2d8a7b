package org.quoteattribution.internal.mentions;

import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;

/** Two names joined by "and" that speak together: one mention holding both. */
final class CoordinatedNames {

    private CoordinatedNames() {
    }

    /**
     * "Roscosmos and NASA said", "owners Tom Reyes and Ida Lund said": two names joined by "and" speak together; the
     * mention holds both (not a list: "Smith, Jones and Brown" is left as it was).
     */
    static Mention withNameBefore(MentionFinder finder, Article article, Mention m, int lowerBound) {
        Document doc = article.document();
        int and = m.firstToken() - 1;
        if (m.kind() != MentionKind.NAME || and - 1 < lowerBound || !doc.token(and).is("and")
                || !isIndexedName(article, m)) {
            return m;
        }
        return finder.phraseEndingAt(article, and - 1, lowerBound)
                .filter(first -> first.kind() == MentionKind.NAME && isIndexedName(article, first))
                .filter(first -> first.firstToken() == lowerBound || !doc.token(first.firstToken() - 1).is(","))
                .map(first -> new Mention(first.firstToken(), m.endToken(), MentionKind.NAME))
                .orElse(m);
    }

    /** "said owners Tom Reyes and Ida Lund.": the name after "and" that closes the clause speaks too. */
    static Mention withNameAfter(MentionFinder finder, Article article, Mention m, Sentence sentence) {
        Document doc = article.document();
        int and = m.endToken();
        if (m.kind() != MentionKind.NAME || and + 1 >= sentence.endToken() || !doc.token(and).is("and")
                || !isIndexedName(article, m)) {
            return m;
        }
        return finder.phraseAfter(article, and)
                .filter(second -> second.kind() == MentionKind.NAME && isIndexedName(article, second))
                .filter(second -> second.endToken() == sentence.endToken() || !doc.token(second.endToken()).isWord())
                .map(second -> new Mention(m.firstToken(), second.endToken(), MentionKind.NAME))
                .orElse(m);
    }

    /** Whether the mention ends with a proper name of the article's name index. */
    private static boolean isIndexedName(Article article, Mention m) {
        return article.names().fullestFor(m.firstToken(), m.endToken()).isPresent();
    }
}
