package org.quoteattribution.internal.article;

import java.util.List;
import org.quoteattribution.internal.cues.Cue;
import org.quoteattribution.internal.cues.CueIndex;
import org.quoteattribution.internal.entities.EntityTagger;
import org.quoteattribution.internal.entities.NameIndex;
import org.quoteattribution.internal.marks.Quotation;
import org.quoteattribution.internal.marks.QuotedRegions;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.SentenceTags;

/**
 * One article as every stage from quote assembly on reads it, built once per {@code attribute} call by
 * {@link ArticleReader}: the text split up, its part-of-speech tags and names (found lazily, sentence by sentence, the
 * first time a stage asks, and remembered), its proper names, its quotations and the characters inside them, and its
 * cues. Stages are functions of an article and the previous stage's output; none of them rebuilds any of this.
 *
 * <p>Made and used by one thread: the tag and name caches fill as stages ask. Everything else is immutable.
 *
 * @param document   paragraphs, sentences and tokens
 * @param tags       part-of-speech tags and lemmas, computed per sentence on demand
 * @param entities   the name finder's answers, computed per sentence on demand
 * @param names      the article's proper names, for the fullest form of a short mention
 * @param quotations the words between quotation marks, in text order
 * @param quoted     which characters lie inside quotation marks
 * @param cues       the reporting verbs and phrases, in text order
 * @param cueIndex   the cues looked up by token
 */
public record Article(Document document, SentenceTags tags, EntityTagger entities, NameIndex names,
        List<Quotation> quotations, QuotedRegions quoted, List<Cue> cues, CueIndex cueIndex) {

    public Article {
        quotations = List.copyOf(quotations);
        cues = List.copyOf(cues);
    }

    /** The part-of-speech tag of a token (Universal Dependencies); tags its sentence on first ask. */
    public String pos(int token) {
        return tags.pos(token);
    }

    /** Whether the tagger calls a token a verb or an auxiliary. */
    public boolean isVerb(int token) {
        return tags.isVerb(token);
    }

    /** Whether the tagger calls any token in [{@code first}, {@code end}) a verb or an auxiliary. */
    public boolean hasVerbIn(int first, int end) {
        for (int k = first; k < end; k++) {
            if (tags.isVerb(k)) {
                return true;
            }
        }
        return false;
    }

    /** The lemma of a token, in lower case. */
    public String lemma(int token) {
        return tags.lemma(token);
    }
}
