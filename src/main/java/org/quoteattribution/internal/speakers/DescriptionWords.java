package org.quoteattribution.internal.speakers;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.entities.Name;
import org.quoteattribution.internal.entities.NameIndex;
import org.quoteattribution.internal.lexicon.Determiners;
import org.quoteattribution.internal.mentions.Mention;
import org.quoteattribution.internal.mentions.RolePhraseReader;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Token;

/**
 * What the words of a speaker mention say about it as a description: the role noun that heads it, its capitals, its
 * modifiers, and the names inside it. Kept apart from the resolution because these only read one article's tokens and
 * tags, while the resolution also carries who was spoken of last. One per article.
 */
final class DescriptionWords {

    /** How many adjectives a definite description may have and still stand for the person in focus. */
    private static final int PLAIN_DESCRIPTION_MODIFIERS = 2;

    private final Article article;
    private final Document doc;
    private final NameIndex names;
    private final RolePhraseReader rolePhrases;

    DescriptionWords(Article article, RolePhraseReader rolePhrases) {
        this.article = article;
        this.doc = article.document();
        this.names = article.names();
        this.rolePhrases = rolePhrases;
    }

    /**
     * The role noun that heads a description ("mayor", "chairman", "secretary" in "the former secretary of state");
     * empty for a name or a group.
     */
    Optional<String> roleNounEnding(Mention m) {
        int end = m.endToken();
        while (end > m.firstToken() && !doc.token(end - 1).isWord()) {
            end--;
        }
        if (end == m.firstToken()) {
            return Optional.empty();
        }
        if (doc.token(end - 1).isCapitalized()) {
            // "the 41-year-old founder of Blue Pine Press" is a person described, not the press
            return Determiners.ARTICLES.contains(doc.token(m.firstToken()).lower())
                    ? roleBeforeComplement(m, end) : Optional.empty();
        }
        Optional<String> head = rolePhrases.roleNounEndingAt(doc, m.firstToken(), end);
        return head.isPresent() ? head : roleBeforeComplement(m, end);
    }

    /** The role noun right before a complement preposition: "the secretary of state". */
    private Optional<String> roleBeforeComplement(Mention m, int end) {
        Optional<String> head = Optional.empty();
        for (int k = m.firstToken() + 1; head.isEmpty() && k < end; k++) {
            if (rolePhrases.isComplementPreposition(doc.token(k).lower())) {
                head = rolePhrases.roleNounEndingAt(doc, m.firstToken(), k);
            }
        }
        return head;
    }

    /** The capitalized words of a description ("Republican" in "The Republican nominee"), its article aside. */
    Set<String> capitalizedWords(Mention m) {
        Set<String> words = new HashSet<>();
        for (int k = m.firstToken(); k < m.endToken(); k++) {
            Token t = doc.token(k);
            if (t.isCapitalized() && t.isWord() && !Determiners.ALL.contains(t.lower())) {
                words.add(t.lower());
            }
        }
        return words;
    }

    /**
     * Whether a capitalized word says which office a description means ("the Vermont senator", "the Republican
     * nominee"); a possessor does not ("Pagliano's lawyer" is someone else than those just spoken of).
     */
    boolean placesInOffice(Mention m) {
        for (int k = m.firstToken(); k < m.endToken(); k++) {
            Token t = doc.token(k);
            boolean possessor = k + 1 < m.endToken() && doc.token(k + 1).is("'s");
            if (t.isCapitalized() && t.isWord() && !Determiners.ALL.contains(t.lower()) && !possessor) {
                return true;
            }
        }
        return false;
    }

    /** "the premier", "the veteran winger": the article, adjectives, and the role noun, nothing else. */
    boolean isPlainDescription(Mention m, String roleNoun) {
        int nounWords = roleNoun.split(" ").length;
        int head = m.endToken() - nounWords;
        if (!doc.token(m.firstToken()).is("the") || head - m.firstToken() - 1 > PLAIN_DESCRIPTION_MODIFIERS) {
            return false;
        }
        for (int k = m.firstToken() + 1; k < head; k++) {
            if (!article.pos(k).equals("ADJ")) {
                return false;
            }
        }
        return true;
    }

    boolean hasWordOf(Mention m, Set<String> words) {
        for (int k = m.firstToken(); k < m.endToken(); k++) {
            if (words.contains(doc.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "a spokesman for committee Democrats": an indefinite description names no one, whatever names it holds. */
    boolean isIndefiniteDescription(Mention m) {
        return m.endToken() - m.firstToken() > 2 && Determiners.INDEFINITE.contains(doc.token(m.firstToken()).lower())
                && !doc.token(m.firstToken() + 1).isCapitalized();
    }

    boolean endsInCommonNoun(Mention m) {
        int end = m.endToken();
        while (end > m.firstToken() && !doc.token(end - 1).isWord()) {
            end--;
        }
        return end > m.firstToken() && !doc.token(end - 1).isCapitalized()
                && Character.isLetter(doc.token(end - 1).text().charAt(0));
    }

    /** Names inside a description are not the person it describes ("Obama" in "Obama's former strategist"). */
    Predicate<Name> namedInside(Mention m) {
        List<Name> inside = names.nameWithin(m.firstToken(), m.endToken()).stream().toList();
        return n -> inside.stream().anyMatch(i -> n.endsWith(List.of(i.lastWord())));
    }
}
