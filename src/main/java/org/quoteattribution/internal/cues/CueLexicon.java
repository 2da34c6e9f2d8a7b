package org.quoteattribution.internal.cues;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quoteattribution.internal.lexicon.LexiconFile;

/**
 * The reporting verbs and phrases of {@code cues.tsv} and {@code cue-phrases.tsv}. Verbs are matched on their lemma;
 * to avoid tagging every sentence, the lexicon also knows every written form a lemma can take, so candidate
 * sentences can be spotted by their words alone. Immutable.
 */
public final class CueLexicon {

    private final Map<String, CueEntry> verbs;
    private final Map<String, String> formToLemma;
    private final Set<String> sharedForms;
    private final Set<String> rarelyNouns = LexiconFile.words("rarely-nouns.txt");
    private final Map<String, CueEntry> nouns = readNouns();
    private final List<List<String>> phraseWords;
    private final List<CueEntry> phrases;

    private CueLexicon(Map<String, CueEntry> verbs, Map<String, String> formToLemma, Set<String> sharedForms,
            List<List<String>> phraseWords, List<CueEntry> phrases) {
        this.verbs = Map.copyOf(verbs);
        this.formToLemma = Map.copyOf(formToLemma);
        this.sharedForms = Set.copyOf(sharedForms);
        this.phraseWords = List.copyOf(phraseWords);
        this.phrases = List.copyOf(phrases);
    }

    public static CueLexicon load() {
        Map<String, List<String>> irregular = new HashMap<>();
        Set<String> sharedForms = new HashSet<>();
        for (List<String> row : LexiconFile.rows("irregular-verbs.tsv")) {
            List<String> forms = new ArrayList<>();
            for (String form : row.get(1).split(" ")) {
                boolean shared = form.endsWith("*");
                String bare = shared ? form.substring(0, form.length() - 1) : form;
                forms.add(bare);
                if (shared) {
                    sharedForms.add(bare);
                }
            }
            irregular.put(row.get(0), forms);
        }
        Map<String, CueEntry> verbs = new HashMap<>();
        Map<String, String> forms = new HashMap<>();
        for (List<String> row : LexiconFile.rows("cues.tsv")) {
            CueEntry entry = new CueEntry(row.get(0), kind(row.get(1)), frame(row.get(2)));
            verbs.put(entry.lemma(), entry);
            for (String form : Inflections.of(entry.lemma(), irregular.getOrDefault(entry.lemma(), List.of()))) {
                forms.putIfAbsent(form, entry.lemma());
            }
        }
        List<List<String>> phraseWords = new ArrayList<>();
        List<CueEntry> phrases = new ArrayList<>();
        for (List<String> row : LexiconFile.rows("cue-phrases.tsv")) {
            String phrase = row.get(0).toLowerCase(Locale.ROOT);
            phraseWords.add(List.of(phrase.split(" ")));
            phrases.add(new CueEntry(phrase, kind(row.get(1)), frame(row.get(2))));
        }
        return new CueLexicon(verbs, forms, sharedForms, phraseWords, phrases);
    }

    /** Whether a lower-case word may be a form of a cue verb (to be confirmed by its lemma). */
    public boolean isCandidateForm(String lowerWord) {
        return formToLemma.containsKey(lowerWord);
    }

    /** Whether a form belongs to one lexicon lemma only ("says", "told"), so that no lemmatizer is needed. */
    public boolean isUnambiguousForm(String lowerWord) {
        return formToLemma.containsKey(lowerWord) && !sharedForms.contains(lowerWord);
    }

    private static Map<String, CueEntry> readNouns() {
        Map<String, CueEntry> byForm = new HashMap<>();
        for (List<String> row : LexiconFile.rows("cue-nouns.tsv")) {
            CueEntry entry = new CueEntry(row.get(0), kind(row.get(1)), CueFrame.NOUN);
            byForm.put(row.get(0), entry);
            byForm.put(row.get(0).endsWith("s") ? row.get(0) + "es" : row.get(0) + "s", entry);
        }
        return Map.copyOf(byForm);
    }

    /** The entry for a noun of report in singular or plural ("claim", "claims"), if the word is one. */
    public Optional<CueEntry> noun(String lowerWord) {
        return Optional.ofNullable(nouns.get(lowerWord));
    }

    /** Whether a lemma's inflected forms are almost never nouns ("asks", "insists"). */
    public boolean isRarelyNoun(String lemma) {
        return rarelyNouns.contains(lemma);
    }

    /** The entry for a verb lemma, if it is a cue. */
    public Optional<CueEntry> verb(String lemma) {
        return Optional.ofNullable(verbs.get(lemma));
    }

    /** The lemma a written form was generated from; used when the lemmatizer returns an unknown lemma. */
    public Optional<String> lemmaOfForm(String lowerWord) {
        return Optional.ofNullable(formToLemma.get(lowerWord));
    }

    /** The entry for a dash that introduces a speaker's name after a quotation, if {@code word} is one. */
    public Optional<CueEntry> byline(String word) {
        return entryOfFrame(CueFrame.BYLINE, word);
    }

    /** The entry for a colon that follows a speaker's name at the start of a paragraph, if {@code word} is one. */
    public Optional<CueEntry> label(String word) {
        return entryOfFrame(CueFrame.LABEL, word);
    }

    private Optional<CueEntry> entryOfFrame(CueFrame frame, String word) {
        for (CueEntry e : phrases) {
            if (e.frame() == frame && e.lemma().equals(word)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public int phraseCount() {
        return phrases.size();
    }

    public List<String> phraseWords(int phrase) {
        return phraseWords.get(phrase);
    }

    public CueEntry phrase(int phrase) {
        return phrases.get(phrase);
    }

    private static CueKind kind(String value) {
        return CueKind.valueOf(value.toUpperCase(Locale.ROOT));
    }

    private static CueFrame frame(String value) {
        return CueFrame.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
