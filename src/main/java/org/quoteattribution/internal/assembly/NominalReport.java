package org.quoteattribution.internal.assembly;

import java.util.List;
import java.util.Optional;
import org.quoteattribution.QuoteType;
import org.quoteattribution.Span;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.cues.Cue;
import org.quoteattribution.internal.lexicon.Determiners;
import org.quoteattribution.internal.mentions.Mention;
import org.quoteattribution.internal.mentions.MentionFinder;
import org.quoteattribution.internal.mentions.MentionKind;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;

/**
 * A report made by a noun: "Trump's claim that there have been thousands of shootings" (content: the that-clause),
 * "her criticism of the deal" (content: what it is about). The possessor is the speaker.
 */
final class NominalReport {

    private final MentionFinder mentions;

    NominalReport(MentionFinder mentions) {
        this.mentions = mentions;
    }

    Optional<DraftQuote> around(Article article, Cue cue) {
        Document doc = article.document();
        Sentence sentence = doc.sentenceOf(doc.token(cue.firstToken()));
        Optional<Mention> speaker = possessor(article, cue, sentence);
        int next = cue.endToken();
        if (speaker.isEmpty() || next >= sentence.endToken()) {
            return Optional.empty();
        }
        int start;
        int end;
        if (doc.token(next).is("that")) {
            start = next;
            end = Math.min(ClauseBounds.clauseEnd(doc, sentence, start),
                    ClauseBounds.coordinatedCueStart(doc, sentence, start, article.cueIndex()));
        } else if (doc.token(next).is("of") || doc.token(next).is("about") || doc.token(next).is("on")) {
            Optional<Mention> object = mentions.phraseAfter(article, next);
            if (object.isEmpty()) {
                return Optional.empty();
            }
            start = object.get().firstToken();
            end = object.get().endToken();
        } else {
            return Optional.empty();
        }
        if (end <= start) {
            return Optional.empty();
        }
        Span span = new Span(doc.token(start).start(), doc.token(end - 1).end());
        return Optional.of(new DraftQuote(QuoteType.INDIRECT, List.of(span), Optional.of(cue), speaker,
                DraftQuote.Pattern.REPORTED_OBJECT));
    }

    /** "Trump's" (the name before the possessive) or "his" (a pronoun, resolved later like any other). */
    private Optional<Mention> possessor(Article article, Cue cue, Sentence sentence) {
        Document doc = article.document();
        int before = cue.firstToken() - 1;
        if (before < sentence.firstToken()) {
            return Optional.empty();
        }
        String word = doc.token(before).lower();
        if (word.equals("'s") && before - 1 >= sentence.firstToken()) {
            return mentions.phraseEndingAt(article, before - 1, sentence.firstToken());
        }
        if (Determiners.POSSESSIVES.contains(word)) {
            return Optional.of(new Mention(before, before + 1, MentionKind.PRONOUN));
        }
        return Optional.empty();
    }
}
