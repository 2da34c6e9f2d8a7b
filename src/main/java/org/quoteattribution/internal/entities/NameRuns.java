package org.quoteattribution.internal.entities;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * Reads the proper names in a stretch of tokens: runs of capitalized words ("Charles B. Rangel", "Bank of America"),
 * cut where the run holds more than one name ("Mr. King and Mr. Morial", "New Jersey Gov. Chris Christie",
 * "Representative Charles B. Rangel of New York"), with the titles before a name left out. Immutable and
 * thread-safe.
 */
final class NameRuns {

    /** Lower-case words that may join the parts of a name ("Bank of America", "Charles de Gaulle"). */
    private static final ImmutableSet<String> CONNECTORS = LexiconFile.words("name-connectors.txt");
    /** Last words of organizations' names: the title words before them are part of the name ("Justice Department"). */
    private static final ImmutableSet<String> ORGANIZATION_HEADS = CommonWords.ORGANIZATION_HEADS;
    /** "in Florida Friday": a day's name is capitalized but never part of a name. */
        /** Headlines capitalize every long word; from about this many on, capitals no longer mark names. */
    private static final int HEADLINE_MIN_WORDS = 4;
    private static final int HEADLINE_WORD_LENGTH = 4;

    private final TitleWords titles;

    NameRuns(TitleWords titles) {
        this.titles = titles;
    }

    /** The names in tokens [from, limit), in text order. */
    List<Name> namesIn(Document doc, int from, int limit) {
        List<Name> names = new ArrayList<>();
        for (int k = from; k < limit; ) {
            int end = runEnd(doc, k, limit);
            if (end < 0) {
                k++;
                continue;
            }
            splitRun(doc, k, end, names);
            k = end;
        }
        return names;
    }

    /**
     * The name that heads the last run of name words in [from, limit): "Charles B. Rangel" in "Representative Charles
     * B. Rangel of New York", "Sergei Lavrov" in "Russian Foreign Minister Sergei Lavrov's aide".
     */
    Optional<Name> headOfLastRun(Document doc, int from, int limit) {
        Optional<Name> head = Optional.empty();
        for (int k = from; k < limit; ) {
            int end = runEnd(doc, k, limit);
            if (end < 0) {
                k++;
                continue;
            }
            List<Name> names = new ArrayList<>();
            splitRun(doc, k, end, names);
            if (!names.isEmpty()) {
                head = Optional.of(names.get(0));
            }
            k = end;
        }
        return head;
    }

    /** The end of the run of name words starting at {@code k}; -1 when no name word starts there. */
    private int runEnd(Document doc, int k, int limit) {
        int end = nameUnitEnd(doc, k, limit);
        if (end < 0) {
            return -1;
        }
        while (end < limit) {
            int next = nameUnitEnd(doc, end, limit);
            if (next > 0) {
                end = next;
            } else if (joinsNames(doc, end, limit)) {
                end = nameUnitEnd(doc, end + 1, limit);
            } else if (organizationGoesOn(doc, end, limit) > 0) {
                end = organizationGoesOn(doc, end, limit);
            } else if (skipPeriod(doc, end, limit) > end && nameUnitEnd(doc, end + 1, limit) > 0
                    && titles.isTitle(doc.token(end - 1))) {
                end = nameUnitEnd(doc, end + 1, limit); // "Mrs . Clinton" when the tokenizer splits the period off
            } else if (doc.token(end).is("-") && end + 1 < limit && isNameWord(doc.token(end + 1))
                    && doc.token(end - 1).end() == doc.token(end).start()
                    && doc.token(end).end() == doc.token(end + 1).start()) {
                end += 2; // "Crouse-Mays", "Jean-Marc"
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * Whether a sentence is written in title case, as headlines are ("Retired General Reveals 'Demoralizing'
     * Experience Of Serving Under Obama"): every long word capitalized, common words too ("Of", or "Experience"
     * when the article writes "experience" elsewhere), so its capitals do not mark names. A sentence made of names
     * ("Hillary Clinton and Donald Trump met.") is none.
     */
    static boolean isTitleCased(Document doc, Sentence sentence, Set<String> lowerCaseWords) {
        int longWords = 0;
        boolean commonWord = false;
        for (int k = sentence.firstToken(); k < sentence.endToken(); k++) {
            Token t = doc.token(k);
            if (t.isWord() && Character.isLetter(t.text().codePointAt(0))
                    && t.text().length() >= HEADLINE_WORD_LENGTH) {
                if (!t.isCapitalized()) {
                    return false;
                }
                longWords++;
                commonWord |= CommonWords.CAPITALIZED_FUNCTION_WORDS.contains(t.lower()) || lowerCaseWords.contains(t.lower());
            }
        }
        return longWords >= HEADLINE_MIN_WORDS && commonWord;
    }

    /** The words the document writes in lower case somewhere: common words, never names. */
    static Set<String> lowerCaseWords(Document doc) {
        Set<String> words = new HashSet<>();
        for (Token t : doc.tokens()) {
            if (t.isWord() && !t.isCapitalized() && t.text().equals(t.lower())) {
                words.add(t.lower());
            }
        }
        return words;
    }

    /**
     * Cuts a run of name words [start, end) into names. The titles in front are left out, with their complement
     * ("Secretary of State John Kerry"); a person's title inside the run starts the name anew ("New Jersey Gov. Chris
     * Christie"); after a person's title the name ends before "of" ("Senator Bernie Sanders of Vermont"), which
     * introduces where the person comes from, or before "and" ("Vice President Joseph R. Biden Jr. and Colin
     * Powell"), which adds someone else: names of their own.
     */
    private void splitRun(Document doc, int start, int end, List<Name> names) {
        int and = coordinationOfFullNames(doc, start, end);
        if (and > 0) {
            splitRun(doc, start, and, names);
            splitRun(doc, and + 1, end, names);
            return;
        }
        int first = start;
        boolean person = false;
        while (first < end && !ORGANIZATION_HEADS.contains(doc.token(end - 1).lower())) {
            Token t = doc.token(first);
            if (first == start && end - first >= 3 && !titles.isTitleOrModifier(t) && titles.isRoleNoun(t)) {
                person = true; // "Pollster Frank Luntz said": a role noun opening the sentence before a full name
                first++;
            } else if (titles.isTitleOrModifier(t)) {
                int next = skipPeriod(doc, first + 1, end);
                if (!titles.isTitle(t) && next < end && !titles.isTitleOrModifier(doc.token(next))
                        && !titles.isRoleNoun(doc.token(next))) {
                    break; // "South Africa", "North Korea": a place word before a name, not before a title
                }
                person |= titles.isPersonTitle(t);
                first = skipPeriod(doc, first + 1, end);
                if (titles.isHonorific(t)) {
                    break;
                }
            } else if (first > start && t.is("of") && first + 1 < end && titles.isTitle(doc.token(first + 1))) {
                first++; // "Secretary of State": "State" goes next round
            } else {
                break;
            }
        }
        if (first > start && first < end && CONNECTORS.contains(doc.token(first).text())) {
            // "Director of National Intelligence James Clapper": where the office ends, the person's name begins
            first = lastTwoNameWords(doc, first + 1, end);
            person = true;
        }
        for (int k = first + 1; k < end; k++) {
            if (titles.isPersonTitle(doc.token(k)) && startsPersonName(doc, k, end)) {
                person = true;
                first = skipPeriod(doc, k + 1, end);
            }
        }
        if (first >= end) {
            return;
        }
        int nameEnd = end;
        if (person) {
            for (int k = first + 1; k < end; k++) {
                if (doc.token(k).is("of") || doc.token(k).is("and")) {
                    nameEnd = k;
                    break;
                }
            }
        }
        names.add(name(doc, first, nameEnd));
        if (nameEnd < end) {
            splitRun(doc, nameEnd + 1, end, names);
        }
    }

    /**
     * The "and" between two full names in a run ("Donald Trump and Hillary Clinton"); -1 when there is none. Names
     * of one word each ("Procter and Gamble") or with an "of" ("Department of Health and Human Services") are one.
     */
    private static int coordinationOfFullNames(Document doc, int start, int end) {
        int words = 0;
        for (int k = start; k < end; k++) {
            Token t = doc.token(k);
            if (t.is("of")) {
                return -1;
            }
            if (t.is("and")) {
                return words >= 2 && nameWords(doc, k + 1, end) >= 2 ? k : -1;
            }
            words += isNameWord(t) ? 1 : 0;
        }
        return -1;
    }

    private static int nameWords(Document doc, int from, int end) {
        int words = 0;
        for (int k = from; k < end && !doc.token(k).is("and") && !doc.token(k).is("of"); k++) {
            words += isNameWord(doc.token(k)) ? 1 : 0;
        }
        return words;
    }

    /**
     * Whether the words after a person's title inside a run are that person's name: two name words at least, or one
     * after an abbreviated title ("Gov. Christie"); "Martin Luther King Jr." keeps its "King".
     */
    private boolean startsPersonName(Document doc, int title, int end) {
        int k = skipPeriod(doc, title + 1, end);
        boolean abbreviated = k > title + 1 || doc.token(title).text().endsWith(".");
        int words = 0;
        while (k < end && words < 2) {
            int unit = nameUnitEnd(doc, k, end);
            if (unit < 0 || titles.isTitleOrModifier(doc.token(k))) {
                return false;
            }
            words++;
            k = unit;
        }
        return words >= 2 || (abbreviated && words == 1);
    }

    /** The start of the last two name words of [from, end), an initial not counted ("James R. Clapper"). */
    private static int lastTwoNameWords(Document doc, int from, int end) {
        List<Integer> starts = new ArrayList<>();
        for (int k = from; k < end; ) {
            int unit = nameUnitEnd(doc, k, end);
            if (unit < 0) {
                k++;
                continue;
            }
            if (!isInitial(doc.token(k)) || starts.isEmpty()) {
                starts.add(k);
            }
            k = unit;
        }
        return starts.size() >= 2 ? starts.get(starts.size() - 2) : from;
    }

    private static int skipPeriod(Document doc, int k, int end) {
        return k < end && doc.token(k).is(".") && doc.token(k - 1).end() == doc.token(k).start() ? k + 1 : k;
    }

    /**
     * "Committee for a Responsible Federal Budget", "Center for American Progress": "for" (and an article) after an
     * organization's head word goes on with its name. The end of the name word after it, or -1.
     */
    private static int organizationGoesOn(Document doc, int k, int limit) {
        if (!doc.token(k).is("for") || !ORGANIZATION_HEADS.contains(doc.token(k - 1).lower())) {
            return -1;
        }
        int next = k + 1;
        if (next < limit && (doc.token(next).is("a") || doc.token(next).is("the"))) {
            next++;
        }
        return nameUnitEnd(doc, next, limit);
    }

    /** A connector between two name words; "and" before a title joins two people ("Mr. King and Mr. Morial"). */
    private boolean joinsNames(Document doc, int k, int limit) {
        Token t = doc.token(k);
        if (!CONNECTORS.contains(t.text()) || nameUnitEnd(doc, k + 1, limit) < 0) {
            return false;
        }
        return !(t.is("and") && titles.isTitle(doc.token(k + 1)));
    }

    /**
     * The end of the name word at {@code k}: past a capitalized word, an acronym, or an initial with its period
     * ("B ." in "Charles B. Rangel" when the tokenizer splits it); -1 when no name word starts there.
     */
    static int nameUnitEnd(Document doc, int k, int limit) {
        if (k >= limit) {
            return -1;
        }
        Token t = doc.token(k);
        if (isNameWord(t)) {
            return k + 1;
        }
        if (isInitial(t) && k + 2 < limit && doc.token(k + 1).is(".") && doc.token(k + 1).start() == t.end()
                && isNameWord(doc.token(k + 2))) {
            return k + 2;
        }
        return -1;
    }

    private static boolean isInitial(Token t) {
        String s = t.text();
        return (s.length() == 1 || s.length() == 2 && s.charAt(1) == '.') && Character.isUpperCase(s.charAt(0));
    }

    static boolean isNameWord(Token t) {
        if (CommonWords.SENTENCE_OPENERS.contains(t.lower()) || CommonWords.WEEKDAYS.contains(t.lower())
                || CommonWords.CAPITALIZED_FUNCTION_WORDS.contains(t.lower())) {
            return false;
        }
        return t.isCapitalized() && t.isWord() && !t.text().toUpperCase(Locale.ROOT).equals(t.text()) || isAcronym(t);
    }

    private static boolean isAcronym(Token t) {
        for (String part : t.text().split("-", -1)) { // "AFL-CIO"
            if (!(part.length() >= 2 && part.length() <= 6 && Character.isUpperCase(part.charAt(0))
                    && part.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || Character.isDigit(c)))) {
                return false;
            }
        }
        return true;
    }

    static Name name(Document doc, int first, int end) {
        List<String> words = new ArrayList<>();
        for (int k = first; k < end; k++) {
            Token t = doc.token(k);
            if (!t.is(".")) {
                words.add(comparable(t.lower()));
            }
        }
        String text = doc.text().substring(doc.token(first).start(), doc.token(end - 1).end());
        if (text.endsWith("'s") || text.endsWith("\u2019s")) {
            text = text.substring(0, text.length() - 2);
        }
        return new Name(first, end, text, words);
    }

    /** A word as names are compared: without a possessive or an abbreviation's period ("B." and "B" match). */
    private static String comparable(String word) {
        String w = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
        return w.length() > 1 && w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }
}
