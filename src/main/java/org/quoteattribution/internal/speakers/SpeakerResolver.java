package org.quoteattribution.internal.speakers;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.quoteattribution.Phrase;
import org.quoteattribution.Span;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.assembly.DraftQuote;
import org.quoteattribution.internal.entities.EntityTagger;
import org.quoteattribution.internal.entities.EntityType;
import org.quoteattribution.internal.entities.Name;
import org.quoteattribution.internal.entities.NameIndex;
import org.quoteattribution.internal.entities.TitleWords;
import org.quoteattribution.internal.lexicon.CommonWords;
import org.quoteattribution.internal.lexicon.Determiners;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.lexicon.SourceNouns;
import org.quoteattribution.internal.mentions.Mention;
import org.quoteattribution.internal.mentions.MentionKind;
import org.quoteattribution.internal.mentions.RolePhraseReader;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Token;

/**
 * Gives each quote's speaker mention the name it stands for: the fullest form of a name in the article, the
 * antecedent of a pronoun, the person a description stands for ("the mayor", "Obama's former campaign strategist"),
 * or a group as written. Immutable and thread-safe: what it learns of one article lives in that call.
 */
public final class SpeakerResolver {

    /** How far back (in paragraphs) a pronoun looks for the person it refers to. */
    private static final int PRONOUN_REACH = 4;
    /** How far back (in paragraphs) a description without a title to match looks for the person it refers to. */
    private static final int DESCRIPTION_REACH = 2;
    /** How many words (adverbs, auxiliaries) may stand between a relative pronoun and the cue it is subject of. */
    private static final int RELATIVE_TO_CUE_WORDS = 3;
    /** How many adjectives a definite description may have and still stand for the person in focus. */
    private static final int PLAIN_DESCRIPTION_MODIFIERS = 2;
    /** The paragraphs of an article's lead, its headline included. */
    private static final int LEAD_PARAGRAPHS = 2;
    /** Words that place a description in someone's career, so that it is about someone already known. */
    private static final ImmutableSet<String> TIME_MODIFIERS = LexiconFile.words("career-modifiers.txt");

    private final TitleWords titles;
    private final RolePhraseReader rolePhrases;

    public SpeakerResolver(TitleWords titles, RolePhraseReader rolePhrases) {
        this.titles = titles;
        this.rolePhrases = rolePhrases;
    }

    /**
     * A resolved speaker: the entity's name (if known), the mention near the cue, and, when the mention describes a
     * person by a position ("the former secretary of state"), that description, which is also the person's role.
     */
    public record ResolvedSpeaker(Optional<String> name, Optional<Phrase> mention, Optional<Name> fullName,
            Optional<Mention> description) {

        ResolvedSpeaker(Optional<String> name, Optional<Phrase> mention, Optional<Name> fullName) {
            this(name, mention, fullName, Optional.empty());
        }
    }

    /**
     * The speakers of an article's quotes, given in text order so that pronouns can refer back to earlier speakers;
     * names inside quotation marks are no antecedents.
     */
    public List<ResolvedSpeaker> resolve(Article article, List<DraftQuote> drafts) {
        return new Resolution(article).resolveAll(drafts);
    }

    /** Possessive pronouns and the subject pronoun each is read as, for the owner of "his remarks". */
    private static final ImmutableMap<String, String> POSSESSIVE_PRONOUNS = ImmutableMap.of("his", "he", "her", "she",
            "their", "they", "its", "it", "my", "i", "our", "we");

    /** Words that make a phrase ending in a vehicle of words something else ("a review of the emails"). */
    private static final ImmutableSet<String> VEHICLE_BREAKERS = ImmutableSet.of("of", "in", "on", "with", "from",
            "about", "for", "by", "at", "familiar", "close", "to");
    /** Determiners that point to a vehicle already known ("the statement"), so to its issuer. */
    private static final ImmutableSet<String> DEFINITE_OPENERS = ImmutableSet.of("the", "this", "that", "these",
            "those");

    private static boolean isPossessiveMark(String t) {
        return t.equals("'s") || t.equals("\u2019s") || t.equals("'") || t.equals("\u2019");
    }

    /** "’d", "'s", "'ve": an auxiliary worn down to its apostrophe ("who’d previously endorsed"). */
    private static boolean isContraction(Token t) {
        String w = t.text();
        return w.length() > 1 && (w.charAt(0) == '\'' || w.charAt(0) == '\u2019') && Character.isLetter(w.charAt(1));
    }

    /** One article's resolution: who was spoken of last, as the quotes are read in order. */
    private final class Resolution {
        private final Article article;
        private final Document doc;
        private final NameIndex names;
        private final EntityTagger entities;
        private final PersonSearch persons;
        private Name lastPerson;
        private int lastPersonParagraph = -1;
        private String lastGroup;

        Resolution(Article article) {
            this.article = article;
            this.doc = article.document();
            this.names = article.names();
            this.entities = article.entities();
            this.persons = new PersonSearch(article, titles, rolePhrases);
        }

        List<ResolvedSpeaker> resolveAll(List<DraftQuote> drafts) {
            List<ResolvedSpeaker> resolved = new ArrayList<>(drafts.size());
            for (DraftQuote draft : drafts) {
                doc.deadline().check();
                resolved.add(asWritten(draft, resolve(draft)));
            }
            if (!resolved.isEmpty()) {
                resolved.set(0, leadDescription(drafts, resolved));
            }
            return List.copyOf(resolved);
        }

        /**
         * The speaker with the words that stand for it right before the cue: in "Kim Lee, who chairs the board, said"
         * the cue's subject is Kim Lee, but in "Kim Lee, who said" it is "who", whose antecedent gives the name.
         */
        private ResolvedSpeaker asWritten(DraftQuote draft, ResolvedSpeaker speaker) {
            if (draft.mention().isEmpty() || !draft.ownsCue()) {
                return speaker;
            }
            int cue = draft.cue().get().firstToken();
            int k = draft.mention().get().endToken();
            if (k < cue && doc.token(k).is(",")) {
                k++;
            }
            if (k >= cue || !CommonWords.SUBJECT_RELATIVES.contains(doc.token(k).lower())
                    || cue - k - 1 > RELATIVE_TO_CUE_WORDS) {
                return speaker;
            }
            for (int j = k + 1; j < cue; j++) {
                if (!doc.token(j).isWord() && !isContraction(doc.token(j))) {
                    return speaker; // "Kim Lee, who chairs the board, said": the relative clause has ended
                }
            }
            return new ResolvedSpeaker(speaker.name(), Optional.of(phrase(new Mention(k, k + 1, MentionKind.PRONOUN))),
                    speaker.fullName(), speaker.description());
        }

        private ResolvedSpeaker resolve(DraftQuote draft) {
            if (draft.mention().isEmpty()) {
                return new ResolvedSpeaker(Optional.empty(), Optional.empty(), Optional.empty());
            }
            Mention m = draft.mention().get();
            if (m.kind() != MentionKind.PRONOUN && SourceNouns.isMute(doc.token(m.endToken() - 1).text())) {
                return resolveVehicle(m);
            }
            return resolve(m);
        }

        /**
         * "The union's release said", "The statement said": a vehicle of words speaks for whoever issued it, the
         * possessor in front or else the organization or person named last before it in its paragraph or the one
         * before; the vehicle stays the mention.
         */
        private ResolvedSpeaker resolveVehicle(Mention m) {
            Token first = doc.token(m.firstToken());
            for (int k = m.firstToken() + 1; k < m.endToken() - 1; k++) {
                Token t = doc.token(k);
                if (!t.isWord() && !isPossessiveMark(t.text()) || VEHICLE_BREAKERS.contains(t.lower())) {
                    return resolve(m); // "Ryan's language in the statement", "a Democrat familiar with his remarks"
                }
            }
            if (first.isCapitalized() && m.endToken() - m.firstToken() == 1 || doc.token(m.endToken() - 1).isCapitalized()) {
                return resolve(m); // "The Washington Post": a name
            }
            ResolvedSpeaker issuer = issuerOf(m);
            issuer.name().ifPresent(name -> lastGroup = name);
            return issuer;
        }

        private ResolvedSpeaker issuerOf(Mention m) {
            Token first = doc.token(m.firstToken());
            if (POSSESSIVE_PRONOUNS.containsKey(first.lower())) {
                // "His remarks", "their statement": the pronoun's antecedent
                ResolvedSpeaker owner = resolvePronoun(new Mention(m.firstToken(), m.firstToken() + 1,
                        MentionKind.PRONOUN), POSSESSIVE_PRONOUNS.get(first.lower()), phrase(m));
                return owner.name().isPresent() ? owner : nominal(phrase(m));
            }
            for (int k = m.firstToken() + 1; k < m.endToken() - 1; k++) {
                if (isPossessiveMark(doc.token(k).text())) {
                    int from = Determiners.ARTICLES.contains(first.lower()) && k - m.firstToken() > 1
                            ? m.firstToken() + 1 : m.firstToken();
                    boolean named = doc.token(k - 1).isCapitalized();
                    ResolvedSpeaker owner = resolve(new Mention(named ? from : m.firstToken(), k,
                            named ? MentionKind.NAME : MentionKind.NOMINAL));
                    return owner.name().isPresent() ? owner : nominal(phrase(m));
                }
            }
            if (!DEFINITE_OPENERS.contains(first.lower())) {
                return nominal(phrase(m)); // "a statement", "One message": whose is not said
            }
            Optional<Name> issuer = issuerBefore(m);
            return issuer.map(n -> new ResolvedSpeaker(Optional.of(n.text()), Optional.of(phrase(m)), Optional.of(n)))
                    .orElseGet(() -> nominal(phrase(m)));
        }

        /** The organization or person named last before {@code m}, in its paragraph or the one before. */
        private Optional<Name> issuerBefore(Mention m) {
            int paragraph = doc.sentenceOf(doc.token(m.firstToken())).paragraph();
            List<Name> all = names.names();
            for (int i = names.lastStartingBefore(doc.token(m.firstToken()).start()); i >= 0; i--) {
                Name n = all.get(i);
                if (paragraph - doc.sentenceOf(doc.token(n.firstToken())).paragraph() > 1) {
                    break;
                }
                if (article.quoted().contains(doc.token(n.firstToken()).start())) {
                    continue;
                }
                if (entities.is(n.endToken() - 1, EntityType.ORGANIZATION) || persons.isPerson(n)) {
                    return names.fullestFor(n.firstToken(), n.endToken());
                }
            }
            return Optional.empty();
        }

        private ResolvedSpeaker resolve(Mention m) {
            Phrase phrase = phrase(m);
            if (m.kind() != MentionKind.PRONOUN) {
                Optional<String> roleNoun = roleNounEnding(m);
                if (roleNoun.isPresent()) {
                    return resolveDescription(m, phrase, roleNoun.get());
                }
            }
            switch (m.kind()) {
                case PRONOUN:
                    return resolvePronoun(m, phrase);
                case NAME:
                    if (endsInCommonNoun(m) || isIndefiniteDescription(m)) {
                        return nominal(phrase); // "the Clinton campaign", "a Senate subcommittee": a group
                    }
                    Optional<String> together = namesTogether(m);
                    if (together.isPresent()) {
                        return new ResolvedSpeaker(together, Optional.of(phrase), Optional.empty());
                    }
                    Optional<Name> full = names.fullestFor(m.firstToken(), m.endToken());
                    if (full.isPresent()) {
                        // he and she point back to people, they and it to organizations: the name finder says which
                        Optional<EntityType> type = entities.typeAt(m.endToken() - 1);
                        if (type.filter(EntityType.PERSON::equals).isPresent() || persons.isPerson(full.get())) {
                            remember(full.get(), m);
                        } else if (type.filter(EntityType.ORGANIZATION::equals).isPresent()) {
                            lastGroup = full.get().text();
                        }
                        return new ResolvedSpeaker(Optional.of(full.get().text()), Optional.of(phrase), full);
                    }
                    return nominal(phrase);
                default:
                    Optional<Name> organization = OrganizationDescriptions.standsFor(article, m);
                    if (organization.isPresent()) {
                        lastGroup = organization.get().text();
                        return new ResolvedSpeaker(Optional.of(organization.get().text()), Optional.of(phrase),
                                organization);
                    }
                    return nominal(phrase);
            }
        }

        /**
         * "Roscosmos and NASA", "owners Tom Reyes and Ida Lund": the fullest names of two names joined by "and", when
         * both are in the article's name index.
         */
        private Optional<String> namesTogether(Mention m) {
            for (int and = m.firstToken() + 1; and < m.endToken() - 1; and++) {
                if (doc.token(and).is("and")) {
                    Optional<Name> first = names.fullestFor(m.firstToken(), and);
                    Optional<Name> second = names.fullestFor(and + 1, m.endToken());
                    if (first.isPresent() && second.isPresent() && !first.get().equals(second.get())) {
                        return Optional.of(first.get().text() + " and " + second.get().text());
                    }
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        /**
         * "The mayor", "the former secretary of state and current Democratic presidential nominee", "Obama's former
         * campaign strategist": a definite description stands for the person last given that title; else, when a
         * name or a word like "former" ties it to someone known, for the person the text is about just before. An
         * indefinite one ("a spokesman") or a plain one ("the band leader") brings in someone new.
         */
        private ResolvedSpeaker resolveDescription(Mention m, Phrase phrase, String roleNoun) {
            if (Determiners.INDEFINITE.contains(doc.token(m.firstToken()).lower())) {
                return nominal(phrase);
            }
            int sentence = doc.token(m.firstToken()).sentence();
            int paragraph = doc.sentence(sentence).paragraph();
            Predicate<Name> namedInside = namedInside(m);
            Set<String> capitalized = capitalizedWords(m);
            Optional<Name> person = persons.titledBefore(sentence, roleNoun, capitalized, namedInside);
            // "the founder of Blue Pine Press" names where the person works, not who was just spoken of
            boolean endsInName = doc.token(m.endToken() - 1).isCapitalized();
            if (person.isEmpty() && !endsInName && (placesInOffice(m) || hasWordOf(m, TIME_MODIFIERS))) {
                // "the Vermont senator", "Obama's former campaign strategist": someone known, the one just spoken of
                person = persons.focusBefore(sentence, DESCRIPTION_REACH, true, namedInside)
                        .or(() -> lastPerson != null && paragraph - lastPersonParagraph <= DESCRIPTION_REACH
                                && !namedInside.test(lastPerson) ? Optional.of(lastPerson) : Optional.empty());
            }
            if (person.isEmpty() && !endsInName && isPlainDescription(m, roleNoun)) {
                // "Ann Lee spoke to the crowd. ... the premier said": the one just spoken of, unless the article
                // gives her another position; but "the band leader" is someone else than the candidate at the
                // cookout
                person = persons.focusBefore(sentence, DESCRIPTION_REACH, true, namedInside)
                        .filter(p -> !persons.holdsOtherRole(p, roleNoun));
            }
            if (person.isEmpty()) {
                return nominal(phrase); // "the band leader": someone new
            }
            remember(person.get(), m);
            return new ResolvedSpeaker(Optional.of(person.get().text()), Optional.of(phrase), person, Optional.of(m));
        }

        /**
         * A news lead often describes its speaker before naming him: "A former Democratic National Committee chairman
         * says ...", then "“...,” said Don Fowler". When the first quote's speaker is such a description in the lead
         * and the next quote's speaker is a person named for the first time just after, the description is that
         * person.
         */
        private ResolvedSpeaker leadDescription(List<DraftQuote> drafts, List<ResolvedSpeaker> resolved) {
            ResolvedSpeaker first = resolved.get(0);
            Optional<Mention> m = drafts.get(0).mention();
            if (resolved.size() < 2 || m.isEmpty() || first.fullName().isPresent()
                    || m.get().kind() == MentionKind.PRONOUN
                    || !Determiners.INDEFINITE.contains(doc.token(m.get().firstToken()).lower())
                    || doc.sentenceOf(doc.token(m.get().firstToken())).paragraph() > LEAD_PARAGRAPHS) {
                return first;
            }
            Optional<String> roleNoun = roleNounEnding(m.get());
            Optional<Name> next = resolved.get(1).fullName();
            Optional<Mention> nextMention = drafts.get(1).mention();
            if (roleNoun.isEmpty() || next.isEmpty() || nextMention.isEmpty()
                    || nextMention.get().kind() != MentionKind.NAME || !persons.isPerson(next.get())) {
                return first;
            }
            int described = doc.token(m.get().firstToken()).sentence();
            int named = doc.token(nextMention.get().firstToken()).sentence();
            boolean namedJustAfter = named - described <= 2 && firstNamedAt(next.get()) >= m.get().endToken();
            return namedJustAfter
                    ? new ResolvedSpeaker(Optional.of(next.get().text()), first.mention(), next, m)
                    : first;
        }

        /** Where the article first names the person with this fullest name (by any form of the name). */
        private int firstNamedAt(Name full) {
            for (Name n : names.names()) {
                if (full.endsWith(n.words())) {
                    return n.firstToken();
                }
            }
            return full.firstToken();
        }

        /**
         * The role noun that heads a description ("mayor", "chairman", "secretary" in "the former secretary of state");
         * empty for a name or a group.
         */
        private Optional<String> roleNounEnding(Mention m) {
            int end = m.endToken();
            while (end > m.firstToken() && !doc.token(end - 1).isWord()) {
                end--;
            }
            if (end == m.firstToken()) {
                return Optional.empty();
            }
            if (doc.token(end - 1).isCapitalized()) {
                // "the 41-year-old founder of Blue Pine Press" is a person described, not the press
                return Determiners.ARTICLES.contains(doc.token(m.firstToken()).lower())
                        ? roleBeforeComplement(m, end) : Optional.empty();
            }
            Optional<String> head = rolePhrases.roleNounEndingAt(doc, m.firstToken(), end);
            return head.isPresent() ? head : roleBeforeComplement(m, end);
        }

        /** The role noun right before a complement preposition: "the secretary of state". */
        private Optional<String> roleBeforeComplement(Mention m, int end) {
            Optional<String> head = Optional.empty();
            for (int k = m.firstToken() + 1; head.isEmpty() && k < end; k++) {
                if (rolePhrases.isComplementPreposition(doc.token(k).lower())) {
                    head = rolePhrases.roleNounEndingAt(doc, m.firstToken(), k);
                }
            }
            return head;
        }

        /** The capitalized words of a description ("Republican" in "The Republican nominee"), its article aside. */
        private Set<String> capitalizedWords(Mention m) {
            Set<String> words = new HashSet<>();
            for (int k = m.firstToken(); k < m.endToken(); k++) {
                Token t = doc.token(k);
                if (t.isCapitalized() && t.isWord() && !Determiners.ALL.contains(t.lower())) {
                    words.add(t.lower());
                }
            }
            return words;
        }

        /**
         * Whether a capitalized word says which office a description means ("the Vermont senator", "the Republican
         * nominee"); a possessor does not ("Pagliano's lawyer" is someone else than those just spoken of).
         */
        private boolean placesInOffice(Mention m) {
            for (int k = m.firstToken(); k < m.endToken(); k++) {
                Token t = doc.token(k);
                boolean possessor = k + 1 < m.endToken() && doc.token(k + 1).is("'s");
                if (t.isCapitalized() && t.isWord() && !Determiners.ALL.contains(t.lower()) && !possessor) {
                    return true;
                }
            }
            return false;
        }

        /** "the premier", "the veteran winger": the article, adjectives, and the role noun, nothing else. */
        private boolean isPlainDescription(Mention m, String roleNoun) {
            int nounWords = roleNoun.split(" ").length;
            int head = m.endToken() - nounWords;
            if (!doc.token(m.firstToken()).is("the") || head - m.firstToken() - 1 > PLAIN_DESCRIPTION_MODIFIERS) {
                return false;
            }
            for (int k = m.firstToken() + 1; k < head; k++) {
                if (!article.pos(k).equals("ADJ")) {
                    return false;
                }
            }
            return true;
        }

        private boolean hasWordOf(Mention m, Set<String> words) {
            for (int k = m.firstToken(); k < m.endToken(); k++) {
                if (words.contains(doc.token(k).lower())) {
                    return true;
                }
            }
            return false;
        }

        /** "a spokesman for committee Democrats": an indefinite description names no one, whatever names it holds. */
        private boolean isIndefiniteDescription(Mention m) {
            return m.endToken() - m.firstToken() > 2 && Determiners.INDEFINITE.contains(doc.token(m.firstToken()).lower())
                    && !doc.token(m.firstToken() + 1).isCapitalized();
        }

        private boolean endsInCommonNoun(Mention m) {
            int end = m.endToken();
            while (end > m.firstToken() && !doc.token(end - 1).isWord()) {
                end--;
            }
            return end > m.firstToken() && !doc.token(end - 1).isCapitalized()
                    && Character.isLetter(doc.token(end - 1).text().charAt(0));
        }

        /** Names inside a description are not the person it describes ("Obama" in "Obama's former strategist"). */
        private Predicate<Name> namedInside(Mention m) {
            List<Name> inside = names.nameWithin(m.firstToken(), m.endToken()).stream().toList();
            return n -> inside.stream().anyMatch(i -> n.endsWith(List.of(i.lastWord())));
        }

        private void remember(Name person, Mention m) {
            lastPerson = person;
            lastPersonParagraph = doc.sentenceOf(doc.token(m.firstToken())).paragraph();
        }

        private ResolvedSpeaker nominal(Phrase phrase) {
            lastGroup = phrase.text();
            return new ResolvedSpeaker(Optional.of(phrase.text()), Optional.of(phrase), Optional.empty());
        }

        private ResolvedSpeaker resolvePronoun(Mention m, Phrase phrase) {
            return resolvePronoun(m, doc.token(m.firstToken()).lower(), phrase);
        }

        /** The antecedent of the pronoun at {@code m}, read as the subject pronoun {@code form} ("he" for "his"). */
        private ResolvedSpeaker resolvePronoun(Mention m, String form, Phrase phrase) {
            Token pronoun = doc.token(m.firstToken());
            int paragraph = doc.sentenceOf(pronoun).paragraph();
            if (form.equals("he") || form.equals("she") || form.equals("i")) {
                // "she" is not a man the article calls "Mr.", nor "he" a woman it calls "Mrs." or "Ms."
                Predicate<Name> otherSex = n -> !form.equals("i") && persons.isFemale(n)
                        .filter(female -> female != form.equals("she")).isPresent();
                Optional<Name> inSentence = persons.focusEarlierInSentence(pronoun.index(), otherSex)
                        .or(() -> opensSentence(pronoun)
                                ? persons.subjectOfSentenceBefore(pronoun.sentence(), otherSex) : Optional.empty());
                Optional<Name> antecedent = inSentence
                        .or(() -> lastPerson != null && paragraph - lastPersonParagraph <= PRONOUN_REACH
                                && !otherSex.test(lastPerson) ? Optional.of(lastPerson)
                                : persons.focusBefore(pronoun.sentence(), PRONOUN_REACH, false, otherSex));
                boolean sameAsLast = antecedent.isPresent() && lastPerson != null
                        && antecedent.get().words().equals(lastPerson.words());
                if (inSentence.isPresent() || sameAsLast) {
                    // "he said" keeps the person in focus; "Although Trump ..., he said" brings Trump into it
                    remember(antecedent.get(), m);
                }
                return new ResolvedSpeaker(antecedent.map(Name::text), Optional.of(phrase), antecedent);
            }
            if ((form.equals("they") || form.equals("it")) && lastGroup != null) {
                return new ResolvedSpeaker(Optional.of(lastGroup), Optional.of(phrase), Optional.empty());
            }
            return new ResolvedSpeaker(Optional.empty(), Optional.of(phrase), Optional.empty());
        }

        /** "He ...", "Though she ...", "But, he ...": only function words and commas before it in its sentence. */
        private boolean opensSentence(Token pronoun) {
            for (int k = doc.sentenceOf(pronoun).firstToken(); k < pronoun.index(); k++) {
                Token t = doc.token(k);
                if (!t.is(",") && !CommonWords.CAPITALIZED_FUNCTION_WORDS.contains(t.lower())) {
                    return false;
                }
            }
            return true;
        }

        private Phrase phrase(Mention m) {
            int start = doc.token(m.firstToken()).start();
            int end = doc.token(m.endToken() - 1).end();
            return new Phrase(doc.text().substring(start, end), new Span(start, end));
        }
    }
}
