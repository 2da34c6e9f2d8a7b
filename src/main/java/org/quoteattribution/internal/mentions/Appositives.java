package org.quoteattribution.internal.mentions;

import java.util.Optional;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.lexicon.Determiners;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * Inserts set off by commas, dashes or parentheses around a speaker: an appositive or relative clause between a
 * subject and its verb ("Giuseppe Cavo Dragone, chair of NATO's military committee, said"), and the name set after
 * a description ("Okafor's lawyer, Mark Ruiz, said"; "says Okafor's partner, Dana Whitfield."). Apart from the
 * finder because which side of an insert speaks is a question of its own; the phrases themselves are still read by
 * the finder. Immutable.
 */
final class Appositives {

    /** How far an appositive or relative clause between a subject and its verb may run. */
    private static final int MAX_APPOSITIVE = 25;
    /** How many words a department after a position may have ("customer relations at Pinewood Bank"). */
    private static final int MAX_DEPARTMENT_WORDS = 7;

    private final MentionFinder finder;
    private final PhraseWords words;

    Appositives(MentionFinder finder, PhraseWords words) {
        this.finder = finder;
        this.words = words;
    }

    /**
     * The subject of a verb when an insert closed by the comma or dash at {@code closer} stands right before it:
     * the phrase before the insert, or the name in it when the phrase before is a description of that person.
     */
    Optional<Mention> subjectBeforeInsert(Article article, int closer, Sentence sentence) {
        Document doc = article.document();
        Token last = doc.token(closer);
        int opening = findOpeningOfInsert(doc, closer, sentence.firstToken(), last.text());
        if (opening < 0) {
            return Optional.empty();
        }
        int end = opening - 1;
        if (end >= sentence.firstToken() && doc.token(end).is(")")) {
            end = openingParenthesis(doc, end, sentence.firstToken()) - 1;
        }
        if (end - 1 > sentence.firstToken() && PhraseWords.isNumber(doc.token(end)) && doc.token(end - 1).is(",")) {
            end -= 2; // an age between commas ("Schiff, 56, who has served ..., told")
        }
        if (end < sentence.firstToken()) {
            return Optional.empty();
        }
        Optional<Mention> before = finder.phraseEndingAt(article, end, sentence.firstToken());
        if (before.isPresent() && last.is(",") && isFullName(article, opening + 1, closer)
                && (headsWithRoleNoun(doc, before.get()) || isDepartmentOfRole(article, opening, sentence))) {
            // "Okafor's lawyer, Mark Ruiz, said": the name in the insert is who the description before it is
            return Optional.of(new Mention(opening + 1, closer, MentionKind.NAME));
        }
        return before.map(b -> nameBeforeSecondAppositive(article, b, sentence));
    }

    /**
     * "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said", "Jane Roe, Minister of
     * Trade, Industry and Tourism, said": a description found before the last insert is itself an
     * insert when a name and a comma stand right before it; the name is the subject.
     */
    private Mention nameBeforeSecondAppositive(Article article, Mention found, Sentence sentence) {
        Document doc = article.document();
        int comma = found.firstToken() - 1;
        boolean description = Determiners.OF_PHRASES.contains(doc.token(found.firstToken()).lower())
                || !doc.token(found.firstToken()).isCapitalized() || headsWithRoleNoun(doc, found);
        if (!description || comma - 1 < sentence.firstToken() || !doc.token(comma).is(",")) {
            return found;
        }
        return finder.phraseEndingAt(article, comma - 1, sentence.firstToken())
                .filter(m -> m.kind() == MentionKind.NAME && m.endToken() == comma)
                .orElse(found);
    }

    /**
     * Whether the words before the comma at {@code comma} are a department after a position and its comma, as job
     * titles are written ("Vice-president, marketing, Sam Ortiz, said"; "Head, customer relations at Pinewood Bank,
     * Omar Diaz,").
     */
    private boolean isDepartmentOfRole(Article article, int comma, Sentence sentence) {
        Document doc = article.document();
        for (int k = comma - 1; k > sentence.firstToken() && comma - k <= MAX_DEPARTMENT_WORDS + 1; k--) {
            Token t = doc.token(k);
            if (t.is(",")) {
                Optional<Mention> position = k == comma - 1 ? Optional.empty()
                        : finder.phraseEndingAt(article, k - 1, sentence.firstToken());
                return position.isPresent() && headsWithRoleNoun(doc, position.get());
            }
            if (!t.isWord() && !doc.isInsideHyphenatedWord(k) && !t.is("&")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "says Okafor's partner, Dana Whitfield.": the name set after a description in commas is who the description
     * is, when the name closes the sentence or the insert.
     */
    Optional<Mention> nameAfterDescription(Article article, Mention description, Sentence sentence) {
        Document doc = article.document();
        int comma = description.endToken();
        if (comma >= sentence.endToken() || !doc.token(comma).is(",")
                || doc.token(description.endToken() - 1).isCapitalized() || !headsWithRoleNoun(doc, description)) {
            return Optional.empty();
        }
        int end = comma + 1;
        while (end < sentence.endToken() && end - comma <= 5 && !doc.token(end).is(",")
                && (doc.token(end).isWord() || doc.isInsideHyphenatedWord(end))) {
            end++;
        }
        boolean closes = end == sentence.endToken() || doc.token(end).is(",") || doc.token(end).is(".");
        return closes && isFullName(article, comma + 1, end)
                ? Optional.of(new Mention(comma + 1, end, MentionKind.NAME))
                : Optional.empty();
    }

    /** "Okafor's lawyer", "An attorney for Pagliano": a description whose head, before any "of"/"for", is a role. */
    private boolean headsWithRoleNoun(Document doc, Mention m) {
        for (int k = m.firstToken(); k < m.endToken(); k++) {
            if (MentionFinder.ATTACHING_PREPOSITIONS.contains(doc.token(k).lower())) {
                return k > m.firstToken() && words.isRoleNoun(doc.token(k - 1));
            }
        }
        return words.isRoleNoun(doc.token(m.endToken() - 1));
    }

    /**
     * A name and nothing else: two to four capitalized words ("Mark Ruiz", "Mary Ann Okafor", "Lauri Nelson-Jones"),
     * or one the tagger takes for a proper noun ("Okafor's father, Tobias, says").
     */
    private static boolean isFullName(Article article, int from, int to) {
        Document doc = article.document();
        int words = 0;
        for (int k = from; k < to; k++) {
            if (doc.isInsideHyphenatedWord(k) && !doc.token(k).isWord()) {
                continue;
            }
            if (!doc.token(k).isCapitalized() || !doc.token(k).isWord()) {
                return false;
            }
            words++;
        }
        return words >= 2 && words <= 4 || words == 1 && to - from == 1 && article.pos(from).equals("PROPN");
    }

    /** The "(" that opens the parenthesis closed at {@code close}, as far back as a phrase may run; -1 if none. */
    static int openingParenthesis(Document doc, int close, int lowerBound) {
        for (int k = close - 1; k >= lowerBound && close - k <= MentionFinder.MAX_PHRASE; k--) {
            if (doc.token(k).is("(")) {
                return k;
            }
        }
        return -1;
    }

    /** For an insert closed by {@code closer} at {@code j}, the index of its opening comma or dash; -1 if none. */
    private static int findOpeningOfInsert(Document doc, int j, int lowerBound, String closer) {
        boolean dash = !closer.equals(",");
        for (int k = j - 1; k >= lowerBound && j - k <= MAX_APPOSITIVE; k--) {
            Token t = doc.token(k);
            if (dash ? t.text().equals(closer) : t.is(",")) {
                return k;
            }
        }
        return -1;
    }
}
