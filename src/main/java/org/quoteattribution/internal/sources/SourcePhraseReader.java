package org.quoteattribution.internal.sources;

import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.lexicon.Determiners;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.lexicon.SourceNouns;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.PhraseTable;
import org.quoteattribution.internal.text.PosTags;
import org.quoteattribution.internal.text.Token;

/**
 * Reads a phrase naming where words were said or published: a named channel ("X", "Truth Social", "NBC's Meet the
 * Press", "The Washington Post") or a noun phrase headed by a source noun ("a Telegram post", "the post-meeting
 * press conference", "an Aug. 13 statement"), extended over the phrases that say whose or where it was ("... with
 * CNN", "... published by the Russian Embassy in London on X"). The phrase's extent comes from part-of-speech tags
 * and capitals; only its head comes from the word lists {@code channels.tsv} and {@code source-nouns.tsv}.
 * Immutable and thread-safe.
 */
public final class SourcePhraseReader {

    /** Prepositions that introduce a source: "on X", "in a statement", "at a rally", "during the debate". */
    private static final ImmutableSet<String> INTRODUCERS = LexiconFile.words("source-prepositions.txt");
    /** Participles that chain a publisher or a channel onto a document: "a statement published by ... on X". */
    private static final ImmutableSet<String> PUBLISHED = LexiconFile.words("publishing-participles.txt");
    private static final ImmutableSet<String> PUBLISHER_PREPOSITIONS = LexiconFile.words("publisher-prepositions.txt");
    private static final int MAX_NOUN_PHRASE = 8;
    private static final int MAX_LINKS = 3;

    /** How a source noun may be used. */
    private record Head(String kind, boolean bare, boolean plural) {
    }

    /** A source phrase, tokens [{@code firstToken}, {@code endToken}), and the kind of its head. */
    public record SourcePhrase(int firstToken, int endToken, String kind) {

        /** Whether it names an occasion (a rally, a panel) rather than a channel or a document. */
        public boolean isEvent() {
            return kind.equals("event");
        }
    }

    /** Where a name or head ends and what kind it is. */
    private record Found(int end, String kind) {
    }

    private final PhraseTable<String> channels;
    private final PhraseTable<Head> heads;
    private final Set<String> calendarWords;

    public SourcePhraseReader() {
        Map<String, String> named = new HashMap<>();
        for (List<String> row : LexiconFile.rows("channels.tsv")) {
            named.putIfAbsent(row.get(0).strip(), row.get(1).strip());
        }
        channels = PhraseTable.matchingCase(named);
        Map<String, Head> nouns = new HashMap<>();
        for (SourceNouns.Entry e : SourceNouns.ENTRIES) {
            nouns.putIfAbsent(e.phrase(), new Head(e.kind(), e.bare(), false));
            nouns.putIfAbsent(SourceNouns.plural(e.phrase()), new Head(e.kind(), e.bare(), true));
        }
        heads = PhraseTable.ignoringCase(nouns);
        calendarWords = ImmutableSet.<String>builder().addAll(CommonWords.WEEKDAYS)
                .addAll(CommonWords.MONTHS.keySet()).build();
    }

    /**
     * A source introduced by the preposition at {@code k} ("on X", "in a statement", "according to a memo"): the
     * tokens of the source after the preposition, as [first, end); empty when {@code k} introduces none.
     */
    public Optional<SourcePhrase> afterPreposition(Article article, int k, int limit) {
        Document doc = article.document();
        Token t = doc.token(k);
        int p;
        if (INTRODUCERS.contains(t.lower())) {
            p = k + 1;
        } else if (t.is("according") && k + 1 < limit && doc.token(k + 1).is("to")) {
            p = k + 2;
        } else {
            return Optional.empty();
        }
        // one speaks at or during an occasion; "on the panel" says where someone sits, not where words were said
        return phraseAt(article, p, limit).filter(s -> !(t.is("on") && s.isEvent()));
    }

    /** A source phrase starting exactly at {@code p} ("Reuters" after "told", "a rally" after "told"). */
    public Optional<SourcePhrase> phraseAt(Article article, int p, int limit) {
        Document doc = article.document();
        if (p >= limit) {
            return Optional.empty();
        }
        Optional<Found> found = namedChannelAt(doc, p, limit).or(() -> headedPhrase(article, p, limit));
        return found.map(f -> new SourcePhrase(p, extendOverLinks(article, f.end(), limit), f.kind()));
    }

    /** "X", "the Associated Press", "NBC's Meet the Press": the end of the name, or -1. */
    private int namedChannel(Document doc, int p, int limit) {
        return namedChannelAt(doc, p, limit).map(Found::end).orElse(-1);
    }

    private Optional<Found> namedChannelAt(Document doc, int p, int limit) {
        int q = doc.token(p).is("the") && p + 1 < limit ? p + 1 : p;
        Optional<PhraseTable.Match<String>> name = channels.at(doc, q, limit);
        if (name.isEmpty() || continuesCapitalized(doc, name.get().endToken(), limit)) {
            return Optional.empty(); // "Facebook" in "Facebook Inc." is the company; "Fox Business" a longer name
        }
        int end = name.get().endToken();
        if (end + 1 < limit && doc.token(end).is("'s")) {
            Optional<PhraseTable.Match<String>> show = channels.at(doc, end + 1, limit)
                    .filter(m -> m.value().equals("show"));
            if (show.isPresent()) {
                return Optional.of(new Found(show.get().endToken(), "show"));
            }
        }
        return Optional.of(new Found(end, name.get().value()));
    }

    private boolean continuesCapitalized(Document doc, int k, int limit) {
        return k < limit && doc.token(k).isCapitalized() && doc.token(k).isWord()
                && !calendarWords.contains(doc.token(k).lower().replace(".", ""));
    }

    /**
     * A noun phrase whose head is a source noun, with an article or possessive before it unless the head may stand
     * bare: "a Telegram post", "the post-meeting press conference", "his Twitter account", "remarks".
     */
    private Optional<Found> headedPhrase(Article article, int p, int limit) {
        Document doc = article.document();
        int q = p;
        boolean determined = false;
        if (Determiners.OF_SOURCES.contains(doc.token(q).lower())) {
            determined = true;
            q++;
        }
        int runEnd = q;
        while (runEnd < limit && runEnd - q < MAX_NOUN_PHRASE && isNounPhraseWord(article, runEnd, q, limit)) {
            determined |= doc.token(runEnd).is("'s");
            runEnd++;
        }
        for (int j = runEnd - 1; j >= q; j--) {
            Optional<PhraseTable.Match<Head>> head = heads.at(doc, j, runEnd);
            if (head.isEmpty()) {
                continue;
            }
            int e = head.get().endToken();
            Head h = head.get().value();
            boolean endsPhrase = e >= runEnd || doc.token(e).isCapitalized() || !article.pos(e).equals("NOUN");
            if (endsPhrase && (determined || h.bare() || h.plural())) {
                return Optional.of(new Found(e, h.kind()));
            }
        }
        return Optional.empty();
    }

    private boolean isNounPhraseWord(Article article, int k, int runStart, int limit) {
        Document doc = article.document();
        Token t = doc.token(k);
        if (t.is("'s") || t.is("-") || t.is("&")) {
            return k > runStart;
        }
        if (t.is(".")) {
            return k > runStart && doc.token(k - 1).isWord() && doc.token(k - 1).end() == t.start();
        }
        if (t.is("of")) {
            return k > runStart && k + 1 < limit && doc.token(k + 1).isWord();
        }
        if (!t.isWord()) {
            return false;
        }
        if (t.isCapitalized()) {
            return true;
        }
        return PosTags.NOMINAL_MODIFIERS.contains(article.pos(k)) || t.lower().endsWith("ed");
    }

    /** Follows "with CNN", "for The Washington Post", "published by the embassy", "in London", "on X". */
    private int extendOverLinks(Article article, int end, int limit) {
        Document doc = article.document();
        for (int link = 0; link < MAX_LINKS && end < limit; link++) {
            Token t = doc.token(end);
            int next = -1;
            if (PUBLISHED.contains(t.lower()) && end + 1 < limit
                    && PUBLISHER_PREPOSITIONS.contains(doc.token(end + 1).lower())) {
                next = linkedPhrase(article, end + 1, limit);
            } else if (t.is("with") || t.is("to") || t.is("for") || t.is("from")) {
                next = commonOrProperPhrase(article, end + 1, limit);
            } else if (t.is("on")) {
                next = end + 1 < limit ? namedChannel(doc, end + 1, limit) : -1;
            } else if (t.is("in") || t.is("at")) {
                next = properPhrase(doc, end + 1, limit);
            } else if (t.is("of")) {
                next = titleOrNounPhrase(article, end + 1, limit);
            }
            if (next < 0) {
                break;
            }
            end = next;
        }
        return end;
    }

    private int linkedPhrase(Article article, int preposition, int limit) {
        Document doc = article.document();
        Token t = doc.token(preposition);
        if (t.is("on")) {
            return preposition + 1 < limit ? namedChannel(doc, preposition + 1, limit) : -1;
        }
        if (t.is("in")) {
            return properPhrase(doc, preposition + 1, limit);
        }
        return commonOrProperPhrase(article, preposition + 1, limit);
    }

    /**
     * What an episode, a session or a meeting is of: a noun phrase ("Pacific Island leaders") or a title in quotation
     * marks ("“The Steve Harvey Morning Show,”"), which the phrase takes with its closing mark.
     */
    private int titleOrNounPhrase(Article article, int p, int limit) {
        Document doc = article.document();
        if (p >= limit || !doc.token(p).isQuotationMark()) {
            return commonOrProperPhrase(article, p, limit);
        }
        int name = properPhrase(doc, p + 1, limit);
        if (name < 0) {
            return -1;
        }
        int close = name < limit && doc.token(name).is(",") ? name + 1 : name;
        return close < limit && doc.token(close).isQuotationMark() ? close + 1 : name;
    }

    /** "the Russian Embassy", "London", "the United Nations": a capitalized name, after an optional "the". */
    private int properPhrase(Document doc, int p, int limit) {
        int q = p < limit && doc.token(p).is("the") ? p + 1 : p;
        int e = q;
        while (e < limit && e - q < MAX_NOUN_PHRASE && isNamePart(doc, e, q, limit)) {
            e++;
        }
        while (e > q && !doc.token(e - 1).isWord()) {
            e--;
        }
        return e > q ? e : -1;
    }

    private boolean isNamePart(Document doc, int k, int start, int limit) {
        Token t = doc.token(k);
        if (t.isCapitalized() && t.isWord()) {
            return !calendarWords.contains(t.lower().replace(".", ""));
        }
        if (Character.isDigit(t.text().charAt(0))) {
            return k > start && doc.token(k - 1).isCapitalized() && doc.token(k - 1).isWord(); // "the Fortune 500"
        }
        if (t.is("of") || t.is("'s") || t.is("&") || t.is(".")) {
            return k > start && k + 1 < limit && doc.token(k + 1).isCapitalized();
        }
        return false;
    }

    /** "CNN", "The Washington Post", "the editor", "reporters", "the committee": a short noun phrase. */
    private int commonOrProperPhrase(Article article, int p, int limit) {
        Document doc = article.document();
        if (p >= limit) {
            return -1;
        }
        int channel = namedChannel(doc, p, limit);
        if (channel > 0) {
            return channel;
        }
        int proper = properPhrase(doc, p, limit);
        int q = Determiners.OF_SOURCES.contains(doc.token(p).lower()) ? p + 1 : p;
        int e = q;
        while (e < limit && e - q < MAX_NOUN_PHRASE && (PosTags.NOMINAL_MODIFIERS.contains(article.pos(e)) && doc.token(e).isWord()
                && !article.pos(e).equals("NUM") || doc.token(e).is("'s"))) {
            e++;
        }
        while (e > q && !article.pos(e - 1).equals("NOUN") && !article.pos(e - 1).equals("PROPN")) {
            e--;
        }
        int common = e > q ? e : -1;
        return Math.max(common, proper); // "the Texas delegation" is longer than "the Texas"
    }
}
