package org.quoteattribution.internal.sources;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.quoteattribution.Phrase;
import org.quoteattribution.Span;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.clauses.CueClause;
import org.quoteattribution.internal.cues.Cue;
import org.quoteattribution.internal.cues.CueFrame;
import org.quoteattribution.internal.entities.EntityType;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;

/**
 * Finds where a quote's words were said or published: a platform ("wrote on Truth Social"), a document ("in a
 * statement published by the Russian Embassy in London on X"), an event ("At the post-meeting press conference,
 * Putin said") or a medium ("told Reuters", "in an interview with CNN"). The phrase must stand in the cue's own
 * clause; the nearest one to the cue wins. Immutable and thread-safe.
 */
public final class SourceFinder {

    /** Words that link a source phrase to more words, never its last one. */
    private static final ImmutableSet<String> LINKING_WORDS = LexiconFile.words("source-linking-words.txt");

    /** How many capitalized words a person's name before "of CHANNEL" may take. */
    private static final int MAX_ADDRESSEE_NAME = 4;

    private final SourcePhraseReader reader = new SourcePhraseReader();

    /** The source named in the clause of a quote's cue. */
    public Optional<Phrase> sourceOf(Article article, CueClause clause) {
        Document doc = article.document();
        Sentence sentence = clause.sentence();
        SourcePhraseReader.SourcePhrase best = addresseeOfCue(article, clause);
        int bestDistance = best == null ? Integer.MAX_VALUE : 0;
        for (int k = sentence.firstToken(); k < sentence.endToken(); k++) {
            if (!clause.mayStartAt(k)) {
                continue;
            }
            Optional<SourcePhraseReader.SourcePhrase> found = reader.afterPreposition(article, k, clause.limitFrom(k));
            if (found.isPresent()) {
                SourcePhraseReader.SourcePhrase phrase = found.get();
                int distance = clause.distanceToCue(k, phrase.endToken());
                boolean describesSpeaker = phrase.isEvent() && clause.isInSpeakerMention(k);
                if (distance < bestDistance && !describesSpeaker) {
                    best = phrase;
                    bestDistance = distance;
                }
                k = phrase.endToken() - 1;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int last = best.endToken();
        for (int k = best.firstToken() + 1; k < best.endToken(); k++) {
            if (clause.isInSpeakerMention(k) && !clause.isInSpeakerMention(best.firstToken())) {
                // "a meeting with the editorial board of the Washington Post Trump said": the speaker is no source
                last = k;
                while (last > best.firstToken() + 1 && (!doc.token(last - 1).isWord()
                        || LINKING_WORDS.contains(doc.token(last - 1).lower()))) {
                    last--;
                }
                break;
            }
        }
        int start = doc.token(best.firstToken()).start();
        int end = doc.token(last - 1).end();
        return Optional.of(new Phrase(doc.text().substring(start, end), new Span(start, end)));
    }

    /**
     * The addressee of a cue such as "told" when it is a medium or an occasion rather than a person: "told Reuters",
     * "told a rally in Ohio". Null when there is none. A source inside the speaker's own words ("one source on the
     * panel") describes the speaker, unless it is a channel or document ("a document on the campaign's website").
     */
    private SourcePhraseReader.SourcePhrase addresseeOfCue(Article article, CueClause clause) {
        Cue cue = clause.cue();
        if (cue.frame() != CueFrame.OBJECT || cue.endToken() >= clause.sentence().endToken()) {
            return null;
        }
        int after = cue.endToken();
        if (!clause.mayStartAt(after)) {
            return null;
        }
        int limit = clause.limitFrom(after);
        return reader.phraseAt(article, after, limit).or(() -> personOfChannel(article, after, limit))
                .or(() -> namedOutlet(article, after, limit)).orElse(null);
    }

    /**
     * "told the Des Moines Register": an addressee the name finder takes for an organization (not a person or a
     * group of people) is the outlet the words went to.
     */
    private static Optional<SourcePhraseReader.SourcePhrase> namedOutlet(Article article, int p, int limit) {
        Document doc = article.document();
        int name = doc.token(p).is("the") && p + 1 < limit ? p + 1 : p;
        if (!doc.token(name).isCapitalized()) {
            return Optional.empty();
        }
        return article.entities().entityAt(name)
                .filter(e -> e.type() == EntityType.ORGANIZATION && e.endToken() <= limit)
                .filter(e -> e.endToken() >= limit || !article.pos(e.endToken()).equals("NOUN")) // "the American people"
                .map(e -> new SourcePhraseReader.SourcePhrase(p, e.endToken(), "medium"));
    }

    /** "told Bill O'Reilly of Fox News": a person named with the channel he speaks for is that channel's. */
    private Optional<SourcePhraseReader.SourcePhrase> personOfChannel(Article article, int p, int limit) {
        Document doc = article.document();
        int k = p;
        while (k < limit && k - p < MAX_ADDRESSEE_NAME && doc.token(k).isCapitalized() && doc.token(k).isWord()) {
            k++;
        }
        if (k == p || k + 1 >= limit || !doc.token(k).is("of")) {
            return Optional.empty();
        }
        return reader.phraseAt(article, k + 1, limit).filter(c -> !c.isEvent())
                .map(c -> new SourcePhraseReader.SourcePhrase(p, c.endToken(), c.kind()));
    }
}
