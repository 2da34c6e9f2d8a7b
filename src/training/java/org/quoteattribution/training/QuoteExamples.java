package org.quoteattribution.training;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.quoteattribution.QuoteType;
import org.quoteattribution.internal.TrainingView;

/**
 * Labelled candidate quotes of a set of articles, with what is needed to measure a model the way the shared scorer
 * does: which cue each candidate came from (alternatives share one), whether it is a quoted candidate (direct or
 * mixed), and how many annotated attributions there are, in all and with quotation marks.
 */
final class QuoteExamples {

    /** The scorer's quotation marks: an attribution whose content holds one is in its DIRECT subset. */
    private static final String SCORER_MARKS = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb";

    private final List<Event> events = new ArrayList<>();
    private final List<Integer> cueOf = new ArrayList<>();
    private final List<Boolean> quoted = new ArrayList<>();
    private final List<Boolean> rightForDirect = new ArrayList<>();
    private final List<Boolean> saidOrWritten = new ArrayList<>();
    private final List<Boolean> rightForSpeech = new ArrayList<>();
    private int goldCount;
    private int goldDirectCount;
    private int goldSpeechCount;
    private int nextCue;

    static QuoteExamples of(TrainingView library, List<PolnearCorpus.Article> articles) {
        QuoteExamples examples = new QuoteExamples();
        for (PolnearCorpus.Article article : articles) {
            examples.add(library, article);
        }
        return examples;
    }

    private void add(TrainingView library, PolnearCorpus.Article article) {
        TokenOverlap overlap = new TokenOverlap(article.text());
        List<BitSet> goldContent = new ArrayList<>();
        List<BitSet> goldCue = new ArrayList<>();
        List<BitSet> goldSource = new ArrayList<>();
        List<Boolean> goldDirect = new ArrayList<>();
        List<Boolean> goldSpeech = new ArrayList<>();
        for (GoldAttribution g : article.attributions()) {
            goldContent.add(overlap.tokens(g.content()));
            goldCue.add(overlap.tokens(g.cue()));
            goldSource.add(overlap.tokens(g.source()));
            boolean direct = g.content().stream()
                    .anyMatch(s -> article.text().substring(s.start(), s.end()).chars().anyMatch(c -> SCORER_MARKS.indexOf(c) >= 0));
            goldDirect.add(direct);
            goldDirectCount += direct ? 1 : 0;
            // speech: what is a quote when beliefs are left out, words in marks whatever the cue
            boolean speech = direct || g.cue().stream()
                    .anyMatch(s -> library.isSpeechCue(article.text().substring(s.start(), s.end())));
            goldSpeech.add(speech);
            goldSpeechCount += speech ? 1 : 0;
        }
        goldCount += goldContent.size();
        Map<Integer, Integer> ids = new HashMap<>();
        for (TrainingView.Candidate d : library.candidates(article.text())) {
            BitSet content = overlap.tokens(d.spans());
            BitSet cue = d.cue().map(c -> overlap.tokens(List.of(c))).orElse(new BitSet());
            BitSet speaker = d.speaker().map(m -> overlap.tokens(List.of(m))).orElse(new BitSet());
            int match = -1;
            for (int i = 0; i < goldContent.size() && match < 0; i++) {
                // the scorer's view: the content matches, and the quote is the annotated one (same cue) or is
                // attributed to the annotated source
                if (TokenOverlap.f1(goldContent.get(i), content) >= 0.5
                        && (cue.isEmpty() || goldCue.get(i).intersects(cue) || goldSource.get(i).intersects(speaker))) {
                    match = i;
                }
            }
            events.add(new Event(match >= 0 ? TrainingView.QUOTE : TrainingView.NOT_QUOTE,
                    d.features().toArray(new String[0])));
            int key = d.cue().map(c -> c.start()).orElse(-1 - events.size());
            cueOf.add(ids.computeIfAbsent(key, k -> nextCue++));
            quoted.add(d.type() != QuoteType.INDIRECT);
            rightForDirect.add(match >= 0 && goldDirect.get(match));
            saidOrWritten.add(d.saidOrWritten());
            rightForSpeech.add(match >= 0 && goldSpeech.get(match));
        }
        nextCue += ids.size();
    }

    List<Event> events() {
        return events;
    }

    int goldCount() {
        return goldCount;
    }

    QuoteExamples plus(QuoteExamples other) {
        QuoteExamples sum = new QuoteExamples();
        sum.events.addAll(events);
        sum.events.addAll(other.events);
        sum.cueOf.addAll(cueOf);
        other.cueOf.forEach(c -> sum.cueOf.add(c + nextCue));
        sum.quoted.addAll(quoted);
        sum.quoted.addAll(other.quoted);
        sum.rightForDirect.addAll(rightForDirect);
        sum.rightForDirect.addAll(other.rightForDirect);
        sum.saidOrWritten.addAll(saidOrWritten);
        sum.saidOrWritten.addAll(other.saidOrWritten);
        sum.rightForSpeech.addAll(rightForSpeech);
        sum.rightForSpeech.addAll(other.rightForSpeech);
        sum.goldSpeechCount = goldSpeechCount + other.goldSpeechCount;
        sum.goldCount = goldCount + other.goldCount;
        sum.goldDirectCount = goldDirectCount + other.goldDirectCount;
        sum.nextCue = nextCue + other.nextCue;
        return sum;
    }

    /** Precision, recall and F1 of the kept candidates against the attributions, as the scorer counts them. */
    record Figures(String subset, double quotedThreshold, double reportedThreshold, int kept, int right, int gold) {
        double precision() {
            return kept == 0 ? 0 : right / (double) kept;
        }

        double recall() {
            return gold == 0 ? 0 : right / (double) gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Figures plus(Figures other) {
            return new Figures(subset, quotedThreshold, reportedThreshold, kept + other.kept, right + other.right,
                    gold + other.gold);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s thresholds %.2f/%.2f: kept %d, right %d of %d: P %.3f R %.3f F1 %.3f",
                    subset, quotedThreshold, reportedThreshold, kept, right, gold, precision(), recall(), f1());
        }
    }

    /**
     * The figures for attributions of speech and writing alone, as analysis gives them when beliefs are left out:
     * the best-scored candidate of each cue above its threshold, then kept only if it is said or written and, when
     * reported, scored at least {@code reportedSpeechThreshold}.
     */
    Figures measureSpeech(MaxentModel model, double quotedThreshold, double reportedThreshold,
            double reportedSpeechThreshold) {
        Map<Integer, double[]> best = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            double p = model.eval(events.get(i).getContext())[model.getIndex(TrainingView.QUOTE)];
            if (p < (quoted.get(i) ? quotedThreshold : reportedThreshold)) {
                continue;
            }
            boolean kept = saidOrWritten.get(i) && (quoted.get(i) || p >= reportedSpeechThreshold);
            double[] value = {p, kept ? 1 : 0, rightForSpeech.get(i) ? 1 : 0};
            best.merge(cueOf.get(i), value, (a, b) -> a[0] >= b[0] ? a : b);
        }
        int kept = 0;
        int right = 0;
        for (double[] v : best.values()) {
            kept += (int) v[1];
            right += v[1] > 0 ? (int) v[2] : 0;
        }
        return new Figures("SPEECH", quotedThreshold, reportedSpeechThreshold, kept, right, goldSpeechCount);
    }

    /**
     * The figures for all attributions and for those with quotation marks, keeping per cue the best-scored
     * candidate above its threshold, as analysis does.
     */
    Figures[] measure(MaxentModel model, double quotedThreshold, double reportedThreshold) {
        Map<Integer, double[]> best = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            double p = model.eval(e.getContext())[model.getIndex(TrainingView.QUOTE)];
            if (p < (quoted.get(i) ? quotedThreshold : reportedThreshold)) {
                continue;
            }
            double[] value = {p, e.getOutcome().equals(TrainingView.QUOTE) ? 1 : 0, quoted.get(i) ? 1 : 0,
                rightForDirect.get(i) ? 1 : 0};
            best.merge(cueOf.get(i), value, (a, b) -> a[0] >= b[0] ? a : b);
        }
        int right = 0;
        int keptQuoted = 0;
        int rightQuoted = 0;
        for (double[] v : best.values()) {
            right += (int) v[1];
            keptQuoted += (int) v[2];
            rightQuoted += v[2] > 0 ? (int) v[3] : 0;
        }
        return new Figures[] {
            new Figures("ALL", quotedThreshold, reportedThreshold, best.size(), right, goldCount),
            new Figures("DIRECT", quotedThreshold, reportedThreshold, keptQuoted, rightQuoted, goldDirectCount)};
    }
}
