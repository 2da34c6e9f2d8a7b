package org.quoteattribution.internal.assembly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quoteattribution.internal.cues.Cue;
import org.quoteattribution.internal.marks.Quotation;
import org.quoteattribution.internal.marks.QuotedRegions;
import org.quoteattribution.internal.speakers.MentionFinder;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.SentenceTags;

/**
 * Assembles quotes: quotations attached to their cues (direct and mixed), then reported speech for the cues left
 * over (indirect), each candidate weighed by the {@link QuoteClassifier}. Immutable and thread-safe.
 */
public final class QuoteAssembler {

    /** A candidate that passed the classifier, with its score. */
    public record Scored(DraftQuote draft, double score) {
    }

    private final QuotationAttacher attacher;
    private final ReportedSpeechFinder reportedSpeech;
    private final QuoteClassifier classifier;

    public QuoteAssembler(MentionFinder mentions, QuoteClassifier classifier) {
        this.attacher = new QuotationAttacher(mentions);
        this.reportedSpeech = new ReportedSpeechFinder(mentions);
        this.classifier = classifier;
    }

    /** Every candidate quote, in text order, before the classifier weighs them. */
    public List<DraftQuote> candidates(Document doc, SentenceTags tags, List<Quotation> quotations, List<Cue> cues) {
        List<DraftQuote> drafts = new ArrayList<>(attacher.attach(doc, tags, quotations, cues));
        CueIndex cueIndex = new CueIndex(doc, cues);
        for (Cue cue : ReportedSpeechFinder.unused(cues, drafts)) {
            reportedSpeech.around(doc, tags, cue, cueIndex).ifPresent(drafts::add);
        }
        drafts.sort(Comparator.comparingInt(DraftQuote::start));
        return drafts;
    }

    /** The quotes the classifier accepts, in text order. */
    public List<Scored> assemble(Document doc, SentenceTags tags, List<Quotation> quotations, List<Cue> cues) {
        QuotedRegions quoted = new QuotedRegions(quotations);
        List<Scored> out = new ArrayList<>();
        for (DraftQuote draft : candidates(doc, tags, quotations, cues)) {
            double score = classifier.isTrained()
                    ? classifier.score(QuoteFeatures.of(doc, tags, quoted, draft))
                    : PatternConfidence.of(draft);
            if (classifier.accepts(score)) {
                out.add(new Scored(draft, score));
            }
        }
        return out;
    }
}
