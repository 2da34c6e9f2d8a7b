package org.quoteattribution.internal.assembly;

import java.util.List;
import java.util.Optional;
import org.quoteattribution.QuoteType;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.marks.Quotation;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Paragraph;
import org.quoteattribution.internal.text.Sentence;

/**
 * A quotation with no cue of its own that opens the sentence after a report closed by its cue: "The administration
 * may be reluctant to act, Schiff said. “The other factor ... is ...”" goes on with Schiff's words.
 */
final class FollowingQuotation {

    /** How many tokens an inverted attribution closing the sentence before may take (", said Rep. Jane Doe."). */
    private static final int ATTRIBUTION_TOKENS = 8;

    private final InvertedAttribution inverted;

    FollowingQuotation(InvertedAttribution inverted) {
        this.inverted = inverted;
    }

    Optional<DraftQuote> of(Article article, Quotation q) {
        Document doc = article.document();
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
            return afterReportedParagraph(article, q, previous);
        }
        int last = previous.endToken() - 1;
        for (int k = last; k > previous.firstToken() && k >= last - ATTRIBUTION_TOKENS; k--) {
            if (doc.token(k).isQuotationMark()) {
                return Optional.empty(); // the sentence before was a quotation of its own
            }
            Optional<InvertedAttribution.Found> found = doc.token(k).is(",")
                    ? inverted.at(article, previous, k) : Optional.empty();
            if (found.isPresent()) {
                return Optional.of(new DraftQuote(QuoteType.DIRECT, List.copyOf(q.pieces()),
                        Optional.of(found.get().cue()), Optional.of(found.get().speaker()),
                        DraftQuote.Pattern.CONTINUATION));
            }
        }
        return Optional.empty();
    }

    /**
     * A paragraph that is only a quotation, after a paragraph whose last sentence reports the words of someone by an
     * inverted cue ("The levy would hurt small farms, Cho said, although he gave no figures." then "“We cannot ask
     * people to pay more for less.”"): the same speaker goes on, with no cue of the quotation's own.
     */
    private Optional<DraftQuote> afterReportedParagraph(Article article, Quotation q, Sentence previous) {
        Document doc = article.document();
        Paragraph paragraph = doc.paragraph(doc.paragraphAt(q.open()));
        if (!q.isClosed() || q.open() != paragraph.start() || !onlyPunctuationAfter(doc, q.outerEnd(), paragraph)) {
            return Optional.empty();
        }
        for (int k = previous.firstToken(); k < previous.endToken(); k++) {
            if (doc.token(k).isQuotationMark()) {
                return Optional.empty(); // a quote paragraph before: continuation is the attacher's own rule
            }
        }
        return inverted.after(article, previous, previous.firstToken())
                .map(found -> new DraftQuote(QuoteType.DIRECT, List.copyOf(q.pieces()), Optional.of(found.cue()),
                        Optional.of(found.speaker()), DraftQuote.Pattern.CONTINUATION));
    }

    private static boolean onlyPunctuationAfter(Document doc, int from, Paragraph paragraph) {
        for (int k = doc.tokenAtOrAfter(from); k < doc.tokens().size() && doc.token(k).start() < paragraph.end(); k++) {
            if (doc.token(k).isWord()) {
                return false;
            }
        }
        return true;
    }
}
