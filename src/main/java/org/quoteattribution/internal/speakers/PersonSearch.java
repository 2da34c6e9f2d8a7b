package org.quoteattribution.internal.speakers;

import com.google.common.collect.ImmutableSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.entities.EntityTagger;
import org.quoteattribution.internal.entities.EntityType;
import org.quoteattribution.internal.entities.Name;
import org.quoteattribution.internal.entities.NameIndex;
import org.quoteattribution.internal.entities.TitleWords;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.lexicon.Determiners;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.marks.QuotedRegions;
import org.quoteattribution.internal.mentions.RolePhraseReader;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * Looks back from a speaker mention for the person it may stand for: the person a sentence is about (its subject
 * rather than a name after a preposition: "Ham" in "In an interview with Rusty Humphries, Ham made it clear ..."), or
 * the person the article gave a title ("the mayor" for "Mayor Bill de Blasio"). Looks at most {@link #MAX_NAMES_BACK}
 * names back, so the search stays bounded on any input. One per document and thread: it remembers what it found.
 */
final class PersonSearch {

    /** Given names and whether they mark a woman (true) or a man (false). */
    private static final Map<String, Boolean> GIVEN_NAMES = LexiconFile.rows("given-names.tsv").stream()
            .collect(Collectors.toUnmodifiableMap(r -> r.get(0), r -> r.get(1).equals("f")));

    private static final int MAX_NAMES_BACK = 100;
    /** Nouns right before a name that say the person's sex as "Mrs." and "Mr." do, and whether a woman's. */
    private static final Map<String, Boolean> SEX_NOUNS = LexiconFile.rows("sex-nouns.tsv").stream()
            .collect(Collectors.toUnmodifiableMap(r -> r.get(0), r -> r.get(1).equals("f")));
    /** How many words before a name its title may take ("Former Pennsylvania Gov."), and an appositive after it. */
    private static final int TITLE_REACH = 6;
    private static final int APPOSITIVE_REACH = 10;
    /** Words before a name that make it the object of a preposition, not the subject of its sentence. */
    private static final ImmutableSet<String> PREPOSITIONS = LexiconFile.words("object-markers.txt");
    private static final ImmutableSet<String> CLAUSE_BREAKS = ImmutableSet.of(",", ";", ":", "\u2014", "--", "(");
    private static final ImmutableSet<String> BEFORE_NAME = ImmutableSet.<String>builder().addAll(Determiners.ARTICLES)
            .add(".", "-", "'s").build();

    private final Document doc;
    private final NameIndex names;
    private final EntityTagger entities;
    private final TitleWords titles;
    private final Article article;
    private final RolePhraseReader rolePhrases;
    private final QuotedRegions quoted;
    /** Built on first use: most articles never ask. */
    private Map<String, Map<List<String>, Boolean>> addressed;

    PersonSearch(Article article, TitleWords titles, RolePhraseReader rolePhrases) {
        this.article = article;
        this.doc = article.document();
        this.names = article.names();
        this.entities = article.entities();
        this.quoted = article.quoted();
        this.titles = titles;
        this.rolePhrases = rolePhrases;
    }

    /**
     * Whether a name is a person's: as the name finder says, or, where it says nothing, a name of two words that no
     * article or number comes before ("the 2014 American Community Survey" is no person).
     */
    boolean isPerson(Name n) {
        if (hasOrganizationWord(n)) {
            return false; // "Fenwick Hardware", "Bakery Bliss": a business, whatever the name finder says
        }
        Optional<EntityType> type = entities.typeAt(n.endToken() - 1);
        if (type.isPresent()) {
            return type.get() == EntityType.PERSON;
        }
        if (n.words().size() == 1) {
            // "Trump" where the name finder says nothing: a person if the fullest form is one ("Donald Trump")
            Optional<Name> full = names.fullestFor(n.firstToken(), n.endToken());
            return full.isPresent() && full.get().words().size() > 1 && isPerson(full.get());
        }
        Sentence sentence = doc.sentence(doc.token(n.firstToken()).sentence());
        for (int k = n.firstToken() - 1; k >= sentence.firstToken(); k--) {
            Token t = doc.token(k);
            if (titles.isPersonTitle(t)) {
                return true;
            }
            if (!titles.isTitleOrModifier(t) && !Character.isDigit(t.text().charAt(0))) {
                return n.words().size() >= 2 && !Determiners.ARTICLES.contains(t.lower()) && !headlineWords(n);
            }
        }
        return n.words().size() >= 2 && !headlineWords(n);
    }

    private static boolean hasOrganizationWord(Name n) {
        for (String w : n.words()) {
            if (CommonWords.ORGANIZATION_HEADS.contains(w.replace(".", ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Officials Meet In Capital": in the headline every word is capitalized, so two capitalized words the name
     * finder says nothing of are a person's name only when the first is a given name.
     */
    private boolean headlineWords(Name n) {
        return doc.sentenceOf(doc.token(n.firstToken())).paragraph() == 0
                && !GIVEN_NAMES.containsKey(n.words().get(0).toLowerCase(Locale.ROOT));
    }

    /**
     * The person the nearest sentence before {@code sentenceIndex} that names one is about: its subject, the first
     * person named neither after a preposition nor after a verb of its clause; unless {@code subjectOnly}, else its
     * first person. Sentences more than {@code paragraphsBack} paragraphs back are not looked at; nor are names that
     * {@code excluded} rejects.
     */
    Optional<Name> focusBefore(int sentenceIndex, int paragraphsBack, boolean subjectOnly, Predicate<Name> excluded) {
        int paragraph = doc.sentence(sentenceIndex).paragraph();
        int offset = doc.sentence(sentenceIndex).start();
        int last = names.lastStartingBefore(offset);
        int stop = Math.max(-1, last - MAX_NAMES_BACK);
        List<Name> all = names.names();
        int i = last;
        while (i > stop) {
            Sentence sentence = doc.sentenceOf(doc.token(all.get(i).firstToken()));
            if (paragraph - sentence.paragraph() > paragraphsBack) {
                return Optional.empty();
            }
            Name first = null;
            Name subject = null;
            for (; i > stop && doc.token(all.get(i).firstToken()).sentence() == sentence.index(); i--) {
                Name n = all.get(i);
                if (isPerson(n) && !excluded.test(fullest(n))) {
                    first = n;
                    subject = isSubjectLike(n, sentence) ? n : subject;
                }
            }
            Name focus = subject != null ? subject : subjectOnly ? null : first;
            if (focus != null) {
                return names.fullestFor(focus.firstToken(), focus.endToken());
            }
        }
        return Optional.empty();
    }

    /**
     * The person who is the subject of the sentence right before {@code sentenceIndex} in the same paragraph ("Trump
     * has record low support. He recently pitched himself ..."), if any.
     */
    Optional<Name> subjectOfSentenceBefore(int sentenceIndex, Predicate<Name> excluded) {
        if (sentenceIndex == 0) {
            return Optional.empty();
        }
        Sentence previous = doc.sentence(sentenceIndex - 1);
        if (previous.paragraph() != doc.sentence(sentenceIndex).paragraph()) {
            return Optional.empty();
        }
        List<Name> all = names.names();
        Name subject = null;
        for (int i = names.lastStartingBefore(doc.sentence(sentenceIndex).start());
                i >= 0 && doc.token(all.get(i).firstToken()).sentence() == previous.index(); i--) {
            Name n = all.get(i);
            if (isPerson(n) && !excluded.test(fullest(n)) && isSubjectLike(n, previous)) {
                subject = n;
            }
        }
        return subject == null ? Optional.empty() : names.fullestFor(subject.firstToken(), subject.endToken());
    }

    /**
     * The person the words before {@code token} in its sentence are about, outside quotation marks: their subject
     * ("Trump" in "Although Trump has admitted using the tax code, he ..."), else the subject's possessor ("Pagliano"
     * in "Pagliano's lawyer has said he ..."; not "Clinton" in "after examining Clinton's leg, she ...").
     */
    Optional<Name> focusEarlierInSentence(int token, Predicate<Name> excluded) {
        Sentence sentence = doc.sentence(doc.token(token).sentence());
        int last = names.lastStartingBefore(doc.token(token).start());
        List<Name> all = names.names();
        Name possessor = null;
        Name subject = null;
        for (int i = last; i >= 0 && all.get(i).firstToken() >= sentence.firstToken(); i--) {
            Name n = all.get(i);
            if (n.endToken() <= token && !quoted.contains(doc.token(n.firstToken()).start()) && isPerson(n)
                    && !excluded.test(fullest(n)) && standsAsSubject(n, sentence)) {
                if (isPossessor(n, sentence)) {
                    possessor = n;
                } else {
                    subject = n;
                }
            }
        }
        Name focus = subject != null ? subject : possessor;
        return focus == null ? Optional.empty() : names.fullestFor(focus.firstToken(), focus.endToken());
    }

    /**
     * The person named last before {@code sentenceIndex} whose title or appositive has this role noun and holds all
     * the {@code capitalized} words: "Mayor Bill de Blasio" for "the mayor", "Donna Brazile, the interim chairwoman
     * of ..." for "the chairwoman"; not "Democratic vice presidential nominee Tim Kaine" for "the Republican nominee",
     * nor "Vice President Joseph R. Biden Jr." for "the president".
     */
    Optional<Name> titledBefore(int sentenceIndex, String roleNoun, Set<String> capitalized,
            Predicate<Name> excluded) {
        int last = names.lastStartingBefore(doc.sentence(sentenceIndex).start());
        List<Name> all = names.names();
        for (int i = last; i > Math.max(-1, last - MAX_NAMES_BACK); i--) {
            Name n = all.get(i);
            if (!excluded.test(fullest(n)) && isPerson(n)
                    && (holds(titleBefore(n), roleNoun, capitalized) || holds(appositive(n), roleNoun, capitalized)
                    || holds(descriptionBefore(n), roleNoun, capitalized))) {
                return names.fullestFor(n.firstToken(), n.endToken());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the article gives this person a position other than {@code roleNoun} in a title, appositive or
     * description beside one of the names: "Sen. Ann Lee" is not "the governor".
     */
    boolean holdsOtherRole(Name full, String roleNoun) {
        for (Name n : names.names()) {
            if (!full.words().equals(fullest(n).words())) {
                continue;
            }
            for (int[] words : List.of(titleBefore(n), appositive(n), descriptionBefore(n))) {
                for (int k = words[0]; k < words[1]; k++) {
                    Optional<String> noun = rolePhrases.roleNounEndingAt(doc, words[0], k + 1);
                    if (noun.isPresent() && !noun.get().equals(roleNoun)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private boolean holds(int[] words, String roleNoun, Set<String> capitalized) {
        Set<String> found = new HashSet<>();
        boolean hasRole = false;
        for (int k = words[0]; k < words[1]; k++) {
            found.add(doc.token(k).lower());
            hasRole |= rolePhrases.roleNounEndingAt(doc, words[0], k + 1).filter(roleNoun::equals).isPresent();
        }
        return hasRole && found.containsAll(capitalized);
    }

    /** The words of the title right before a name ("Democratic presidential nominee"), as tokens [from, to). */
    private int[] titleBefore(Name n) {
        Sentence sentence = doc.sentence(doc.token(n.firstToken()).sentence());
        int k = n.firstToken();
        while (k - 1 >= sentence.firstToken() && n.firstToken() - k < TITLE_REACH
                && (doc.token(k - 1).isWord() || BEFORE_NAME.contains(doc.token(k - 1).lower()))) {
            k--;
        }
        return new int[] {k, n.firstToken()};
    }

    /**
     * The words of a description the name stands in apposition to ("An attorney for Pagliano, Mark MacDougall,
     * said"), as [from, to): from the sentence start, or a few words back, to the comma before the name.
     */
    private int[] descriptionBefore(Name n) {
        Sentence sentence = doc.sentence(doc.token(n.firstToken()).sentence());
        int comma = n.firstToken() - 1;
        if (comma <= sentence.firstToken() || !doc.token(comma).is(",") || n.endToken() >= sentence.endToken()
                || !doc.token(n.endToken()).is(",")) {
            return new int[] {comma, comma};
        }
        int k = comma;
        while (k - 1 >= sentence.firstToken() && comma - k < TITLE_REACH && !doc.token(k - 1).is(",")) {
            k--;
        }
        return new int[] {k, comma};
    }

    /** The words of an appositive after a name ("Donna Brazile, the interim chairwoman of ..."), as [from, to). */
    private int[] appositive(Name n) {
        Sentence sentence = doc.sentence(doc.token(n.firstToken()).sentence());
        int from = n.endToken() + 1;
        if (from > sentence.endToken() || !doc.token(n.endToken()).is(",")) {
            return new int[] {from, from};
        }
        int k = from;
        while (k < sentence.endToken() && k - from < APPOSITIVE_REACH
                && (doc.token(k).isWord() || BEFORE_NAME.contains(doc.token(k).lower()))) {
            k++;
        }
        return new int[] {from, k};
    }

    private Name fullest(Name n) {
        return names.fullestFor(n.firstToken(), n.endToken()).orElse(n);
    }

    /**
     * Whether the article marks the person with this fullest name as a woman (true) or a man (false) by a form of
     * address before one of the name's forms ("Mrs. Clinton", "Mr. Obama"); empty when it does not say.
     */
    Optional<Boolean> isFemale(Name full) {
        if (addressed == null) {
            addressed = formsOfAddress();
        }
        for (Map.Entry<List<String>, Boolean> form : addressed.getOrDefault(full.lastWord(), Map.of()).entrySet()) {
            if (full.endsWith(form.getKey())) {
                return Optional.of(form.getValue());
            }
        }
        // no form of address: a common given name ("Hillary Clinton", "Aaron Kall") usually says it
        return full.words().size() < 2 ? Optional.empty()
                : Optional.ofNullable(GIVEN_NAMES.get(full.words().get(0).toLowerCase(Locale.ROOT)));
    }

    /**
     * The forms of names the article gives with "Mr." (false) or "Mrs.", "Ms." or "Miss" (true), or right after a
     * noun that says the sex ("widow", "spokesman"), by last word.
     */
    private Map<String, Map<List<String>, Boolean>> formsOfAddress() {
        Map<String, Map<List<String>, Boolean>> forms = new HashMap<>();
        for (Name n : names.names()) {
            int k = n.firstToken() - 1;
            if (k >= 0 && doc.token(k).is(".")) {
                k--;
            }
            String address = k >= 0 ? doc.token(k).lower().replace(".", "") : "";
            boolean female = address.equals("mrs") || address.equals("ms") || address.equals("miss")
                    || SEX_NOUNS.getOrDefault(address, false);
            if (female || address.equals("mr") || SEX_NOUNS.containsKey(address)) {
                forms.computeIfAbsent(n.lastWord(), w -> new HashMap<>()).putIfAbsent(n.words(), female);
            }
        }
        return forms;
    }

    /**
     * Whether a name stands where a subject does: not after a preposition ("with Rusty Humphries", "under President
     * Barack Obama"), with no verb between it and the start of its clause ("hours after Trump unleashed a flurry of
     * tweets shaming Alicia Machado"), and not a possessor.
     */
    private boolean isSubjectLike(Name n, Sentence sentence) {
        return standsAsSubject(n, sentence) && !isPossessor(n, sentence); // not "Holt's" in "Holt's colleague ..."
    }

    private boolean isPossessor(Name n, Sentence sentence) {
        return n.endToken() < sentence.endToken() && doc.token(n.endToken()).is("'s")
                || doc.token(n.endToken() - 1).lower().endsWith("'s");
    }

    private boolean standsAsSubject(Name n, Sentence sentence) {
        int k = n.firstToken() - 1;
        while (k >= sentence.firstToken() && (titles.isTitleOrModifier(doc.token(k))
                || BEFORE_NAME.contains(doc.token(k).lower()))) {
            k--;
        }
        if (k >= sentence.firstToken() && PREPOSITIONS.contains(doc.token(k).lower())) {
            return false;
        }
        for (; k >= sentence.firstToken() && !CLAUSE_BREAKS.contains(doc.token(k).text()); k--) {
            if (article.isVerb(k)) {
                return false;
            }
        }
        return true;
    }
}
