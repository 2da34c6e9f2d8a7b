package org.quoteattribution.internal.speakers;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.quoteattribution.internal.entities.EntityTagger;
import org.quoteattribution.internal.entities.EntityType;
import org.quoteattribution.internal.entities.Name;
import org.quoteattribution.internal.entities.NameIndex;
import org.quoteattribution.internal.entities.TitleWords;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.SentenceTags;
import org.quoteattribution.internal.text.Token;

/**
 * Looks back from a speaker mention for the person it may stand for: the person a sentence is about (its subject
 * rather than a name after a preposition: "Ham" in "In an interview with Rusty Humphries, Ham made it clear ..."), or
 * the person the article gave a title ("the mayor" for "Mayor Bill de Blasio"). Looks at most {@link #MAX_NAMES_BACK}
 * names back, so the search stays bounded on any input. One per document.
 */
final class PersonSearch {

    private static final int MAX_NAMES_BACK = 100;
    /** How many words before a name its title may take ("Former Pennsylvania Gov."), and an appositive after it. */
    private static final int TITLE_REACH = 6;
    private static final int APPOSITIVE_REACH = 10;
    /** Words before a name that make it the object of a preposition, not the subject of its sentence. */
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "with", "for", "from", "to", "by", "of",
            "about", "under", "against", "over", "after", "before", "during", "between", "among", "like", "than",
            "toward", "towards", "via", "including", "into", "behind", "beside", "besides", "without", "unlike",
            "and", "or");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "\u2014", "--", "(");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    private static final Set<String> BEFORE_NAME = Set.of("the", "a", "an", ".", "-", "'s");

    private final Document doc;
    private final NameIndex names;
    private final EntityTagger entities;
    private final TitleWords titles;
    private final SentenceTags tags;

    PersonSearch(Document doc, SentenceTags tags, NameIndex names, EntityTagger entities, TitleWords titles) {
        this.doc = doc;
        this.tags = tags;
        this.names = names;
        this.entities = entities;
        this.titles = titles;
    }

    /**
     * Whether a name is a person's: as the name finder says, or, where it says nothing, a name of two words that no
     * article or number comes before ("the 2014 American Community Survey" is no person).
     */
    boolean isPerson(Name n) {
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
                return n.words().size() >= 2 && !ARTICLES.contains(t.lower());
            }
        }
        return n.words().size() >= 2;
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
                if (isPerson(n) && !excluded.test(n)) {
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
     * The person named last before {@code sentenceIndex} whose title or appositive holds all {@code roleWords}: "Mayor
     * Bill de Blasio" for "the mayor", "Donna Brazile, the interim chairwoman of ..." for "the chairwoman", not
     * "Democratic vice presidential nominee Tim Kaine" for "the Republican nominee".
     */
    Optional<Name> titledBefore(int sentenceIndex, Set<String> roleWords, Predicate<Name> excluded) {
        int last = names.lastStartingBefore(doc.sentence(sentenceIndex).start());
        List<Name> all = names.names();
        for (int i = last; i > Math.max(-1, last - MAX_NAMES_BACK); i--) {
            Name n = all.get(i);
            if (!excluded.test(n) && isPerson(n)
                    && (titleWords(n).containsAll(roleWords) || appositiveWords(n).containsAll(roleWords))) {
                return names.fullestFor(n.firstToken(), n.endToken());
            }
        }
        return Optional.empty();
    }

    /** The words of the title right before a name ("democratic", "presidential", "nominee"), in lower case. */
    private Set<String> titleWords(Name n) {
        Sentence sentence = doc.sentence(doc.token(n.firstToken()).sentence());
        Set<String> words = new HashSet<>();
        for (int k = n.firstToken() - 1; k >= sentence.firstToken() && n.firstToken() - k <= TITLE_REACH; k--) {
            Token t = doc.token(k);
            if (!t.isWord() && !BEFORE_NAME.contains(t.lower())) {
                break;
            }
            words.add(t.lower());
        }
        return words;
    }

    /** The words of an appositive after a name ("Donna Brazile, the interim chairwoman of ..."), in lower case. */
    private Set<String> appositiveWords(Name n) {
        Sentence sentence = doc.sentence(doc.token(n.firstToken()).sentence());
        Set<String> words = new HashSet<>();
        int k = n.endToken();
        if (k >= sentence.endToken() || !doc.token(k).is(",")) {
            return words;
        }
        for (k++; k < sentence.endToken() && k - n.endToken() <= APPOSITIVE_REACH; k++) {
            Token t = doc.token(k);
            if (t.is(",") || !t.isWord() && !BEFORE_NAME.contains(t.lower())) {
                break;
            }
            words.add(t.lower());
        }
        return words;
    }

    /**
     * Whether a name stands where a subject does: not after a preposition ("with Rusty Humphries", "under President
     * Barack Obama") and with no verb between it and the start of its clause ("hours after Trump unleashed a flurry of
     * tweets shaming Alicia Machado").
     */
    private boolean isSubjectLike(Name n, Sentence sentence) {
        int k = n.firstToken() - 1;
        while (k >= sentence.firstToken() && (titles.isTitleOrModifier(doc.token(k))
                || BEFORE_NAME.contains(doc.token(k).lower()))) {
            k--;
        }
        if (k >= sentence.firstToken() && PREPOSITIONS.contains(doc.token(k).lower())) {
            return false;
        }
        for (; k >= sentence.firstToken() && !CLAUSE_BREAKS.contains(doc.token(k).text()); k--) {
            if (tags.isVerb(k)) {
                return false;
            }
        }
        return true;
    }
}
