package org.quoteattribution.internal.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;

/**
 * The proper names of one article, so that a short mention ("Lavrov") can be given the fullest name the article
 * uses for it ("Sergei Lavrov"). Names are read by {@link NameRuns}: runs of capitalized words with the titles in
 * front removed ("Russian Foreign Minister Sergei Lavrov" gives "Sergei Lavrov"). Headlines in title case are left
 * out: their capitals do not mark names. Built once per document in one pass.
 */
public final class NameIndex {

    /** How close a shorter and a fuller form must stand to be two people ("Mr. Obama and the first lady, ..."). */
    private static final int SIDE_BY_SIDE = 10;

    private final Document doc;
    private final NameRuns runs;
    private final List<Name> names;
    private final Map<String, List<Name>> byLastWord;
    /**
     * Pairs "fuller|shorter" of forms where the shorter comes shortly before the fuller in a sentence, in the same
     * voice: two people ("Mr. Obama and the first lady, Michelle Obama"), for a name repeated is shortened, never
     * lengthened.
     */
    private final Set<String> sideBySide;
    /**
     * "IMF" to "International Monetary Fund": the initials of each name of two words or more, and of its last words
     * ("MSC" for the "U.S. Maritime Safety Commission").
     */
    private final Map<String, Name> byInitials;
    /** How many names of the article end in each word, the word in lower case. */
    private final Map<String, Integer> lastWordCounts;

    private NameIndex(Document doc, NameRuns runs, List<Name> names, Set<String> sideBySide) {
        this.doc = doc;
        this.runs = runs;
        this.names = List.copyOf(names);
        this.sideBySide = Set.copyOf(sideBySide);
        // one entry per distinct form (its first occurrence), so a lookup costs the number of forms, not mentions
        Map<String, List<Name>> index = new HashMap<>();
        Set<List<String>> seen = new HashSet<>();
        for (Name name : names) {
            if (seen.add(name.words())) {
                index.computeIfAbsent(name.lastWord(), k -> new ArrayList<>()).add(name);
            }
        }
        this.byLastWord = Map.copyOf(index);
        Map<String, Name> initials = new HashMap<>();
        for (Name name : names) {
            String[] words = name.text().split("\\s+");
            // "U.S. Maritime Safety Commission" is the MSC: the initials of its last words count too
            for (int from = 0; from + 2 <= words.length; from++) {
                String key = initialsOf(String.join(" ", Arrays.asList(words).subList(from, words.length)));
                if (key.length() >= 2) {
                    initials.putIfAbsent(key, name);
                }
            }
        }
        this.byInitials = Map.copyOf(initials);
        Map<String, Integer> counts = new HashMap<>();
        for (Name name : names) {
            if (!isLabel(doc, name)) { // "WATCH:" over every video names no one, however often
                counts.merge(name.lastWord().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        this.lastWordCounts = Map.copyOf(counts);
    }

    /** A name opening its paragraph before a colon: a label ("WHITFIELD:", "WATCH BELOW:"), not a mention. */
    private static boolean isLabel(Document doc, Name name) {
        int start = doc.token(name.firstToken()).start();
        return name.endToken() < doc.tokens().size() && doc.token(name.endToken()).is(":")
                && doc.paragraph(doc.paragraphAt(start)).start() == start;
    }

    /** The capitals of a name's words, linking words left out: "International Monetary Fund" gives "IMF". */
    private static String initialsOf(String text) {
        StringBuilder b = new StringBuilder();
        for (String w : text.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /** "IMF", "EPA": two to six capitals and nothing else. */
    private static boolean isAcronym(Name n) {
        String w = n.words().size() == 1 ? n.text() : "";
        return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase);
    }

    /** Reads the names of a document. */
    public static NameIndex of(Document doc, TitleWords titles) {
        NameRuns runs = new NameRuns(titles);
        List<Name> names = new ArrayList<>();
        Set<String> sideBySide = new HashSet<>();
        Set<String> lowerCaseWords = NameRuns.lowerCaseWords(doc);
        for (Sentence sentence : doc.sentences()) {
            if (NameRuns.isTitleCased(doc, sentence, lowerCaseWords)) {
                continue;
            }
            List<Name> inSentence = runs.namesIn(doc, sentence.firstToken(), sentence.endToken());
            for (int i = 0; i < inSentence.size(); i++) {
                Name b = inSentence.get(i);
                for (int j = i + 1; j < inSentence.size()
                        && inSentence.get(j).firstToken() - b.endToken() <= SIDE_BY_SIDE; j++) {
                    Name a = inSentence.get(j);
                    if (a.words().size() > b.words().size() && a.endsWith(b.words())
                            && !quotationMarkBetween(doc, b.endToken(), a.firstToken())) {
                        sideBySide.add(pairKey(a, b));
                    }
                }
            }
            names.addAll(inSentence);
        }
        return new NameIndex(doc, runs, names, sideBySide);
    }

    public List<Name> names() {
        return names;
    }

    /**
     * The fullest name in the article that ends with the same words as the name in tokens [first, end): "Sergei
     * Lavrov" for "Lavrov". Not a coordination ("Trump and Clinton" is not a fuller "Clinton"), nor a name the shorter
     * form comes before in a sentence. Among equally full names the first in the article wins. Empty when the
     * tokens hold no name.
     */
    public Optional<Name> fullestFor(int first, int end) {
        Optional<Name> own = nameWithin(first, end);
        if (own.isEmpty()) {
            return Optional.empty();
        }
        Name best = own.get();
        if (isAcronym(best) && byInitials.containsKey(best.text())) {
            return Optional.of(byInitials.get(best.text())); // "the IMF" for the International Monetary Fund
        }
        for (Name candidate : byLastWord.getOrDefault(best.lastWord(), List.of())) {
            if (candidate.words().size() > best.words().size() && candidate.endsWith(own.get().words())
                    && !addsCoordination(candidate, own.get()) && !sideBySide.contains(pairKey(candidate, own.get()))) {
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

    /**
     * Whether the article names someone, outside tokens [first, end), whose name ends in the last word there, in any
     * case: "WHITFIELD:" opening a transcript's paragraph is Dana Whitfield, named in the article, where the labels
     * "ENERGY:", "WATCH BELOW:" and "Earlier:" name nobody.
     */
    public boolean namesElsewhere(int first, int end) {
        int last = end - 1;
        while (last >= first && !doc.token(last).isWord()) {
            last--;
        }
        if (last < first) {
            return false;
        }
        String word = doc.token(last).text().toLowerCase(Locale.ROOT);
        int inside = 0;
        for (Name n : namesIn(first, end)) {
            if (n.lastWord().toLowerCase(Locale.ROOT).equals(word)) {
                inside++;
            }
        }
        return lastWordCounts.getOrDefault(word, 0) > inside;
    }

    /** The names that start inside tokens [first, end), in text order; a view, found by a binary search. */
    public List<Name> namesIn(int first, int end) {
        if (first >= end) {
            return List.of();
        }
        int last = lastStartingBefore(doc.token(end - 1).end());
        int from = last + 1;
        while (from > 0 && names.get(from - 1).firstToken() >= first) {
            from--;
        }
        return names.subList(from, last + 1);
    }

    /** The name inside tokens [first, end), titles removed: the head of the last run of name words. */
    public Optional<Name> nameWithin(int first, int end) {
        return runs.headOfLastRun(doc, first, end);
    }

    private static boolean quotationMarkBetween(Document doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.token(k).isQuotationMark()) {
                return true;
            }
        }
        return false;
    }

    private static boolean addsCoordination(Name fuller, Name shorter) {
        return fuller.words().subList(0, fuller.words().size() - shorter.words().size()).contains("and");
    }

    private static String pairKey(Name fuller, Name shorter) {
        return String.join(" ", fuller.words()) + "|" + String.join(" ", shorter.words());
    }
}
