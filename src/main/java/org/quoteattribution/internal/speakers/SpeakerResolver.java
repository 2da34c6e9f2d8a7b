package org.quoteattribution.internal.speakers;

import java.util.List;
import java.util.Optional;
import org.quoteattribution.Phrase;
import org.quoteattribution.Span;
import org.quoteattribution.internal.assembly.DraftQuote;
import org.quoteattribution.internal.entities.EntityTagger;
import org.quoteattribution.internal.entities.EntityType;
import org.quoteattribution.internal.entities.Name;
import org.quoteattribution.internal.entities.NameIndex;
import org.quoteattribution.internal.entities.TitleWords;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Token;

/**
 * Gives each quote's speaker mention the name it stands for: the fullest form of a name in the article, the
 * antecedent of a pronoun, or a group as written. Stateless; a {@link Resolution} holds one document's state.
 */
public final class SpeakerResolver {

    /** How far back (in paragraphs) a pronoun looks for the person it refers to. */
    private static final int PRONOUN_REACH = 4;
    /** How many names back a pronoun looks at most, so that the search stays bounded on any input. */
    private static final int MAX_NAMES_BACK = 100;

    private final TitleWords titles;

    public SpeakerResolver(TitleWords titles) {
        this.titles = titles;
    }

    /** A resolved speaker: the entity's name (if known) and the mention near the cue. */
    public record ResolvedSpeaker(Optional<String> name, Optional<Phrase> mention, Optional<Name> fullName) {
    }

    public Resolution start(Document doc, NameIndex names, EntityTagger entities) {
        return new Resolution(doc, names, entities);
    }

    /** Resolves the quotes of one document in text order, so that pronouns can refer back to earlier speakers. */
    public final class Resolution {
        private final Document doc;
        private final NameIndex names;
        private final EntityTagger entities;
        private Name lastPerson;
        private int lastPersonParagraph = -1;
        private String lastGroup;

        Resolution(Document doc, NameIndex names, EntityTagger entities) {
            this.doc = doc;
            this.names = names;
            this.entities = entities;
        }

        public ResolvedSpeaker resolve(DraftQuote draft) {
            if (draft.mention().isEmpty()) {
                return new ResolvedSpeaker(Optional.empty(), Optional.empty(), Optional.empty());
            }
            Mention m = draft.mention().get();
            Phrase phrase = phrase(m);
            switch (m.kind()) {
                case PRONOUN:
                    return resolvePronoun(m, phrase);
                case NAME:
                    Optional<Name> full = names.fullestFor(m.firstToken(), m.endToken(), titles);
                    if (full.isPresent()) {
                        // he and she point back to people, they and it to organizations: the name finder says which
                        Optional<EntityType> type = entities.typeAt(m.endToken() - 1);
                        if (type.isPresent() ? type.get() == EntityType.PERSON : full.get().words().size() >= 2) {
                            lastPerson = full.get();
                            lastPersonParagraph = doc.sentenceOf(doc.token(m.firstToken())).paragraph();
                        } else if (type.filter(EntityType.ORGANIZATION::equals).isPresent()) {
                            lastGroup = full.get().text();
                        }
                        return new ResolvedSpeaker(Optional.of(full.get().text()), Optional.of(phrase), full);
                    }
                    return nominal(phrase);
                default:
                    return nominal(phrase);
            }
        }

        private ResolvedSpeaker nominal(Phrase phrase) {
            lastGroup = phrase.text();
            return new ResolvedSpeaker(Optional.of(phrase.text()), Optional.of(phrase), Optional.empty());
        }

        private ResolvedSpeaker resolvePronoun(Mention m, Phrase phrase) {
            Token pronoun = doc.token(m.firstToken());
            int paragraph = doc.sentenceOf(pronoun).paragraph();
            if (pronoun.is("he") || pronoun.is("she") || pronoun.is("i")) {
                Optional<Name> antecedent = lastPerson != null && paragraph - lastPersonParagraph <= PRONOUN_REACH
                        ? Optional.of(lastPerson) : lastPersonNameBefore(pronoun.start());
                return new ResolvedSpeaker(antecedent.map(Name::text), Optional.of(phrase), antecedent);
            }
            if ((pronoun.is("they") || pronoun.is("it")) && lastGroup != null) {
                return new ResolvedSpeaker(Optional.of(lastGroup), Optional.of(phrase), Optional.empty());
            }
            return new ResolvedSpeaker(Optional.empty(), Optional.of(phrase), Optional.empty());
        }

        /** The last name of two words or more before an offset, within the pronoun's reach. */
        private Optional<Name> lastPersonNameBefore(int offset) {
            List<Name> all = names.names();
            int paragraph = doc.paragraphAt(offset);
            int stop = Math.max(-1, names.lastStartingBefore(offset) - MAX_NAMES_BACK);
            for (int i = names.lastStartingBefore(offset); i > stop; i--) {
                Name n = all.get(i);
                Token first = doc.token(n.firstToken());
                if (paragraph - doc.sentenceOf(first).paragraph() > PRONOUN_REACH) {
                    break;
                }
                Optional<EntityType> type = entities.typeAt(n.endToken() - 1);
                if (type.isPresent() ? type.get() == EntityType.PERSON : n.words().size() >= 2) {
                    return names.fullestFor(n.firstToken(), n.endToken(), titles);
                }
            }
            return Optional.empty();
        }

        private Phrase phrase(Mention m) {
            int start = doc.token(m.firstToken()).start();
            int end = doc.token(m.endToken() - 1).end();
            return new Phrase(doc.text().substring(start, end), new Span(start, end));
        }
    }
}
