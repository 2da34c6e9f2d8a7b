package org.quoteattribution.benchmark;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.quoteattribution.internal.Pipeline;
import org.quoteattribution.internal.models.NlpModels;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link AttributionBenchmark} and prints what the README quotes: MB/s and articles/s of the whole pipeline and
 * of OpenNLP's sentence and token pass, on one thread and on two, the pipeline's share of the tokenizing speed, what
 * a second thread gains, and per MB how many sentences and tokens go through each model. MB are 10^6 bytes of UTF-8
 * text.
 */
public final class SpeedReport {

    private SpeedReport() {
    }

    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(AttributionBenchmark.class.getName() + "\\.")
                .build()).run();
        Map<String, double[]> byName = new HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            Result<?> bytes = result.getSecondaryResults().get("bytes");
            byName.put(name, new double[] {result.getPrimaryResult().getScore(),
                    result.getPrimaryResult().getScoreError(), bytes.getScore() / 1e6, bytes.getScoreError() / 1e6});
        }
        System.out.printf(Locale.ROOT, "%nSpeed report, %s, %s: %d articles, %.2f MB, %d processors%n", LocalDate.now(),
                BenchmarkArticles.SOURCE, BenchmarkArticles.TEXTS.size(), BenchmarkArticles.totalBytes() / 1e6,
                Runtime.getRuntime().availableProcessors());
        for (String name : new String[] {"pipelineOneThread", "pipelineTwoThreads", "sentencesAndTokensOneThread",
                "sentencesAndTokensTwoThreads"}) {
            double[] r = byName.get(name);
            if (r != null) {
                System.out.printf(Locale.ROOT, "  %-30s %8.3f ± %.3f MB/s  %8.1f ± %.1f articles/s%n", name, r[2], r[3],
                        r[0], r[1]);
            }
        }
        ratio(byName, "pipeline / sentences+tokens, one thread", "pipelineOneThread", "sentencesAndTokensOneThread");
        ratio(byName, "pipeline / sentences+tokens, two threads", "pipelineTwoThreads", "sentencesAndTokensTwoThreads");
        ratio(byName, "pipeline, two threads / one", "pipelineTwoThreads", "pipelineOneThread");
        ratio(byName, "sentences+tokens, two threads / one", "sentencesAndTokensTwoThreads",
                "sentencesAndTokensOneThread");
        printModelWork();
    }

    /** Per MB of text, the sentences and tokens each model reads in one analysis. */
    private static void printModelWork() {
        Pipeline pipeline = new Pipeline(NlpModels.fromClasspath(), true);
        long[] sum = new long[7];
        for (String text : BenchmarkArticles.TEXTS) {
            Pipeline.ModelWork w = pipeline.modelWork(text);
            long[] counts = {w.sentences(), w.tokens(), w.posTaggedSentences(), w.posTaggedTokens(),
                w.lemmatizedTokens(), w.nameFinderSentences(), w.nameFinderTokens()};
            for (int i = 0; i < counts.length; i++) {
                sum[i] += counts[i];
            }
        }
        double mb = BenchmarkArticles.totalBytes() / 1e6;
        System.out.printf(Locale.ROOT, "%nModel work per MB (sentences / tokens):%n");
        System.out.printf(Locale.ROOT, "  %-34s %8.0f / %8.0f%n", "sentence detector and tokenizer", sum[0] / mb,
                sum[1] / mb);
        System.out.printf(Locale.ROOT, "  %-34s %8.0f / %8.0f (%.0f%% of tokens)%n", "part-of-speech tagger",
                sum[2] / mb, sum[3] / mb, 100.0 * sum[3] / sum[1]);
        System.out.printf(Locale.ROOT, "  %-34s %8s / %8.0f%n", "lemmatizer (a window per token)", "-", sum[4] / mb);
        System.out.printf(Locale.ROOT, "  %-34s %8.0f / %8.0f (%.0f%% of tokens)%n", "name finder", sum[5] / mb,
                sum[6] / mb, 100.0 * sum[6] / sum[1]);
    }

    private static void ratio(Map<String, double[]> byName, String label, String over, String under) {
        if (byName.containsKey(over) && byName.containsKey(under)) {
            System.out.printf(Locale.ROOT, "  %-42s %.2f%n", label, byName.get(over)[2] / byName.get(under)[2]);
        }
    }
}
