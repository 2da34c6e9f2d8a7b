package org.quoteattribution.internal.roles;

import java.util.List;
import java.util.Optional;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.entities.Name;
import org.quoteattribution.internal.mentions.RolePhraseReader;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;

/**
 * A role given by the description that opens the sentence after the person is named ("Erik Karlsson's suspension
 * didn't slow him down. The star defenceman had four points"), the way news goes on about someone without the name.
 */
final class NextSentenceDescription {

    private NextSentenceDescription() {
    }

    /**
     * The role phrase opening the sentence after {@code mention}'s, when that sentence names this person and no one
     * else and the phrase, after "the", is the next sentence's subject.
     */
    static Optional<RolePhraseReader.RolePhrase> of(Article article, RolePhraseReader phrases, Name mention) {
        Document doc = article.document();
        Sentence named = doc.sentenceOf(doc.token(mention.firstToken()));
        if (named.index() + 1 >= doc.sentences().size() || namesIn(article, named) != 1) {
            return Optional.empty();
        }
        Sentence next = doc.sentence(named.index() + 1);
        int first = next.firstToken();
        if (first + 2 >= next.endToken() || !doc.token(first).is("the")
                || article.quoted().contains(doc.token(first).start())) {
            return Optional.empty();
        }
        return phrases.at(article, first, next.endToken())
                .filter(r -> !r.isRank() && r.endToken() < next.endToken() && article.isVerb(r.endToken())
                        && !hasPersonName(article, r));
    }

    /** "The Sharks defenceman" may stand for the person; "the Sharks' Tomas Hertl" names someone else. */
    private static boolean hasPersonName(Article article, RolePhraseReader.RolePhrase r) {
        Document doc = article.document();
        List<Name> all = article.names().names();
        for (int i = article.names().lastStartingBefore(doc.token(r.endToken() - 1).end());
                i >= 0 && all.get(i).firstToken() >= r.firstToken(); i--) {
            if (all.get(i).words().size() > 1) {
                return true;
            }
        }
        return false;
    }

    /** How many proper names a sentence holds. */
    private static int namesIn(Article article, Sentence sentence) {
        Document doc = article.document();
        int count = 0;
        for (int i = article.names().lastStartingBefore(doc.token(sentence.endToken() - 1).end());
                i >= 0 && article.names().names().get(i).firstToken() >= sentence.firstToken(); i--) {
            count++;
        }
        return count;
    }
}
