package org.quoteattribution.internal.mentions;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.lexicon.Determiners;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.lexicon.RoleNouns;
import org.quoteattribution.internal.lexicon.SourceNouns;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * Finds the noun phrase that names the speaker of a cue: its subject to the left ("Lavrov said", "Giuseppe Cavo
 * Dragone, chair of NATO's military committee, said"), or the phrase right after it in inverted order ("said
 * Lavrov", "according to the Pentagon"). Works on part-of-speech tags, trusting capitals over the tagger for names,
 * which it often tags as verbs or adjectives. Immutable and thread-safe.
 */
public final class MentionFinder {

    /** How many tokens a phrase, or a parenthesis inside one, may run. */
    static final int MAX_PHRASE = 12;
    private static final ImmutableSet<String> COORDINATORS = LexiconFile.words("verb-coordinators.txt");
    private static final ImmutableSet<String> PARTICIPLE_LINKS = LexiconFile.words("participle-links.txt");
    /** Prepositions that attach a phrase to a noun ("chair of", "officials in"); appositives read them too. */
    static final ImmutableSet<String> ATTACHING_PREPOSITIONS = LexiconFile.words("attaching-prepositions.txt");
    private static final ImmutableSet<String> NOT_SPEAKERS = LexiconFile.words("not-speakers.txt");

    private final PhraseWords words = new PhraseWords(CommonWords.PRONOUNS.keySet(), RoleNouns.NOUNS);
    private final Appositives appositives = new Appositives(this, words);

    public boolean isPronoun(Token token) {
        return CommonWords.PRONOUNS.containsKey(token.lower());
    }

    /** The subject of the verb at {@code verb}: the phrase ending just before it, past adverbs and appositives. */
    public Optional<Mention> subjectBefore(Article article, int verb) {
        Document doc = article.document();
        Sentence sentence = doc.sentenceOf(doc.token(verb));
        int j = BetweenSubjectAndVerb.skip(doc, verb - 1, sentence.firstToken());
        if (j < sentence.firstToken()) {
            return Optional.empty();
        }
        Token last = doc.token(j);
        if (CommonWords.SUBJECT_RELATIVES.contains(last.lower()) && j - 1 >= sentence.firstToken()) {
            // "the Chicago Police Department which reported": the antecedent speaks
            int antecedent = doc.token(j - 1).is(",") ? j - 2 : j - 1;
            return phraseEndingAt(article, antecedent, sentence.firstToken());
        }
        if (last.is(",") || last.text().equals("\u2014") || last.is("--")) {
            return appositives.subjectBeforeInsert(article, j, sentence);
        }
        return phraseEndingAt(article, j, sentence.firstToken())
                .map(m -> personBeforeAffiliation(article, m, sentence.firstToken()))
                .map(m -> CoordinatedNames.withNameBefore(this, article, m, sentence.firstToken()));
    }

    /**
     * "Professor Ada Quinlan at the University of Halifax says", "Jane Roe from the ministry said": the person named
     * before "at" or "from" speaks, not the place they are from.
     */
    private Mention personBeforeAffiliation(Article article, Mention m, int lowerBound) {
        Document doc = article.document();
        for (int k = Math.max(m.firstToken() - 1, lowerBound + 1); k < m.endToken(); k++) {
            Token t = doc.token(k);
            if ((t.is("at") || t.is("from")) && doc.token(k - 1).isCapitalized() && doc.token(k - 1).isWord()) {
                Optional<Mention> person = phraseEndingAt(article, k - 1, lowerBound)
                        .filter(p -> p.kind() == MentionKind.NAME);
                if (person.isPresent()) {
                    return person.get();
                }
            }
        }
        return m;
    }

    /**
     * The speaker of the cue verb at {@code verb}: its own subject, or, for a verb coordinated with an earlier one
     * or a participle hanging on it ("Merrill says ... and said she ...", "X complained, even suggesting ..."),
     * the subject of that earlier verb.
     */
    public Optional<Mention> subjectOfCue(Article article, int verb) {
        Document doc = article.document();
        Sentence sentence = doc.sentenceOf(doc.token(verb));
        int k = BetweenSubjectAndVerb.skipListed(doc, verb - 1, sentence.firstToken());
        boolean participle = doc.token(verb).lower().endsWith("ing");
        boolean hangs = participle && k >= sentence.firstToken() && (PARTICIPLE_LINKS.contains(doc.token(k).lower())
                || CommonWords.WEEKDAYS.contains(doc.token(k).lower())); // "sent letters early Friday saying"
        Optional<Mention> own = hangs ? Optional.empty() : subjectBefore(article, verb);
        if (participle && own.isPresent() && (!canSpeak(doc, own.get())
                || SpeakingPhrases.namesNoOne(article, own.get()))) {
            // "Trump unleashed tweets early Friday saying ...": a time before a participle is no subject, nor
            // "The coach ended the session saying ...": what names no one is the object of the verb before
            own = Optional.empty();
            hangs = true;
        }
        if (own.isPresent() && isVehicleOfWords(doc, own.get())) {
            // "The mayor called it false and in a written response said ...": the response does not speak;
            // "The police statement said" keeps its quote, the statement standing for its authors
            Optional<Mention> vehicle = own;
            return mainClauseSubject(article, sentence, k).or(() -> vehicle);
        }
        if (own.isPresent()) {
            return own;
        }
        boolean infinitive = k >= sentence.firstToken() && doc.token(k).is("to");
        if (k < sentence.firstToken() || !(COORDINATORS.contains(doc.token(k).lower()) || infinitive || hangs
                || participle && PARTICIPLE_LINKS.contains(doc.token(k).lower()))) {
            return Optional.empty();
        }
        if (infinitive) {
            // "Trump declined to say whether ...": the subject of the verb the infinitive hangs on;
            // "... led Sens. Tester and Vitter to invoke ...": the object of that verb
            if (k - 1 >= sentence.firstToken() && !article.isVerb(k - 1)) {
                Optional<Mention> object = phraseEndingAt(article, k - 1, sentence.firstToken())
                        .filter(m -> canSpeak(doc, m)); // "tried on Tuesday to make the case": no one's object
                if (object.isPresent()) {
                    return object;
                }
            }
            for (int j = k - 1; j >= sentence.firstToken() && k - j <= 3; j--) {
                if (article.isVerb(j)) {
                    return subjectBefore(article, j);
                }
            }
            return Optional.empty();
        }
        return mainClauseSubject(article, sentence, k);
    }

    /** The main clause's subject: that of the first verb of the sentence before {@code k} with one that can speak. */
    private Optional<Mention> mainClauseSubject(Article article, Sentence sentence, int k) {
        Document doc = article.document();
        boolean quoted = false;
        for (int j = sentence.firstToken(); j < k; j++) {
            if (doc.token(j).isQuotationMark()) {
                quoted = !quoted; // "“We need change,” the businessman said, arguing ...": not the quote's verbs
            }
            if (article.isVerb(j) && !quoted) {
                Optional<Mention> main = subjectBefore(article, j).filter(m -> canSpeak(doc, m));
                if (main.isPresent()) {
                    return main;
                }
            }
        }
        return Optional.empty();
    }

    /** The phrase starting right after {@code index} (inverted order: "said Lavrov", "according to X"). */
    public Optional<Mention> phraseAfter(Article article, int index) {
        Document doc = article.document();
        Sentence sentence = doc.sentenceOf(doc.token(index));
        int k = index + 1;
        if (k >= sentence.endToken()) {
            return Optional.empty();
        }
        Token first = doc.token(k);
        if (isPronoun(first)) {
            return Optional.of(new Mention(k, k + 1, MentionKind.PRONOUN));
        }
        int end = k;
        boolean sawDeterminer = false;
        while (end < sentence.endToken() && end - k < MAX_PHRASE) {
            Token t = doc.token(end);
            if (end == k && Determiners.OF_PHRASES.contains(t.lower())) {
                sawDeterminer = true;
                end++;
                if (end + 1 < sentence.endToken() && doc.token(end).is("of")
                        && Determiners.OF_PHRASES.contains(doc.token(end + 1).lower())) {
                    end += 2; // "one of those advisers", "some of the protesters"
                }
                continue;
            }
            if (words.isPhraseWord(article, end, sentence)) {
                end++;
            } else if (t.is("of") && end > k && end + 1 < sentence.endToken() && doc.token(end + 1).isCapitalized()) {
                end++;
            } else {
                break;
            }
        }
        while (end > k && !doc.token(end - 1).isWord()) {
            end--;
        }
        if (end == k || (sawDeterminer && end == k + 1)) {
            return Optional.empty();
        }
        if (end - 1 > k && end + 1 < sentence.endToken() && PhraseWords.isPostmodifier(article, end - 1)
                && PhraseWords.ADJECTIVE_COMPLEMENT_PREPOSITIONS.contains(doc.token(end).lower())) {
            // "according to people familiar with the deal": the people, with what they are familiar with
            Optional<Mention> complement = phraseAfter(article, end);
            if (complement.isPresent() && complement.get().kind() != MentionKind.PRONOUN) {
                return Optional.of(new Mention(k, complement.get().endToken(), PhraseWords.kindOf(doc, k, end - 1)));
            }
        }
        Mention phrase = new Mention(k, end, PhraseWords.kindOf(doc, k, end));
        return Optional.of(appositives.nameAfterDescription(article, phrase, sentence)
                .or(() -> authorOfVehicle(article, phrase, sentence))
                .orElseGet(() -> CoordinatedNames.withNameAfter(this, article, phrase, sentence)));
    }

    /**
     * "said a statement released by the Finance Ministry": who put out the words' vehicle speaks.
     */
    private Optional<Mention> authorOfVehicle(Article article, Mention vehicle, Sentence sentence) {
        Document doc = article.document();
        int by = vehicle.endToken() + 1;
        if (!isVehicleOfWords(doc, vehicle) || by >= sentence.endToken()
                || !doc.token(by).is("by") || !article.isVerb(by - 1)) {
            return Optional.empty();
        }
        return phraseAfter(article, by).filter(m -> canSpeak(doc, m));
    }

    /** The noun phrase whose last token is {@code j}, extended left over titles, modifiers and attached phrases. */
    public Optional<Mention> phraseEndingAt(Article article, int j, int lowerBound) {
        Document doc = article.document();
        if (j < lowerBound) {
            return Optional.empty();
        }
        Token last = doc.token(j);
        if (isPronoun(last)) {
            return Optional.of(new Mention(j, j + 1, MentionKind.PRONOUN));
        }
        Sentence sentence = doc.sentenceOf(last);
        if (last.isQuotationMark()) {
            if (j - 1 >= lowerBound && doc.token(j - 1).is(",")) {
                return Optional.empty(); // "“...,” said one of the advisers": a quotation, not a name in marks
            }
            return quotedNameEndingAt(doc, j, lowerBound);
        }
        if (!words.isPhraseWord(article, j, sentence) || !last.isWord()
                || !last.isCapitalized() && article.pos(j).equals("ADJ") && !words.isRoleNoun(last)
                && !(j - 1 >= lowerBound && Determiners.OF_PHRASES.contains(doc.token(j - 1).lower()) && !PhraseWords.isDegree(last))) {
            // an adjective heads no noun phrase ("Moscow is unwilling to accept"), unless the tagger mistook the
            // noun after an article ("“Why?” a narrator said") or a role ("a Department official said") for one
            return Optional.empty();
        }
        int start = j;
        while (start - 1 >= lowerBound && j - start < MAX_PHRASE) {
            int k = start - 1;
            Token t = doc.token(k);
            if (Determiners.OF_PHRASES.contains(t.lower())) {
                start = k;
                if (k - 2 >= lowerBound && ATTACHING_PREPOSITIONS.contains(doc.token(k - 1).lower())
                        && words.isNounLike(article, k - 2, sentence) && !doc.token(k - 2).isCapitalized()
                        && !doc.token(k + 1).isCapitalized()) {
                    // "the chairman of the board": the phrase goes on before the attached one; but "members from
                    // the Teachers Federation" ends with a name, which may be the speaker
                    start = k - 1;
                    continue;
                }
                break;
            }
            if (words.isPhraseWord(article, k, sentence)) {
                start = k;
            } else if (t.isQuotationMark() && k - 1 >= lowerBound
                    && words.isPhraseWord(article, k - 1, sentence)) {
                start = k; // a name in quotation marks inside the phrase: the "coalition of the willing"
            } else if (ATTACHING_PREPOSITIONS.contains(t.lower()) && k - 1 >= lowerBound
                    && words.isNounLike(article, k - 1, sentence)) {
                start = k; // "chair of NATO's committee", "officials in Kyiv"
            } else {
                break;
            }
        }
        while (start < j && (doc.token(start).isQuotationMark()
                || CommonWords.CAPITALIZED_FUNCTION_WORDS.contains(doc.token(start).lower()))) {
            start++;
        }
        if (start == j && CommonWords.CAPITALIZED_FUNCTION_WORDS.contains(last.lower())
                && !Determiners.ALL.contains(last.lower())) {
            return Optional.empty(); // "When", "As", "But" alone name no one; "Some" and "Both" may
        }
        start = cutBeforeNameAfterCommonNoun(doc, start, j);
        int p = start - 1;
        if (p - 2 >= lowerBound && PhraseWords.ADJECTIVE_COMPLEMENT_PREPOSITIONS.contains(doc.token(p).lower())
                && PhraseWords.isPostmodifier(article, p - 1) && words.isNounLike(article, p - 2, sentence)) {
            // "sources familiar with the talks", "people close to the investigation": the sources speak
            Optional<Mention> head = phraseEndingAt(article, p - 2, lowerBound)
                    .filter(h -> h.kind() != MentionKind.PRONOUN);
            if (head.isPresent()) {
                return Optional.of(new Mention(head.get().firstToken(), j + 1, head.get().kind()));
            }
        }
        return Optional.of(new Mention(start, j + 1, PhraseWords.kindOf(doc, start, j + 1)));
    }

    /**
     * A subject that ends with a name in quotation marks: "countries in the “coalition of the willing” — those
     * prepared to help — said". The mention is the quoted name with its article.
     */
    private static Optional<Mention> quotedNameEndingAt(Document doc, int closing, int lowerBound) {
        for (int k = closing - 1; k >= lowerBound && closing - k <= MAX_PHRASE; k--) {
            Token t = doc.token(k);
            if (t.isQuotationMark()) {
                if (k == closing - 1) {
                    return Optional.empty();
                }
                int start = k - 1 >= lowerBound && Determiners.OF_PHRASES.contains(doc.token(k - 1).lower()) ? k - 1 : k;
                return Optional.of(new Mention(start, closing + 1, PhraseWords.kindOf(doc, k + 1, closing)));
            }
        }
        return Optional.empty();
    }

    /**
     * "a Bloomberg interview Trump declared": a name right after a lower-case noun that is no title starts the
     * mention; the noun belongs to a phrase before it.
     */
    private int cutBeforeNameAfterCommonNoun(Document doc, int start, int end) {
        for (int k = end; k > start; k--) {
            Token t = doc.token(k);
            Token before = doc.token(k - 1);
            if (ATTACHING_PREPOSITIONS.contains(before.lower()) || k - 2 > start
                    && ATTACHING_PREPOSITIONS.contains(doc.token(k - 2).lower())) {
                return start; // "a spokesman for committee Democrats": the name ends an attached phrase
            }
            if (t.isCapitalized() && before.isWord() && before.text().chars().noneMatch(Character::isUpperCase)
                    && !CommonWords.TITLES.contains(t.lower())
                    && !CommonWords.TITLES.contains(before.lower()) && !words.isRoleNoun(before)
                    && !Determiners.OF_PHRASES.contains(before.lower()) && !ATTACHING_PREPOSITIONS.contains(before.lower())
                    && !before.lower().equals("'s") && Character.isLetter(before.text().charAt(0))) {
                return k;
            }
        }
        return start;
    }

    /** Whether a phrase can name a speaker: not a time ("Friday", "the day"), a number or a discourse word. */
    private boolean canSpeak(Document doc, Mention m) {
        Token head = doc.token(m.endToken() - 1);
        Token first = doc.token(m.firstToken());
        return !NOT_SPEAKERS.contains(head.lower()) && !CommonWords.WEEKDAYS.contains(head.lower())
                && !isVehicleOfWords(doc, m)
                && !Character.isDigit(head.text().charAt(0)) && !ATTACHING_PREPOSITIONS.contains(first.lower())
                && !first.is("in");
    }

    /** "a statement", "the interviews": a phrase headed by what carries words, which does not speak them. */
    private static boolean isVehicleOfWords(Document doc, Mention m) {
        return SourceNouns.isMute(doc.token(m.endToken() - 1).text());
    }
}
