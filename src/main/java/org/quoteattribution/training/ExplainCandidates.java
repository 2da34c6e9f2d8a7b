package org.quoteattribution.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import org.quoteattribution.internal.Pipeline;
import org.quoteattribution.internal.assembly.DraftQuote;
import org.quoteattribution.internal.assembly.QuoteAssembler;
import org.quoteattribution.internal.assembly.QuoteClassifier;
import org.quoteattribution.internal.assembly.QuoteFeatures;
import org.quoteattribution.internal.marks.QuotedRegions;
import org.quoteattribution.internal.models.NlpModels;
import org.quoteattribution.internal.speakers.MentionFinder;

/**
 * For error analysis: prints every candidate quote of an article with its pattern, cue, speaker mention and the
 * classifier's score. Usage: {@code java -cp CLI_JAR org.quoteattribution.training.ExplainCandidates FILE [FROM TO]}
 * (FROM and TO limit the output to candidates starting in that character range). With the system property
 * {@code why} set ({@code -Dwhy}), each candidate's features follow, each with how much the score drops without it.
 */
public final class ExplainCandidates {

    private ExplainCandidates() {
    }

    public static void main(String[] args) throws IOException {
        String text = Files.readString(Path.of(args[0]));
        int from = args.length > 2 ? Integer.parseInt(args[1]) : 0;
        int to = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        NlpModels models = NlpModels.fromClasspath();
        Pipeline pipeline = new Pipeline(models, true);
        QuoteClassifier classifier = QuoteClassifier.load(models.location());
        QuoteAssembler assembler = new QuoteAssembler(new MentionFinder(), QuoteClassifier.keepAll());
        Pipeline.Prepared p = pipeline.prepare(text);
        QuotedRegions quoted = new QuotedRegions(p.quotations());
        for (DraftQuote d : assembler.candidates(p.doc(), p.tags(), p.quotations(), p.cues())) {
            if (d.start() < from || d.start() > to) {
                continue;
            }
            String[] features = QuoteFeatures.of(p.doc(), p.tags(), p.entities(), quoted, d);
            double score = classifier.score(features);
            String cue = d.cue().map(c -> p.doc().token(c.firstToken()).text()).orElse("-");
            String mention = d.mention().map(m -> text.substring(p.doc().token(m.firstToken()).start(),
                    p.doc().token(m.endToken() - 1).end())).orElse("-");
            String content = text.substring(d.start(), d.end()).replace('\n', '/');
            System.out.printf("%.2f %s %s cue=%s speaker=%s [%d,%d] %s%n", score, d.type(), d.how(), cue, mention,
                    d.start(), d.end(), content.length() > 160 ? content.substring(0, 160) + "..." : content);
            if (System.getProperty("why") != null) {
                printEffects(classifier, features, score);
            }
        }
    }

    /** Each feature with the score lost when it is left out, largest effect first. */
    private static void printEffects(QuoteClassifier classifier, String[] features, double score) {
        double[] effects = new double[features.length];
        Integer[] order = new Integer[features.length];
        for (int i = 0; i < features.length; i++) {
            String[] without = new String[features.length - 1];
            System.arraycopy(features, 0, without, 0, i);
            System.arraycopy(features, i + 1, without, i, features.length - i - 1);
            effects[i] = score - classifier.score(without);
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> -Math.abs(effects[i])));
        for (int i : order) {
            System.out.printf("      %+.3f %s%n", effects[i], features[i]);
        }
    }
}
