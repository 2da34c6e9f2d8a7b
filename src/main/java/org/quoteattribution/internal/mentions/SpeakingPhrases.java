package org.quoteattribution.internal.mentions;

import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.lexicon.NounSenses;
import org.quoteattribution.internal.lexicon.SourceNouns;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Token;

/** Whether a phrase can name who says something, from what WordNet says its nouns name ({@link NounSenses}). */
public final class SpeakingPhrases {

    private SpeakingPhrases() {
    }

    /**
     * "The effect suggests ...", "the needs of the theatre argue ...", "bomb threats demanding ...": a speaker phrase
     * none of whose nouns names a person, a group, a place or words (WordNet's classes, {@link NounSenses#canSpeak})
     * reports no one's words. One noun that can is enough ("a person close to the process", "a number of
     * attendees"); a vehicle of words ("the union's release") speaks for its issuer; names are not looked up
     * (a capital is read as a name, but for a first word followed by a lower-case one: "Bomb threats"), and a phrase
     * the mention finder calls a name may speak.
     */
    public static boolean namesNoOne(Article article, Mention m) {
        if (m.kind() == MentionKind.PRONOUN) {
            return false;
        }
        Document doc = article.document();
        boolean nouns = false;
        for (int k = m.firstToken(); k < m.endToken(); k++) {
            Token t = doc.token(k);
            boolean openingCommonNoun = k == m.firstToken() && k + 1 < m.endToken()
                    && !doc.token(k + 1).isCapitalized(); // "People briefed on the move", "Bomb threats"
            if (t.isWord() && t.isCapitalized() && !openingCommonNoun && m.kind() == MentionKind.NAME) {
                return false; // a name may speak, whatever stands around it
            }
            if (!t.isWord() || !(article.tags().pos(k).equals("NOUN") && !t.isCapitalized()
                    || openingCommonNoun && NounSenses.of(t.text()).isPresent())) {
                continue; // "in" and "common" are nouns too, but not here
            }
            if (SourceNouns.isMute(t.text()) || NounSenses.canSpeak(t.text())) {
                return false; // a noun WordNet's common list lacks may name someone: "a number of attendees"
            }
            nouns = true;
        }
        return nouns;
    }
}
