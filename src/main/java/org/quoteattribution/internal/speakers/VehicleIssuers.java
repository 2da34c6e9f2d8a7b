package org.quoteattribution.internal.speakers;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.entities.EntityType;
import org.quoteattribution.internal.entities.Name;
import org.quoteattribution.internal.entities.NameIndex;
import org.quoteattribution.internal.lexicon.Determiners;
import org.quoteattribution.internal.mentions.Mention;
import org.quoteattribution.internal.mentions.MentionKind;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Token;

/**
 * "The union's release said", "His remarks", "The statement said": a vehicle of words speaks for whoever issued it.
 * Reads which words of the vehicle's phrase, or which name before it, give the issuer; the resolution then resolves
 * that issuer as it does any speaker, so that it alone keeps track of who was spoken of last. One per article.
 */
final class VehicleIssuers {

    /** Possessive pronouns and the subject pronoun each is read as, for the owner of "his remarks". */
    private static final ImmutableMap<String, String> POSSESSIVE_PRONOUNS = ImmutableMap.of("his", "he", "her", "she",
            "their", "they", "its", "it", "my", "i", "our", "we");
    /** Words that make a phrase ending in a vehicle of words something else ("a review of the emails"). */
    private static final ImmutableSet<String> VEHICLE_BREAKERS = ImmutableSet.of("of", "in", "on", "with", "from",
            "about", "for", "by", "at", "familiar", "close", "to");
    /** Determiners that point to a vehicle already known ("the statement"), so to its issuer. */
    private static final ImmutableSet<String> DEFINITE_OPENERS = ImmutableSet.of("the", "this", "that", "these",
            "those");

    private final Article article;
    private final Document doc;
    private final NameIndex names;
    private final PersonSearch persons;

    VehicleIssuers(Article article, PersonSearch persons) {
        this.article = article;
        this.doc = article.document();
        this.names = article.names();
        this.persons = persons;
    }

    /**
     * Whether a phrase ending in a vehicle of words is that vehicle, speaking for its issuer; not so for "Ryan's
     * language in the statement", "a Democrat familiar with his remarks" or a name ("The Washington Post").
     */
    boolean speaksForIssuer(Mention m) {
        Token first = doc.token(m.firstToken());
        for (int k = m.firstToken() + 1; k < m.endToken() - 1; k++) {
            Token t = doc.token(k);
            if (!t.isWord() && !isPossessiveMark(t.text()) || VEHICLE_BREAKERS.contains(t.lower())) {
                return false;
            }
        }
        return !(first.isCapitalized() && m.endToken() - m.firstToken() == 1
                || doc.token(m.endToken() - 1).isCapitalized());
    }

    /** "His remarks", "their statement": the subject pronoun its possessive pronoun is read as ("he" for "his"). */
    Optional<String> possessivePronoun(Mention m) {
        return Optional.ofNullable(POSSESSIVE_PRONOUNS.get(doc.token(m.firstToken()).lower()));
    }

    /** "The union's release", "the mayor's statement": the possessor, a name or a description, article aside. */
    Optional<Mention> possessor(Mention m) {
        Token first = doc.token(m.firstToken());
        for (int k = m.firstToken() + 1; k < m.endToken() - 1; k++) {
            if (isPossessiveMark(doc.token(k).text())) {
                int from = Determiners.ARTICLES.contains(first.lower()) && k - m.firstToken() > 1
                        ? m.firstToken() + 1 : m.firstToken();
                boolean named = doc.token(k - 1).isCapitalized();
                return Optional.of(new Mention(named ? from : m.firstToken(), k,
                        named ? MentionKind.NAME : MentionKind.NOMINAL));
            }
        }
        return Optional.empty();
    }

    /**
     * For a definite vehicle ("the statement"), the organization or person named last before it, in its paragraph
     * or the one before; none for "a statement" or "One message", whose is not said.
     */
    Optional<Name> issuerBefore(Mention m) {
        if (!DEFINITE_OPENERS.contains(doc.token(m.firstToken()).lower())) {
            return Optional.empty();
        }
        int paragraph = doc.sentenceOf(doc.token(m.firstToken())).paragraph();
        List<Name> all = names.names();
        for (int i = names.lastStartingBefore(doc.token(m.firstToken()).start()); i >= 0; i--) {
            Name n = all.get(i);
            if (paragraph - doc.sentenceOf(doc.token(n.firstToken())).paragraph() > 1) {
                break;
            }
            if (article.quoted().contains(doc.token(n.firstToken()).start())) {
                continue;
            }
            if (article.entities().is(n.endToken() - 1, EntityType.ORGANIZATION) || persons.isPerson(n)) {
                return names.fullestFor(n.firstToken(), n.endToken());
            }
        }
        return Optional.empty();
    }

    private static boolean isPossessiveMark(String t) {
        return t.equals("'s") || t.equals("\u2019s") || t.equals("'") || t.equals("\u2019");
    }
}
