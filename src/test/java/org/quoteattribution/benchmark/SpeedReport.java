package org.quoteattribution.benchmark;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
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

    /** One benchmark's scores with their error: articles a second and MB a second. */
    private record Score(double articles, double articlesError, double megabytes, double megabytesError) {
    }

    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(AttributionBenchmark.class.getName() + "\\.")
                .build()).run();
        Map<String, Score> byName = new HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            Result<?> bytes = result.getSecondaryResults().get("bytes");
            byName.put(name, new Score(result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError(),
                    bytes.getScore() / 1e6, bytes.getScoreError() / 1e6));
        }
        System.out.printf(Locale.ROOT, "%nSpeed report, %s, %s: %d articles, %.2f MB, %d processors%n", LocalDate.now(),
                BenchmarkArticles.SOURCE, BenchmarkArticles.TEXTS.size(), BenchmarkArticles.totalBytes() / 1e6,
                Runtime.getRuntime().availableProcessors());
        for (String name : new String[] {"pipelineOneThread", "pipelineTwoThreads", "sentencesAndTokensOneThread",
                "sentencesAndTokensTwoThreads"}) {
            Score r = byName.get(name);
            if (r != null) {
                System.out.printf(Locale.ROOT, "  %-30s %8.3f ± %.3f MB/s  %8.1f ± %.1f articles/s%n", name,
                        r.megabytes(), r.megabytesError(), r.articles(), r.articlesError());
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
        List<Pipeline.ModelWork> work = BenchmarkArticles.TEXTS.stream().map(pipeline::modelWork).toList();
        double mb = BenchmarkArticles.totalBytes() / 1e6;
        ToDoubleFunction<ToIntFunction<Pipeline.ModelWork>> perMb = count -> work.stream().mapToInt(count).sum() / mb;
        double tokens = perMb.applyAsDouble(Pipeline.ModelWork::tokens);
        System.out.printf(Locale.ROOT, "%nModel work per MB (sentences / tokens):%n");
        System.out.printf(Locale.ROOT, "  %-34s %8.0f / %8.0f%n", "sentence detector and tokenizer",
                perMb.applyAsDouble(Pipeline.ModelWork::sentences), tokens);
        double tagged = perMb.applyAsDouble(Pipeline.ModelWork::posTaggedTokens);
        System.out.printf(Locale.ROOT, "  %-34s %8.0f / %8.0f (%.0f%% of tokens)%n", "part-of-speech tagger",
                perMb.applyAsDouble(Pipeline.ModelWork::posTaggedSentences), tagged, 100 * tagged / tokens);
        System.out.printf(Locale.ROOT, "  %-34s %8s / %8.0f%n", "lemmatizer (a window per token)", "-",
                perMb.applyAsDouble(Pipeline.ModelWork::lemmatizedTokens));
        double named = perMb.applyAsDouble(Pipeline.ModelWork::nameFinderTokens);
        System.out.printf(Locale.ROOT, "  %-34s %8.0f / %8.0f (%.0f%% of tokens)%n", "name finder",
                perMb.applyAsDouble(Pipeline.ModelWork::nameFinderSentences), named, 100 * named / tokens);
    }

    private static void ratio(Map<String, Score> byName, String label, String over, String under) {
        if (byName.containsKey(over) && byName.containsKey(under)) {
            System.out.printf(Locale.ROOT, "  %-42s %.2f%n", label,
                    byName.get(over).megabytes() / byName.get(under).megabytes());
        }
    }
}
