package org.quoteattribution.internal.mentions;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * What a single word can be inside a speaker's noun phrase, judged from its tag, its capitals and the role nouns,
 * and mended where the greedy tagger errs ("said pollster Frank Luntz", "Texas-based"). Immutable.
 */
final class PhraseWords {

    private final Set<String> pronouns;
    private final Set<String> roleNouns;

    PhraseWords(Set<String> pronouns, Set<String> roleNouns) {
        this.pronouns = Set.copyOf(pronouns);
        this.roleNouns = Set.copyOf(roleNouns);
    }

    /**
     * Prepositions after an adjective or participle that follows a noun ("sources familiar with the talks", "people
     * close to the investigation"): the noun is the phrase's head.
     */
    static final ImmutableSet<String> ADJECTIVE_COMPLEMENT_PREPOSITIONS = LexiconFile.words(
            "adjective-complement-prepositions.txt");

    /** An adjective or participle that a noun before it may carry ("familiar", "close", "briefed", "involved"). */
    static boolean isPostmodifier(Article article, int k) {
        Token t = article.document().token(k);
        String pos = article.pos(k);
        return t.isWord() && !t.isCapitalized()
                && (pos.equals("ADJ") || pos.equals("VERB") && t.lower().endsWith("ed"));
    }

    boolean isRoleNoun(Token t) {
        return roleNouns.contains(t.lower());
    }

    /** "the most", "the latest", "the same": adjectives a phrase leaves its noun out after. */
    static boolean isDegree(Token t) {
        String w = t.lower();
        return w.endsWith("est") || w.equals("most") || w.equals("more") || w.equals("same") || w.equals("other")
                || w.equals("first") || w.equals("last") || w.equals("next") || w.equals("former");
    }

    static boolean isYear(Token t) {
        return t.text().length() == 4 && isNumber(t);
    }

    static boolean isNumber(Token t) {
        return !t.text().isEmpty() && t.text().chars().allMatch(Character::isDigit);
    }

    /** "aggressively attacked", "effectively painted": an adverb in -ly between a subject and its verb. */
    static boolean isMannerAdverb(Token t) {
        String w = t.lower();
        return w.length() > 4 && w.endsWith("ly") && !t.isCapitalized() && Character.isLetter(w.charAt(0));
    }

    boolean isPhraseWord(Article article, int k, Sentence sentence) {
        Document doc = article.document();
        Token t = doc.token(k);
        if (t.lower().equals("'s")) {
            return k > sentence.firstToken();
        }
        if (t.lower().equals("'")) { // "the students' union"; not a nested quote's close before its outer one
            return k > sentence.firstToken() && k + 1 < sentence.endToken() && doc.token(k + 1).isWord();
        }
        if (t.is("-") || t.is("&") || t.is(".")) {
            return k > sentence.firstToken() && doc.token(k - 1).isWord();
        }
        if (!t.isWord() || pronouns.contains(t.lower())) {
            return false;
        }
        if (t.isCapitalized() || doc.isInsideHyphenatedWord(k) || isHyphenated(t)) {
            // "Texas-based", "co-anchor": the tagger reads (the last part of) a hyphenated word as a verb or mark
            return true;
        }
        String pos = article.pos(k);
        return pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("NUM")
                || isRoleBeforeName(doc, k, sentence) || isRoleBeforeVerb(article, k, sentence);
    }

    private static boolean isHyphenated(Token t) {
        int hyphen = t.text().indexOf('-');
        return hyphen > 0 && hyphen + 1 < t.text().length() && Character.isLetter(t.text().charAt(hyphen + 1));
    }

    /** "one P&amp;G employee told", "the business mogul told": the tagger reads a role noun before a verb as a verb. */
    private boolean isRoleBeforeVerb(Article article, int k, Sentence sentence) {
        Document doc = article.document();
        return roleNouns.contains(doc.token(k).lower()) && k + 1 < sentence.endToken() && article.isVerb(k + 1);
    }

    /** "said pollster Frank Luntz": the tagger reads a bare role noun before a name as a verb. */
    private boolean isRoleBeforeName(Document doc, int k, Sentence sentence) {
        return roleNouns.contains(doc.token(k).lower()) && k + 1 < sentence.endToken()
                && doc.token(k + 1).isCapitalized() && doc.token(k + 1).isWord();
    }

    boolean isNounLike(Article article, int k, Sentence sentence) {
        Document doc = article.document();
        Token t = doc.token(k);
        if (t.isCapitalized() && t.isWord()) {
            return true;
        }
        if (t.isQuotationMark()) {
            return false;
        }
        String pos = article.pos(k);
        return pos.equals("NOUN") || pos.equals("PROPN") || roleNouns.contains(t.lower()); // "attorney general of"
    }

    static MentionKind kindOf(Document doc, int start, int end) {
        Sentence sentence = doc.sentenceOf(doc.token(start));
        for (int k = start; k < end; k++) {
            Token t = doc.token(k);
            if (t.isCapitalized() && t.isWord() && (k > sentence.firstToken() || end - start == 1)) {
                return MentionKind.NAME;
            }
        }
        return MentionKind.NOMINAL;
    }
}
