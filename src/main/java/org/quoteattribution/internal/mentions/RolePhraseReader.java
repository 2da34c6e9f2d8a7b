package org.quoteattribution.internal.mentions;

import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.lexicon.Determiners;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.lexicon.RoleNouns;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.PhraseTable;
import org.quoteattribution.internal.text.PosTags;
import org.quoteattribution.internal.text.Token;

/**
 * Reads a role phrase: a noun phrase headed by a role noun from {@code role-nouns.tsv}, with the modifiers before
 * the head and the prepositional phrases after it ("chair of NATO's military committee", "Russia's foreign
 * minister", "a spokesman for the Pentagon"). The phrase's extent comes from the part-of-speech tagger and capitals,
 * not from a list of whole roles. Immutable and thread-safe.
 */
public final class RolePhraseReader {

    /** A role phrase, tokens [{@code firstToken}, {@code endToken}). */
    public record RolePhrase(int firstToken, int endToken, boolean isRank) {
    }

    private static final ImmutableSet<String> COMPLEMENT_PREPOSITIONS = LexiconFile.words("complement-prepositions.txt");
    private static final int MAX_MODIFIERS = 10;
    private static final int MAX_COMPLEMENTS = 3;

    private final PhraseTable<Boolean> heads;
    /** "senator" for "sen", "representative" for "congressman": the noun an abbreviation or synonym stands for. */
    private final Map<String, String> standsFor;

    public RolePhraseReader() {
        Map<String, Boolean> isRank = new HashMap<>();
        Map<String, String> standsFor = new HashMap<>();
        for (RoleNouns.Entry entry : RoleNouns.ENTRIES) {
            String noun = entry.noun();
            boolean rank = entry.isRank();
            entry.standsFor().ifPresent(other -> standsFor.put(noun, other));
            isRank.putIfAbsent(noun, rank);
            if (!noun.contains(" ")) {
                isRank.putIfAbsent(noun + ".", rank); // "Sen.", "Gen." when the period stays on the word
            }
        }
        heads = PhraseTable.ignoringCase(isRank);
        this.standsFor = Map.copyOf(standsFor);
    }

    /** Whether a word attaches a complement to a role noun ("secretary of state", "a spokesman for the Pentagon"). */
    public boolean isComplementPreposition(String lowerWord) {
        return COMPLEMENT_PREPOSITIONS.contains(lowerWord);
    }

    /** The role noun starting at token {@code k} and ending before {@code limit}: its end, and whether a rank. */
    public Optional<PhraseTable.Match<Boolean>> headAt(Document doc, int k, int limit) {
        return heads.at(doc, k, limit);
    }

    /**
     * The role phrase starting at {@code k} ("a spokesman for the Pentagon" gives "spokesman for the Pentagon"): an
     * article is left out, and the head must end the words before the first preposition.
     */
    public Optional<RolePhrase> at(Article article, int k, int limit) {
        Document doc = article.document();
        if (k >= limit) {
            return Optional.empty();
        }
        int q = k;
        Token first = doc.token(q);
        if ((first.is("a") || first.is("an") || first.is("the")) && q + 1 < limit) {
            q++; // a role is said without its article: "Republican presidential nominee", not "The Republican ..."
        }
        int runEnd = q;
        int firstAnd = -1;
        while (runEnd < limit && runEnd - q < MAX_MODIFIERS
                && (isModifier(article, runEnd, q) || joinsModifiers(article, runEnd, q, limit))) {
            if (firstAnd < 0 && doc.token(runEnd).is("and")) {
                firstAnd = runEnd;
            }
            runEnd++;
        }
        Boolean rank = headEndingAt(doc, q, runEnd);
        if (rank == null && firstAnd > q) {
            runEnd = firstAnd; // "the mayor and council members": the role is the first one's
            rank = headEndingAt(doc, q, runEnd);
        }
        if (rank == null) {
            return Optional.empty();
        }
        int end = runEnd;
        for (int c = 0; c < MAX_COMPLEMENTS && end < limit; c++) {
            if (!COMPLEMENT_PREPOSITIONS.contains(doc.token(end).lower())) {
                break;
            }
            int complementEnd = complement(article, end + 1, limit);
            if (complementEnd < 0) {
                break;
            }
            end = complementEnd;
        }
        return Optional.of(new RolePhrase(q, end, rank));
    }

    /**
     * The role noun that ends a phrase [from, end) ("mayor" in "the mayor", "chairman" in "a former Democratic
     * National Committee chairman", "vice president" in "Vice President"), in lower case, an abbreviation or synonym
     * given as the noun it stands for ("senator" for "Sen."); empty when the phrase does not end in one.
     */
    public Optional<String> roleNounEndingAt(Document doc, int from, int end) {
        for (int h = from; h < end; h++) { // the longest first: "vice president", not "president"
            Optional<PhraseTable.Match<Boolean>> head = heads.at(doc, h, end);
            if (head.isPresent() && head.get().endToken() == end) {
                StringBuilder words = new StringBuilder();
                for (int k = h; k < end; k++) {
                    if (!doc.token(k).is(".")) {
                        words.append(words.length() > 0 ? " " : "").append(doc.token(k).lower().replace(".", ""));
                    }
                }
                return Optional.of(standsFor.getOrDefault(words.toString(), words.toString()));
            }
        }
        return Optional.empty();
    }

    /** Whether a role noun ends exactly at {@code end}: null if none does, else whether it is a rank. */
    public Boolean headEndingAt(Document doc, int from, int end) {
        for (int h = end - 1; h >= from; h--) {
            Optional<PhraseTable.Match<Boolean>> head = heads.at(doc, h, end);
            if (head.isPresent() && head.get().endToken() == end) {
                return head.get().value();
            }
        }
        return null;
    }

    /** Whether the words [from, end) hold a role noun anywhere: null if none, else whether all are ranks. */
    public Boolean headWithin(Document doc, int from, int end) {
        Boolean rank = null;
        for (int h = from; h < end; h++) {
            Optional<PhraseTable.Match<Boolean>> head = heads.at(doc, h, end);
            if (head.isPresent()) {
                rank = (rank == null || rank) && head.get().value();
            }
        }
        return rank;
    }

    /**
     * "health policy and outreach manager": an "and" between two lower-case nouns before the head joins their
     * modifiers; the head must still follow.
     */
    private static boolean joinsModifiers(Article article, int k, int runStart, int limit) {
        Document doc = article.document();
        return doc.token(k).is("and") && k > runStart && k + 1 < limit && doc.token(k - 1).isWord()
                && !doc.token(k - 1).isCapitalized() && article.pos(k - 1).equals("NOUN")
                && doc.token(k + 1).isWord() && !doc.token(k + 1).isCapitalized()
                && PosTags.NOMINAL_MODIFIERS.contains(article.pos(k + 1));
    }

    private static boolean isModifier(Article article, int k, int runStart) {
        Document doc = article.document();
        Token t = doc.token(k);
        if (t.is("'s") || t.is("-")) {
            return k > runStart;
        }
        if (t.is(".")) {
            return isAbbreviationPeriod(doc, k, runStart);
        }
        if (!t.isWord()) {
            return false;
        }
        if (t.isCapitalized()) {
            return true;
        }
        // the tagger calls some participles conjunctions or verbs ("supreme allied commander")
        return PosTags.NOMINAL_MODIFIERS.contains(article.pos(k)) || t.lower().endsWith("ed");
    }

    /** A period that ends an abbreviation inside a phrase ("Adm. Giuseppe", "Mrs. Clinton"), not a sentence. */
    public static boolean isAbbreviationPeriod(Document doc, int k, int runStart) {
        Token before = k > runStart ? doc.token(k - 1) : null;
        boolean nextIsWord = k + 1 < doc.tokens().size() && doc.token(k + 1).isWord()
                && doc.token(k + 1).sentence() == doc.token(k).sentence();
        return before != null && before.isWord() && before.end() == doc.token(k).start() && nextIsWord;
    }

    /** A noun phrase after a preposition ("NATO's military committee", "the Pentagon"): its end, or -1. */
    private static int complement(Article article, int p, int limit) {
        Document doc = article.document();
        int q = p < limit && Determiners.ALL.contains(doc.token(p).lower()) ? p + 1 : p;
        int e = q;
        while (e < limit && e - q < MAX_MODIFIERS) {
            Token t = doc.token(e);
            boolean word = t.isWord() && (t.isCapitalized() || PosTags.NOMINAL_MODIFIERS.contains(article.pos(e)));
            boolean joiner = (t.is("'s") || t.is("-") || t.is("&") || t.is("of") || t.is("."))
                    && e > q && e + 1 < limit && doc.token(e + 1).isWord()
                    // "the Center for American Progress": a name goes on over "for" or "and" between capitals
                    || (t.is("for") || t.is("and")) && e > q && e + 1 < limit && doc.token(e - 1).isCapitalized()
                    && doc.token(e + 1).isCapitalized() && doc.token(e + 1).isWord();
            if (!word && !joiner) {
                break;
            }
            e++;
        }
        while (e > q && !endsNounPhrase(article, e - 1)) {
            e--;
        }
        return e > q ? e : -1;
    }

    private static boolean endsNounPhrase(Article article, int k) {
        Document doc = article.document();
        Token t = doc.token(k);
        if (!t.isWord()) {
            return false;
        }
        String pos = article.pos(k);
        return pos.equals("NOUN") || pos.equals("PROPN") || (t.isCapitalized() && !pos.equals("NUM"));
    }
}
