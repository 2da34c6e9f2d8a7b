package org.quoteattribution.internal.assembly;

import java.util.List;
import java.util.Optional;
import org.quoteattribution.QuoteType;
import org.quoteattribution.internal.cues.Cue;
import org.quoteattribution.internal.marks.Quotation;
import org.quoteattribution.internal.speakers.Mention;
import org.quoteattribution.internal.speakers.MentionFinder;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.SentenceTags;

/**
 * A quotation with no cue of its own that opens the sentence after a report closed by its cue: "The administration
 * may be reluctant to act, Schiff said. “The other factor ... is ...”" goes on with Schiff's words.
 */
final class FollowingQuotation {

    /** How many tokens an inverted attribution closing the sentence before may take (", said Rep. Adam Schiff."). */
    private static final int ATTRIBUTION_TOKENS = 8;

    private final MentionFinder mentions;

    FollowingQuotation(MentionFinder mentions) {
        this.mentions = mentions;
    }

    Optional<DraftQuote> of(Document doc, SentenceTags tags, Quotation q, CueIndex cues) {
        int openToken = doc.tokenAtOrAfter(q.open());
        if (openToken >= doc.tokens().size()) {
            return Optional.empty();
        }
        Sentence sentence = doc.sentenceOf(doc.token(openToken));
        if (openToken != sentence.firstToken() || sentence.index() == 0) {
            return Optional.empty();
        }
        Sentence previous = doc.sentence(sentence.index() - 1);
        if (previous.paragraph() != sentence.paragraph()) {
            return Optional.empty();
        }
        int last = previous.endToken() - 1;
        while (last > previous.firstToken() && !doc.token(last).isWord()) {
            last--;
        }
        for (int k = last; k > previous.firstToken() && k >= last - ATTRIBUTION_TOKENS; k--) {
            if (ClauseBounds.isMark(doc.token(k))) {
                return Optional.empty(); // the sentence before was a quotation of its own
            }
            Optional<Cue> cue = cues.verbAt(k);
            if (cue.isPresent()) {
                return attributed(doc, tags, q, previous, cue.get());
            }
        }
        return Optional.empty();
    }

    /** The quote, when the cue closes its sentence after a comma: "..., Schiff said." or "..., said Schiff.". */
    private Optional<DraftQuote> attributed(Document doc, SentenceTags tags, Quotation q, Sentence previous, Cue cue) {
        Optional<Mention> speaker;
        int before;
        if (doc.token(cue.firstToken() - 1).is(",")) {
            speaker = mentions.phraseAfter(doc, tags, cue.endToken() - 1);
            before = cue.firstToken() - 1;
        } else {
            speaker = mentions.subjectBefore(doc, tags, cue.firstToken());
            before = speaker.map(m -> m.firstToken() - 1).orElse(-1);
        }
        if (speaker.isEmpty() || before <= previous.firstToken() || !doc.token(before).is(",")
                || !InvertedAttribution.endsSoonAfter(doc, tags, previous,
                        Math.max(cue.endToken(), speaker.get().endToken()))) {
            return Optional.empty();
        }
        return Optional.of(new DraftQuote(QuoteType.DIRECT, List.copyOf(q.pieces()), Optional.of(cue), speaker,
                DraftQuote.Pattern.CONTINUATION));
    }
}
