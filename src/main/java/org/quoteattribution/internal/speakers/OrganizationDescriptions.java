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
 * ({@code organization-nouns.txt}), with a few modifiers ("the security firm"), stands for the organization whose
 * name ends in that noun ("the commission": the Maritime Safety Commission), else for the organization
 * named last before it, among the last few names of the last paragraphs. Only those names' sentences go to the name finder, so the cost does not grow with the
 * article.
 */
final class OrganizationDescriptions {

    private static final ImmutableSet<String> NOUNS = LexiconFile.words("organization-nouns.txt");
    /** How far back the organization may have been named: names, and paragraphs. */
    private static final int NAMES_BACK = 5;
    private static final int PARAGRAPHS_BACK = 2;
    /** How many names back one ending in the description's own noun may be ("the commission"). */
    private static final int NAMED_BY_HEAD_BACK = 30;
    /** How many words may stand between "the" and the noun ("the security firm", "the Canadian auto parts maker"). */
    private static final int MAX_MODIFIERS = 3;

    private OrganizationDescriptions() {
    }

    static Optional<Name> standsFor(Article article, Mention m) {
        Document doc = article.document();
        NameIndex names = article.names();
        int width = m.endToken() - m.firstToken();
        if (width < 2 || width > MAX_MODIFIERS + 2 || !doc.token(m.firstToken()).is("the")
                || !NOUNS.contains(doc.token(m.endToken() - 1).lower())) {
            return Optional.empty();
        }
        for (int k = m.firstToken() + 1; k < m.endToken() - 1; k++) {
            if (!doc.token(k).isWord() && !doc.isInsideHyphenatedWord(k)) {
                return Optional.empty(); // "the union's Friday release" is no organization noun phrase
            }
        }
        String head = doc.token(m.endToken() - 1).lower();
        int paragraph = doc.sentenceOf(doc.token(m.firstToken())).paragraph();
        int last = names.lastStartingBefore(doc.token(m.firstToken()).start());
        List<Name> all = names.names();
        for (int i = last; i >= 0 && last - i < NAMED_BY_HEAD_BACK; i--) {
            // "the commission" for the U.S. Maritime Safety Commission, however far back
            Name n = all.get(i);
            if (n.lastWord().equals(head) && !article.entities().is(n.endToken() - 1, EntityType.PERSON)) {
                return names.fullestFor(n.firstToken(), n.endToken());
            }
        }
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
