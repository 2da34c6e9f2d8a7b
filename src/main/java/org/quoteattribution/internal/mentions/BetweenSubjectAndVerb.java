package org.quoteattribution.internal.mentions;

import com.google.common.collect.ImmutableSet;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Token;

/**
 * The words that may stand between a subject and its verb without being either: adverbs and auxiliaries from
 * {@code between-subject-and-verb.txt}, times ("last week", "on Friday", "in 2010") and a parenthesis ("Sen. Claire
 * McCaskill (D-Mo.) said"). Apart from the finder because they are skipped before any phrase is read. Stateless.
 */
final class BetweenSubjectAndVerb {

    private static final ImmutableSet<String> LISTED = LexiconFile.words("between-subject-and-verb.txt");
    private static final ImmutableSet<String> TIME_UNITS = LexiconFile.words("time-units.txt");
    private static final ImmutableSet<String> TIME_DETERMINERS = LexiconFile.words("time-determiners.txt");

    private BetweenSubjectAndVerb() {
    }

    /** The last token at or before {@code j} that is none of these words: where the subject may end. */
    static int skip(Document doc, int j, int lowerBound) {
        while (j >= lowerBound) {
            Token t = doc.token(j);
            int opening = t.is(")") ? Appositives.openingParenthesis(doc, j, lowerBound) : -1;
            if (opening >= 0) {
                j = opening - 1; // "Sen. Claire McCaskill (D-Mo.) said"
            } else if (TIME_UNITS.contains(t.lower()) && j - 1 >= lowerBound
                    && TIME_DETERMINERS.contains(doc.token(j - 1).lower())) {
                j -= 2; // "Wells Fargo just this month announced", "Trump last week said"
            } else if (LISTED.contains(t.lower()) && !CommonWords.PRONOUNS.containsKey(t.lower()) && !t.isCapitalized()
                    || PhraseWords.isMannerAdverb(t)) { // "Theresa May said": a capital makes "May" a name
                j--;
            } else if ((CommonWords.WEEKDAYS.contains(t.lower())
                    && isWeekdayLead(doc.token(j - 1 >= lowerBound ? j - 1 : j))
                    || PhraseWords.isYear(t) && doc.token(j - 1 >= lowerBound ? j - 1 : j).is("in"))
                    && j - 1 >= lowerBound) {
                j -= 2; // "who in 2010 said", "Trump on Friday said", "a release ... late Friday said"
            } else {
                return j;
            }
        }
        return j;
    }

    /**
     * The last token at or before {@code k} that is no listed lower-case word. Only the listed words: the token it
     * stops at may be what ties a verb to an earlier one ("and said", "to say", "early Friday saying").
     */
    static int skipListed(Document doc, int k, int lowerBound) {
        while (k >= lowerBound && LISTED.contains(doc.token(k).lower()) && !doc.token(k).isCapitalized()) {
            k--;
        }
        return k;
    }

    private static boolean isWeekdayLead(Token t) {
        return t.is("on") || CommonWords.WEEKDAY_QUALIFIERS.containsKey(t.lower());
    }
}
