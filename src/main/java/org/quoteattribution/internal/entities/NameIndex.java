package org.quoteattribution.internal.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * The proper names of one article, so that a short mention ("Lavrov") can be given the fullest name the article
 * uses for it ("Sergei Lavrov"). Names are runs of capitalized words with the titles in front removed ("Russian
 * Foreign Minister Sergei Lavrov" gives "Sergei Lavrov"). Built once per document in one pass.
 */
public final class NameIndex {

    /** Lower-case words that may join the parts of a name ("Bank of America", "Charles de Gaulle"). */
    private static final Set<String> CONNECTORS = Set.of("of", "de", "van", "von", "bin", "al", "la", "del", "da",
            "der", "le", "du", "y", "and");

    private static final Set<String> SENTENCE_OPENERS = Set.copyOf(LexiconFile.lowerCaseLines("sentence-openers.txt"));

    private final Document doc;
    private final List<Name> names;
    private final Map<String, List<Name>> byLastWord;

    private NameIndex(Document doc, List<Name> names) {
        this.doc = doc;
        this.names = List.copyOf(names);
        // one entry per distinct form (its first occurrence), so a lookup costs the number of forms, not mentions
        Map<String, List<Name>> index = new HashMap<>();
        java.util.Set<List<String>> seen = new java.util.HashSet<>();
        for (Name name : names) {
            if (seen.add(name.words())) {
                index.computeIfAbsent(name.lastWord(), k -> new ArrayList<>()).add(name);
            }
        }
        this.byLastWord = index;
    }

    /** Reads the names of a document. */
    public static NameIndex of(Document doc, TitleWords titles) {
        List<Name> names = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            int k = sentence.firstToken();
            while (k < sentence.endToken()) {
                if (!isNameWord(doc.token(k))) {
                    k++;
                    continue;
                }
                int start = k;
                int end = k + 1;
                while (end < sentence.endToken()) {
                    Token t = doc.token(end);
                    if (isNameWord(t)) {
                        end++;
                    } else if (CONNECTORS.contains(t.text()) && end + 1 < sentence.endToken()
                            && isNameWord(doc.token(end + 1))) {
                        end += 2;
                    } else {
                        break;
                    }
                }
                int first = start;
                while (first < end && titles.isTitleOrModifier(doc.token(first))) {
                    first++;
                }
                if (first < end) {
                    names.add(name(doc, first, end));
                }
                k = end;
            }
        }
        return new NameIndex(doc, names);
    }

    public List<Name> names() {
        return names;
    }

    /**
     * The fullest name in the article that ends with the same words as the name in tokens [first, end): "Sergei
     * Lavrov" for "Lavrov". Empty when the tokens hold no name.
     */
    public Optional<Name> fullestFor(int first, int end, TitleWords titles) {
        Optional<Name> own = nameWithin(first, end, titles);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        Name best = own.get();
        for (Name candidate : byLastWord.getOrDefault(best.lastWord(), List.of())) {
            if (candidate.words().size() > best.words().size() && candidate.endsWith(best.words())) {
                best = candidate;
            }
        }
        return Optional.of(best);
    }

    /** The index in {@link #names()} of the last name starting before {@code offset}; -1 when there is none. */
    public int lastStartingBefore(int offset) {
        int lo = 0;
        int hi = names.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (doc.token(names.get(mid).firstToken()).start() < offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The name inside tokens [first, end), titles removed: the last run of name words. */
    public Optional<Name> nameWithin(int first, int end, TitleWords titles) {
        int e = end;
        while (e > first && !isNameWord(doc.token(e - 1))) {
            e--;
        }
        if (e == first) {
            return Optional.empty();
        }
        int s = e - 1;
        while (s - 1 >= first && (isNameWord(doc.token(s - 1))
                || (CONNECTORS.contains(doc.token(s - 1).text()) && s - 2 >= first && isNameWord(doc.token(s - 2))))) {
            s--;
        }
        while (s < e && titles.isTitleOrModifier(doc.token(s))) {
            s++;
        }
        if (s == e) {
            return Optional.empty();
        }
        return Optional.of(name(doc, s, e));
    }

    private static Name name(Document doc, int first, int end) {
        List<String> words = new ArrayList<>();
        for (int k = first; k < end; k++) {
            words.add(stripPossessive(doc.token(k).lower()));
        }
        String text = doc.text().substring(doc.token(first).start(), doc.token(end - 1).end());
        if (text.endsWith("'s") || text.endsWith("\u2019s")) {
            text = text.substring(0, text.length() - 2);
        }
        return new Name(first, end, text, words);
    }

    private static String stripPossessive(String word) {
        return word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
    }

    static boolean isNameWord(Token t) {
        if (SENTENCE_OPENERS.contains(t.lower())) {
            return false;
        }
        return t.isCapitalized() && t.isWord() && !t.text().toUpperCase(Locale.ROOT).equals(t.text()) || isAcronym(t);
    }

    private static boolean isAcronym(Token t) {
        String s = t.text();
        return s.length() >= 2 && s.length() <= 6 && Character.isUpperCase(s.charAt(0))
                && s.chars().allMatch(c -> Character.isUpperCase(c) || c == '.' || Character.isDigit(c));
    }
}
