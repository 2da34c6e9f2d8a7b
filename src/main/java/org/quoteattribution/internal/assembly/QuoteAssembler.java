package org.quoteattribution.internal.assembly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.quoteattribution.QuoteType;
import org.quoteattribution.Span;
import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.cues.Cue;
import org.quoteattribution.internal.marks.QuotedRegions;
import org.quoteattribution.internal.mentions.MentionFinder;

/**
 * Assembles quotes: quotations attached to their cues (direct and mixed), then reported speech for the cues left
 * over (indirect), each candidate weighed by the {@link QuoteClassifier}. Immutable and thread-safe.
 */
public final class QuoteAssembler {

    /** A candidate that passed the classifier, with its score. */
    public record Scored(DraftQuote draft, double score) {
    }

    /** Contents that share this much of the longer one are one report (chosen on PolNeAR train articles). */
    private static final double DUPLICATE = 0.5;

    private final QuotationAttacher attacher;
    private final ReportedSpeechFinder reportedSpeech;
    private final QuoteClassifier classifier;

    public QuoteAssembler(MentionFinder mentions, QuoteClassifier classifier) {
        InvertedAttribution inverted = new InvertedAttribution(mentions);
        this.attacher = new QuotationAttacher(mentions, inverted);
        this.reportedSpeech = new ReportedSpeechFinder(mentions, inverted);
        this.classifier = classifier;
    }

    /** Every candidate quote, in text order, before the classifier weighs them. */
    public List<DraftQuote> candidates(Article article) {
        List<DraftQuote> drafts = new ArrayList<>(attacher.attach(article));
        for (Cue cue : ReportedSpeechFinder.unused(article.cues(), drafts)) {
            article.document().deadline().check();
            drafts.addAll(reportedSpeech.around(article, cue));
        }
        QuotedRegions quoted = article.quoted();
        List<DraftQuote> typed = new ArrayList<>(drafts.size());
        for (DraftQuote d : drafts) {
            // a reported clause that carries quoted words is a mixed quote, wherever it was found
            typed.add(d.type() == QuoteType.INDIRECT && quoted.overlaps(d.spans()) ? d.withType(QuoteType.MIXED) : d);
        }
        typed.sort(Comparator.comparingInt(DraftQuote::start));
        return typed;
    }

    /**
     * The quotes the classifier accepts, in text order. Where one cue gives several alternatives (a clause or just
     * an object), only the best-scored one is kept. Of quotes that claim the same words, the best-scored one stays;
     * but with {@code speechOnly}, a quote of speech or writing is not dropped for a better-scored belief that claims
     * the same words ("added she doesn't think shoppers would object"): the pipeline
     * drops the belief once speakers are resolved, and the report stays. Both take part in resolving speakers,
     * so that a description in the belief's subject still gives its role.
     */
    public List<Scored> assemble(Article article, boolean speechOnly) {
        List<Scored> out = new ArrayList<>();
        for (DraftQuote draft : candidates(article)) {
            article.document().deadline().check();
            double score = classifier.isTrained()
                    ? classifier.score(QuoteFeatures.of(article, draft))
                    : PatternConfidence.of(draft);
            if (!classifier.accepts(draft.type(), score)) {
                continue;
            }
            int same = indexOfSameCue(out, draft);
            if (same < 0) {
                out.add(new Scored(draft, score));
            } else if (score > out.get(same).score()) {
                out.set(same, new Scored(draft, score));
            }
        }
        out.sort(Comparator.comparingInt(s -> s.draft().start()));
        return withoutDuplicates(article, out, speechOnly);
    }

    /**
     * Two cues that claim nearly the same words ("Secret Service protocol called for X, sources said") report one
     * thing once: of quotes whose contents mostly coincide, the better-scored one stays.
     */
    private static List<Scored> withoutDuplicates(Article article, List<Scored> quotes, boolean speechOnly) {
        boolean[] dropped = new boolean[quotes.size()];
        for (int i = 0; i < quotes.size(); i++) {
            for (int j = i + 1; j < quotes.size() && quotes.get(j).draft().start() < quotes.get(i).draft().end(); j++) {
                if (!dropped[i] && !dropped[j] && overlap(quotes.get(i).draft(), quotes.get(j).draft()) >= DUPLICATE) {
                    int worse = quotes.get(i).score() >= quotes.get(j).score() ? j : i;
                    int better = worse == i ? j : i;
                    if (!(speechOnly && SpeechOnly.isSaidOrWritten(article, quotes.get(worse).draft())
                            && !SpeechOnly.isSaidOrWritten(article, quotes.get(better).draft()))) {
                        dropped[worse] = true;
                    }
                }
            }
        }
        List<Scored> kept = new ArrayList<>(quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            if (!dropped[i]) {
                kept.add(quotes.get(i));
            }
        }
        return kept;
    }

    /** Shared characters over the longer content's length. */
    private static double overlap(DraftQuote a, DraftQuote b) {
        int shared = 0;
        for (Span x : a.spans()) {
            for (Span y : b.spans()) {
                shared += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
            }
        }
        return shared / (double) Math.max(length(a), length(b));
    }

    private static int length(DraftQuote d) {
        int n = 0;
        for (Span s : d.spans()) {
            n += s.length();
        }
        return Math.max(1, n);
    }

    /** An earlier alternative from the same cue; a quote that only follows the cue's report is none. */
    private static int indexOfSameCue(List<Scored> accepted, DraftQuote draft) {
        if (!draft.ownsCue()) {
            return -1;
        }
        int token = draft.cue().get().firstToken();
        for (int i = accepted.size() - 1; i >= 0 && i >= accepted.size() - 8; i--) {
            DraftQuote other = accepted.get(i).draft();
            if (other.ownsCue() && other.cue().get().firstToken() == token) {
                return i;
            }
        }
        return -1;
    }
}
