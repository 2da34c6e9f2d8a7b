package org.quoteattribution.internal.speakers;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.entities.EntityType;
import org.quoteattribution.internal.entities.Name;
import org.quoteattribution.internal.entities.NameIndex;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.mentions.Mention;
import org.quoteattribution.internal.text.Document;

/**
 * "In the Wells Fargo scandal, ... The bank said": a definite description by an organization noun
 * ({@code organization-nouns.txt}) stands for the organization named last before it, among the last few names of
 * the last paragraphs. Only those names' sentences go to the name finder, so the cost does not grow with the
 * article.
 */
final class OrganizationDescriptions {

    private static final ImmutableSet<String> NOUNS = LexiconFile.words("organization-nouns.txt");
    /** How far back the organization may have been named: names, and paragraphs. */
    private static final int NAMES_BACK = 5;
    private static final int PARAGRAPHS_BACK = 2;

    private OrganizationDescriptions() {
    }

    static Optional<Name> standsFor(Article article, Mention m) {
        Document doc = article.document();
        NameIndex names = article.names();
        if (m.endToken() - m.firstToken() != 2 || !doc.token(m.firstToken()).is("the")
                || !NOUNS.contains(doc.token(m.firstToken() + 1).lower())) {
            return Optional.empty();
        }
        int paragraph = doc.sentenceOf(doc.token(m.firstToken())).paragraph();
        int last = names.lastStartingBefore(doc.token(m.firstToken()).start());
        List<Name> all = names.names();
        for (int i = last; i >= 0 && last - i < NAMES_BACK; i--) {
            Name n = all.get(i);
            if (paragraph - doc.sentenceOf(doc.token(n.firstToken())).paragraph() > PARAGRAPHS_BACK) {
                break;
            }
            if (article.entities().is(n.endToken() - 1, EntityType.ORGANIZATION)) {
                return names.fullestFor(n.firstToken(), n.endToken());
            }
        }
        return Optional.empty();
    }
}
