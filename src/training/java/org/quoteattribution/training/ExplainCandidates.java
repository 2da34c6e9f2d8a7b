package org.quoteattribution.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.quoteattribution.internal.TrainingView;

/**
 * For error analysis: prints every candidate quote of an article with its pattern, cue, speaker mention and the
 * classifier's score. Usage: {@code java -cp target/quote-attribution-VERSION-training.jar org.quoteattribution.training.ExplainCandidates FILE [FROM TO]}
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
        TrainingView library = TrainingView.withAllModels();
        for (TrainingView.Candidate d : library.candidates(text)) {
            if (d.start() < from || d.start() > to) {
                continue;
            }
            double score = library.score(d.features());
            String cue = d.cue().map(c -> c.of(text)).orElse("-");
            String mention = d.speaker().map(m -> m.of(text)).orElse("-");
            String content = text.substring(d.start(), d.end()).replace('\n', '/');
            System.out.printf("%.2f %s %s cue=%s speaker=%s [%d,%d] %s%n", score, d.type(), d.pattern(), cue, mention,
                    d.start(), d.end(), content.length() > 160 ? content.substring(0, 160) + "..." : content);
            if (System.getProperty("why") != null) {
                printEffects(library, d.features(), score);
            }
        }
    }

    /** Each feature with the score lost when it is left out, largest effect first. */
    private static void printEffects(TrainingView library, List<String> features, double score) {
        double[] effects = new double[features.size()];
        Integer[] order = new Integer[features.size()];
        for (int i = 0; i < features.size(); i++) {
            List<String> without = new java.util.ArrayList<>(features);
            without.remove(i);
            effects[i] = score - library.score(without);
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> -Math.abs(effects[i])));
        for (int i : order) {
            System.out.printf("      %+.3f %s%n", effects[i], features.get(i));
        }
    }
}
