package org.quoteattribution.internal.cues;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.lexicon.Determiners;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.QuotationMarks;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.SentenceTags;
import org.quoteattribution.internal.text.Token;

/**
 * Finds reporting verbs ("said", "told", "wrote") and phrases ("according to") in the text. A sentence is tagged
 * only when one of its words could be a cue, and a verb counts only when the tagger calls it a verb and its lemma is
 * in the lexicon. Immutable and thread-safe.
 */
public final class CueFinder {

    private static final ImmutableSet<String> NOUN_OPENERS = LexiconFile.words("noun-openers.txt");

    /** Words that follow a verb of saying but rarely a noun: "asks.", "says that", "tells him". */
    private static final ImmutableSet<String> VERB_FOLLOWERS = LexiconFile.words("verb-followers.txt");

    private static final int MAX_LABEL_WORDS = 5;
    /** How many words an object may have between a cue and the colon that introduces a quotation. */
    private static final int MAX_OBJECT_BEFORE_COLON = 5;

    private final CueLexicon lexicon;

    public CueFinder(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** All cues of the document, in text order. */
    public List<Cue> find(Document doc, SentenceTags tags) {
        List<Cue> cues = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            doc.deadline().check();
            findInSentence(doc, tags, sentence, cues);
        }
        return cues;
    }

    private void findInSentence(Document doc, SentenceTags tags, Sentence sentence, List<Cue> out) {
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Optional<Cue> phrase = phraseAt(doc, sentence, i);
            if (phrase.isPresent()) {
                out.add(phrase.get());
                i = phrase.get().endToken() - 1;
                continue;
            }
            Token token = doc.token(i);
            if (inCompound(doc, token)) {
                continue; // "so-called", "self-described": part of a compound word, not a verb
            }
            Optional<Cue> verb = lexicon.isCandidateForm(token.lower()) ? verbAt(doc, tags, i, token) : Optional.empty();
            if (verb.isEmpty()) {
                verb = nounAt(doc, tags, i, token);
            }
            verb.ifPresent(out::add);
        }
    }

    /** A dash right after a closing quotation mark and before a capitalized word: "“...” ― Sonya Herridge". */
    private Optional<Cue> bylineAt(Document doc, Sentence sentence, int i) {
        Optional<CueEntry> entry = lexicon.byline(doc.token(i).text());
        if (entry.isEmpty() || i + 1 >= sentence.endToken() || !doc.token(i + 1).isCapitalized()) {
            return Optional.empty();
        }
        int before = doc.token(i).start() - 1;
        while (before >= 0 && (Character.isWhitespace(doc.text().charAt(before))
                || Character.isSpaceChar(doc.text().charAt(before)))) { // a no-break space too: "”\u00a0― Ana Ruiz"
            before--;
        }
        if (before < 0 || "\u201d\"'".indexOf(doc.text().charAt(before)) < 0) {
            return Optional.empty();
        }
        return Optional.of(new Cue(i, i + 1, entry.get()));
    }

    /**
     * A colon after one to five words that open a paragraph and look like a name ("Graham:", "WALLACE:",
     * "Clinton camp:"), as in headlines and transcripts.
     */
    private Optional<Cue> labelAt(Document doc, Sentence sentence, int i) {
        Optional<CueEntry> entry = lexicon.label(doc.token(i).text());
        if (entry.isEmpty() || sentence.index() != doc.paragraphOf(sentence).firstSentence()) {
            return Optional.empty();
        }
        int first = sentence.firstToken();
        if (first < i && doc.token(first).isQuotationMark()) {
            first++;
        }
        if (i - first < 1 || i - first > MAX_LABEL_WORDS || i + 1 >= doc.paragraphOf(sentence).end()
                || !doc.token(first).isCapitalized()) {
            return Optional.empty();
        }
        for (int k = first; k < i; k++) {
            Token t = doc.token(k);
            if (!t.isWord() && !t.is(".") || lexicon.isCandidateForm(t.lower())) {
                return Optional.empty(); // "Lavrov said:" introduces a quote; the colon is no label
            }
        }
        return Optional.of(new Cue(i, i + 1, entry.get()));
    }

    private Optional<Cue> verbAt(Document doc, SentenceTags tags, int i, Token token) {
        // the greedy tagger sometimes takes a verb after a name for an auxiliary ("Bond said"); no cue verb is one
        String pos = tags.pos(i).equals("AUX") ? "VERB" : tags.pos(i);
        if (!pos.equals("VERB") && !pos.equals("ADJ") && !pos.equals("NOUN")) {
            return Optional.empty();
        }
        // a form the lexicon generated for one lemma ("says", "told") is that lemma's; a form shared with another
        // verb ("found", "saw") is settled by the lemmatizer, the slowest model, so only there
        Optional<CueEntry> entry = lexicon.isUnambiguousForm(token.lower())
                ? lexicon.lemmaOfForm(token.lower()).flatMap(lexicon::verb)
                : lexicon.verb(tags.lemma(i));
        return entry.filter(e -> fitsTag(e, pos, doc, i, token)).map(e -> new Cue(i, i + 1, e));
    }

    /** "said", "told", "wrote": a form of its lemma's alone, and not the lemma itself. */
    private boolean isIrregularForm(String form, String lemma) {
        return !form.equals(lemma) && lexicon.isUnambiguousForm(form)
                && lexicon.lemmaOfForm(form).filter(lemma::equals).isPresent();
    }

    /** Whether the token's sentence is written in title case, as headlines are: most of its words capitalized. */
    private static boolean inTitleCase(Document doc, Token token) {
        Sentence sentence = doc.sentenceOf(token);
        int words = 0;
        int capitalized = 0;
        for (int k = sentence.firstToken(); k < sentence.endToken(); k++) {
            Token t = doc.token(k);
            if (t.isWord() && Character.isLetter(t.text().charAt(0))) {
                words++;
                capitalized += t.isCapitalized() ? 1 : 0;
            }
        }
        return words >= 3 && capitalized * 10 >= words * 7;
    }

    private static boolean inCompound(Document doc, Token token) {
        int before = token.start() - 1;
        return before > 0 && doc.text().charAt(before) == '-' && Character.isLetter(doc.text().charAt(before - 1));
    }

    /** A noun of report with a possessor before it: "Trump's claim", "her criticism". */
    private Optional<Cue> nounAt(Document doc, SentenceTags tags, int i, Token token) {
        Optional<CueEntry> entry = lexicon.noun(token.lower());
        if (entry.isEmpty() || i == doc.sentenceOf(token).firstToken() || !tags.pos(i).equals("NOUN")) {
            return Optional.empty();
        }
        String before = doc.token(i - 1).lower();
        boolean possessed = before.equals("'s") || Determiners.POSSESSIVES.contains(before);
        return possessed ? Optional.of(new Cue(i, i + 1, entry.get())) : Optional.empty();
    }

    /** Verbs must be tagged as verbs, adjectives as adjectives (or participles); see {@link #looksInflected}. */
    private boolean fitsTag(CueEntry entry, String pos, Document doc, int i, Token token) {
        if (entry.frame() == CueFrame.ADJECTIVE) {
            return pos.equals("ADJ") || pos.equals("VERB");
        }
        if (pos.equals("VERB")) {
            return true;
        }
        if (token.isCapitalized() && (pos.equals("PROPN") || pos.equals("NOUN")) && inTitleCase(doc, token)) {
            // "Bellwether County Says Trump Should Win": in a headline every word is capitalized and the tagger
            // takes the verb for a name
            return token.lower().endsWith("s") || token.lower().endsWith("ed");
        }
        return pos.equals("NOUN") && ((lexicon.isRarelyNoun(entry.lemma()) || closesInvertedAttribution(doc, i)
                || opensInvertedAttribution(doc, i) || introducesQuotationAfterObject(doc, i))
                && looksInflected(doc, i, token, isIrregularForm(token.lower(), entry.lemma()))
                || opensClauseAfterSubject(doc, i));
    }

    /**
     * "Shelter users report they prefer ...": a noun is seldom followed by a subject pronoun, so a cue form between a
     * word that is no determiner and "he", "she", "they", "we" or "I" is the verb of a report ("the report they
     * wrote" has its determiner).
     */
    private static boolean opensClauseAfterSubject(Document doc, int i) {
        Sentence sentence = doc.sentenceOf(doc.token(i));
        if (i == sentence.firstToken() || i + 1 >= sentence.endToken()) {
            return false;
        }
        String before = doc.token(i - 1).lower();
        String after = doc.token(i + 1).lower();
        return doc.token(i - 1).isWord() && !NOUN_OPENERS.contains(before) && !Determiners.ALL.contains(before)
                && !Determiners.POSSESSIVES.contains(before) && !before.equals("'s")
                && CommonWords.SUBJECT_PRONOUNS.contains(after) && !after.equals("it");
    }

    /** "“We fixed it ourselves,” notes Alvarez": the form right after a closing mark, a name or "the" after it. */
    private static boolean opensInvertedAttribution(Document doc, int i) {
        Sentence sentence = doc.sentenceOf(doc.token(i));
        if (i == sentence.firstToken() || i + 1 >= sentence.endToken()
                || !QuotationMarks.CLOSING_TOKENS.contains(doc.token(i - 1).text())) {
            return false;
        }
        Token next = doc.token(i + 1);
        return next.isWord() && (next.isCapitalized() || Determiners.ARTICLES.contains(next.lower()));
    }

    /**
     * "Lambie blasts Hanson: “You can't ...”": a name, the form, a few words and a colon right before a quotation
     * mark; the tagger takes such headline verbs for nouns ("blasts", "slams").
     */
    private static boolean introducesQuotationAfterObject(Document doc, int i) {
        Sentence sentence = doc.sentenceOf(doc.token(i));
        if (i == sentence.firstToken() || !doc.token(i - 1).isCapitalized()) {
            return false;
        }
        for (int k = i + 1; k < sentence.endToken() - 1 && k - i <= MAX_OBJECT_BEFORE_COLON + 1; k++) {
            Token t = doc.token(k);
            if (t.is(":")) {
                return k > i + 1 && QuotationMarks.TOKENS.contains(doc.token(k + 1).text());
            }
            if (!t.isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "“...,” Viguerie notes.": a name right after a closing quotation mark, then the word and the sentence's end;
     * there even a form that is mostly a noun ("notes", "reports") is the verb.
     */
    private static boolean closesInvertedAttribution(Document doc, int i) {
        Sentence sentence = doc.sentenceOf(doc.token(i));
        if (i + 1 < sentence.endToken() && !doc.token(i + 1).is(".") && !doc.token(i + 1).is(",")) {
            return false;
        }
        int k = i - 1;
        while (k > sentence.firstToken() && i - k <= 3 && doc.token(k).isCapitalized()) {
            k--;
        }
        return k < i - 1 && k >= sentence.firstToken() && QuotationMarks.CLOSING_TOKENS.contains(doc.token(k).text());
    }

    /**
     * The tagger takes some verbs after a name for nouns ("a narrator in the Clinton ad asks.", "“Why?” a narrator
     * said."): an inflected form with no determiner or adjective before it is read as the verb.
     */
    private static boolean looksInflected(Document doc, int i, Token token, boolean irregular) {
        String w = token.lower();
        if (!(irregular || (w.endsWith("s") && !w.endsWith("ss")) || w.endsWith("ed"))) {
            return false;
        }
        Sentence sentence = doc.sentenceOf(token);
        if (i == sentence.firstToken() || i + 1 >= sentence.endToken()) {
            return i > sentence.firstToken();
        }
        String before = doc.token(i - 1).lower();
        String after = doc.token(i + 1).lower();
        // "“I love cats!” insists Burton": right after a closing mark, a reporting verb is the inverted cue
        return !NOUN_OPENERS.contains(before) && !Determiners.ALL.contains(before) && (VERB_FOLLOWERS.contains(after)
                || doc.token(i - 1).isCapitalized() || doc.token(i - 1).lower().equals("he")
                || doc.token(i - 1).lower().equals("she")
                || QuotationMarks.CLOSING_TOKENS.contains(doc.token(i - 1).text()));
    }

    private Optional<Cue> phraseAt(Document doc, Sentence sentence, int i) {
        Optional<Cue> byline = bylineAt(doc, sentence, i);
        if (byline.isPresent()) {
            return byline;
        }
        Optional<Cue> label = labelAt(doc, sentence, i);
        if (label.isPresent()) {
            return label;
        }
        for (int p = 0; p < lexicon.phraseCount(); p++) {
            if (lexicon.phrase(p).frame() == CueFrame.BYLINE || lexicon.phrase(p).frame() == CueFrame.LABEL) {
                continue;
            }
            List<String> words = lexicon.phraseWords(p);
            if (i + words.size() > sentence.endToken()) {
                continue;
            }
            boolean match = true;
            for (int w = 0; w < words.size() && match; w++) {
                match = doc.token(i + w).is(words.get(w));
            }
            if (match) {
                return Optional.of(new Cue(i, i + words.size(), lexicon.phrase(p)));
            }
        }
        return Optional.empty();
    }
}
