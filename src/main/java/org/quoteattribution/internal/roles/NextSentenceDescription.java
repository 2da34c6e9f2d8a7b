package org.quoteattribution.internal.roles;

import java.util.Optional;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.entities.Name;
import org.quoteattribution.internal.mentions.RolePhraseReader;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;

/**
 * A role given by the description that opens the sentence after the person is named ("Erik Lund missed a month
 * with an injury. The veteran winger had two goals"), the way news goes on about someone without the name.
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
        if (named.index() + 1 >= doc.sentences().size()
                || article.names().namesIn(named.firstToken(), named.endToken()).size() != 1) {
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

    /** "The Rovers defenceman" may stand for the person; "the Rovers' Jan Berg" names someone else. */
    private static boolean hasPersonName(Article article, RolePhraseReader.RolePhrase r) {
        return article.names().namesIn(r.firstToken(), r.endToken()).stream().anyMatch(n -> n.words().size() > 1);
    }
}
