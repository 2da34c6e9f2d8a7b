package org.quoteattribution.internal.speakers;

import java.util.List;
import java.util.Optional;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.assembly.DraftQuote;
import org.quoteattribution.internal.entities.Name;
import org.quoteattribution.internal.lexicon.Determiners;
import org.quoteattribution.internal.mentions.Mention;
import org.quoteattribution.internal.mentions.MentionKind;
import org.quoteattribution.internal.speakers.SpeakerResolver.ResolvedSpeaker;
import org.quoteattribution.internal.text.Document;

/**
 * A news lead that describes its speaker before naming him: "A former Democratic National Committee chairman
 * says ...", then "“...,” said Don Fowler". Apart from the resolution because it looks at the first two speakers once
 * all are resolved, not at who was spoken of last.
 */
final class LeadDescription {

    /** The paragraphs of an article's lead, its headline included. */
    private static final int LEAD_PARAGRAPHS = 2;

    private LeadDescription() {
    }

    /**
     * The first quote's speaker: when it is such a description in the lead and the next quote's speaker is a person
     * named for the first time just after, the description is that person; else as resolved.
     */
    static ResolvedSpeaker firstSpeaker(Article article, PersonSearch persons, DescriptionWords descriptions,
            List<DraftQuote> drafts, List<ResolvedSpeaker> resolved) {
        Document doc = article.document();
        ResolvedSpeaker first = resolved.get(0);
        Optional<Mention> m = drafts.get(0).mention();
        if (resolved.size() < 2 || m.isEmpty() || first.fullName().isPresent()
                || m.get().kind() == MentionKind.PRONOUN
                || !Determiners.INDEFINITE.contains(doc.token(m.get().firstToken()).lower())
                || doc.sentenceOf(doc.token(m.get().firstToken())).paragraph() > LEAD_PARAGRAPHS) {
            return first;
        }
        Optional<String> roleNoun = descriptions.roleNounEnding(m.get());
        Optional<Name> next = resolved.get(1).fullName();
        Optional<Mention> nextMention = drafts.get(1).mention();
        if (roleNoun.isEmpty() || next.isEmpty() || nextMention.isEmpty()
                || nextMention.get().kind() != MentionKind.NAME || !persons.isPerson(next.get())) {
            return first;
        }
        int described = doc.token(m.get().firstToken()).sentence();
        int named = doc.token(nextMention.get().firstToken()).sentence();
        boolean namedJustAfter = named - described <= 2 && firstNamedAt(article, next.get()) >= m.get().endToken();
        return namedJustAfter
                ? new ResolvedSpeaker(Optional.of(next.get().text()), first.mention(), next, m)
                : first;
    }

    /** Where the article first names the person with this fullest name (by any form of the name). */
    private static int firstNamedAt(Article article, Name full) {
        for (Name n : article.names().names()) {
            if (full.endsWith(n.words())) {
                return n.firstToken();
            }
        }
        return full.firstToken();
    }
}
