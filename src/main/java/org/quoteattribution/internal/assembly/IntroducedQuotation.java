package org.quoteattribution.internal.assembly;

import java.util.Optional;
import org.quoteattribution.QuoteType;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.cues.Cue;
import org.quoteattribution.internal.cues.CueFrame;
import org.quoteattribution.internal.marks.Quotation;
import org.quoteattribution.internal.mentions.Mention;
import org.quoteattribution.internal.mentions.MentionFinder;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Paragraph;
import org.quoteattribution.internal.text.Sentence;

/** A quotation that makes up a paragraph introduced by the paragraph before it ("Cruz continued:"). */
final class IntroducedQuotation {

    private final MentionFinder mentions;

    IntroducedQuotation(MentionFinder mentions) {
        this.mentions = mentions;
    }

    /**
     * A quote-only paragraph after a paragraph that ends with a colon ("Cruz continued:"), attributed to the subject
     * of that paragraph's last cue.
     */
    Optional<DraftQuote> of(Article article, Quotation q) {
        Document doc = article.document();
        int paragraphIndex = doc.paragraphAt(q.open());
        if (paragraphIndex <= 0 || q.open() != doc.paragraph(paragraphIndex).start()) {
            return Optional.empty();
        }
        Paragraph before = doc.paragraph(paragraphIndex - 1);
        if (before.isEmpty() || !doc.text().startsWith(":", before.end() - 1)) {
            return Optional.empty();
        }
        Sentence last = doc.sentence(before.endSentence() - 1);
        Optional<Cue> cue = article.cueIndex().lastVerbBetween(last.firstToken(), last.endToken());
        Optional<Mention> mention = cue.flatMap(c -> c.frame() == CueFrame.SOURCE_AFTER
                ? mentions.phraseAfter(article, c.endToken() - 1)
                : mentions.subjectOfCue(article, c.firstToken()));
        if (mention.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DraftQuote(QuoteType.DIRECT, q.pieces(), cue, mention, DraftQuote.Pattern.INTRODUCED));
    }
}
