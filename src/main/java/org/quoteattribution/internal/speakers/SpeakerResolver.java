package org.quoteattribution.internal.speakers;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
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

    /** One article's resolution: who was spoken of last, as the quotes are read in order. */
    private final class Resolution {
        private final Article article;
        private final Document doc;
        private final NameIndex names;
        private final EntityTagger entities;
        private final PersonSearch persons;
        private final DescriptionWords descriptions;
        private final VehicleIssuers vehicles;
        private Name lastPerson;
        private int lastPersonParagraph = -1;
        private String lastGroup;

        Resolution(Article article) {
            this.article = article;
            this.doc = article.document();
            this.names = article.names();
            this.entities = article.entities();
            this.persons = new PersonSearch(article, titles, rolePhrases);
            this.descriptions = new DescriptionWords(article, rolePhrases);
            this.vehicles = new VehicleIssuers(article, persons);
        }

        List<ResolvedSpeaker> resolveAll(List<DraftQuote> drafts) {
            List<ResolvedSpeaker> resolved = new ArrayList<>(drafts.size());
            for (DraftQuote draft : drafts) {
                doc.deadline().check();
                resolved.add(asWritten(draft, resolve(draft)));
            }
            if (!resolved.isEmpty()) {
                resolved.set(0, LeadDescription.firstSpeaker(article, persons, descriptions, drafts, resolved));
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
                if (!doc.token(j).isWord() && !doc.token(j).isClitic()) { // "who’d previously endorsed"
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
            if (!vehicles.speaksForIssuer(m)) {
                return resolve(m); // "Ryan's language in the statement", "The Washington Post"
            }
            ResolvedSpeaker issuer = issuerOf(m);
            issuer.name().ifPresent(name -> lastGroup = name);
            return issuer;
        }

        private ResolvedSpeaker issuerOf(Mention m) {
            Optional<String> pronoun = vehicles.possessivePronoun(m);
            if (pronoun.isPresent()) {
                // "His remarks", "their statement": the pronoun's antecedent
                ResolvedSpeaker owner = resolvePronoun(new Mention(m.firstToken(), m.firstToken() + 1,
                        MentionKind.PRONOUN), pronoun.get(), phrase(m));
                return owner.name().isPresent() ? owner : nominal(phrase(m));
            }
            Optional<Mention> possessor = vehicles.possessor(m);
            if (possessor.isPresent()) {
                ResolvedSpeaker owner = resolve(possessor.get());
                return owner.name().isPresent() ? owner : nominal(phrase(m));
            }
            Optional<Name> issuer = vehicles.issuerBefore(m);
            return issuer.map(n -> new ResolvedSpeaker(Optional.of(n.text()), Optional.of(phrase(m)), Optional.of(n)))
                    .orElseGet(() -> nominal(phrase(m)));
        }

        private ResolvedSpeaker resolve(Mention m) {
            Phrase phrase = phrase(m);
            if (m.kind() != MentionKind.PRONOUN) {
                Optional<String> roleNoun = descriptions.roleNounEnding(m);
                if (roleNoun.isPresent()) {
                    return resolveDescription(m, phrase, roleNoun.get());
                }
            }
            switch (m.kind()) {
                case PRONOUN:
                    return resolvePronoun(m, phrase);
                case NAME:
                    if (descriptions.endsInCommonNoun(m) || descriptions.isIndefiniteDescription(m)) {
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
            Predicate<Name> namedInside = descriptions.namedInside(m);
            Set<String> capitalized = descriptions.capitalizedWords(m);
            Optional<Name> person = persons.titledBefore(sentence, roleNoun, capitalized, namedInside);
            // "the founder of Blue Pine Press" names where the person works, not who was just spoken of
            boolean endsInName = doc.token(m.endToken() - 1).isCapitalized();
            if (person.isEmpty() && !endsInName
                    && (descriptions.placesInOffice(m) || descriptions.hasWordOf(m, TIME_MODIFIERS))) {
                // "the Vermont senator", "Obama's former campaign strategist": someone known, the one just spoken of
                person = persons.focusBefore(sentence, DESCRIPTION_REACH, true, namedInside)
                        .or(() -> lastPerson != null && paragraph - lastPersonParagraph <= DESCRIPTION_REACH
                                && !namedInside.test(lastPerson) ? Optional.of(lastPerson) : Optional.empty());
            }
            if (person.isEmpty() && !endsInName && descriptions.isPlainDescription(m, roleNoun)) {
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
