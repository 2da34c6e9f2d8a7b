package org.quoteattribution.benchmark;

import java.util.concurrent.TimeUnit;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.quoteattribution.QuoteAttributor;
import org.quoteattribution.internal.models.NlpModels;

/**
 * Throughput of the whole analysis against OpenNLP's sentence and token pass over the same articles, on one thread and
 * on two, in one run: the PolNeAR dev articles when {@code ../shared} is there, the bundled articles otherwise (see
 * {@link BenchmarkArticles}). Each call analyses one article, the articles taken in turn by each thread; the
 * {@link Bytes} counters give the UTF-8 bytes analysed, so that the MB/s figures do not depend on which articles an
 * iteration happened to reach. Run it with {@code mvn -B -q test-compile exec:exec@benchmark}: {@link SpeedReport}
 * runs it and prints MB/s, articles/s and the ratios. Not part of {@code mvn verify}: timings belong in benchmarks.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class AttributionBenchmark {

    /** Shared by all threads: the attributor is built once and is thread-safe, the models are immutable. */
    @State(Scope.Benchmark)
    public static class Shared {
        QuoteAttributor attributor;
        NlpModels models;

        @Setup(Level.Trial)
        public void load() {
            attributor = QuoteAttributor.create();
            models = NlpModels.fromClasspath();
        }
    }

    /** Each thread's own place in the articles, and its own OpenNLP components (they are not thread-safe). */
    @State(Scope.Thread)
    public static class Reader {
        int next;
        SentenceDetectorME sentences;
        TokenizerME tokens;

        @Setup(Level.Trial)
        public void create(Shared shared) {
            sentences = new SentenceDetectorME(shared.models.sentenceModel());
            tokens = new TokenizerME(shared.models.tokenizerModel());
        }

        int take() {
            int i = next;
            next = (next + 1) % BenchmarkArticles.TEXTS.size();
            return i;
        }
    }

    /** UTF-8 bytes analysed, reported by JMH as a rate beside the articles a second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Benchmark
    @Threads(1)
    public void pipelineOneThread(Shared shared, Reader reader, Bytes bytes, Blackhole sink) {
        attribute(shared, reader, bytes, sink);
    }

    @Benchmark
    @Threads(2)
    public void pipelineTwoThreads(Shared shared, Reader reader, Bytes bytes, Blackhole sink) {
        attribute(shared, reader, bytes, sink);
    }

    @Benchmark
    @Threads(1)
    public void sentencesAndTokensOneThread(Reader reader, Bytes bytes, Blackhole sink) {
        tokenize(reader, bytes, sink);
    }

    @Benchmark
    @Threads(2)
    public void sentencesAndTokensTwoThreads(Reader reader, Bytes bytes, Blackhole sink) {
        tokenize(reader, bytes, sink);
    }

    private static void attribute(Shared shared, Reader reader, Bytes bytes, Blackhole sink) {
        int i = reader.take();
        sink.consume(shared.attributor.attribute(BenchmarkArticles.TEXTS.get(i)));
        bytes.bytes += BenchmarkArticles.BYTES[i];
    }

    /** What any analysis of the text must do first: each paragraph split into sentences, each sentence into tokens. */
    private static void tokenize(Reader reader, Bytes bytes, Blackhole sink) {
        int i = reader.take();
        for (String paragraph : BenchmarkArticles.PARAGRAPHS.get(i)) {
            for (Span sentence : reader.sentences.sentPosDetect(paragraph)) {
                sink.consume(reader.tokens.tokenizePos(sentence.getCoveredText(paragraph).toString()));
            }
        }
        bytes.bytes += BenchmarkArticles.BYTES[i];
    }
}
