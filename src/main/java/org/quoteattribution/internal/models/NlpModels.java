package org.quoteattribution.internal.models;

import com.google.common.base.Suppliers;
import com.google.common.util.concurrent.Uninterruptibles;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;
import org.jspecify.annotations.Nullable;
import org.quoteattribution.ModelLoadingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statistical models the pipeline uses, loaded once. OpenNLP model objects are immutable after loading and
 * safe to share between threads (their maps and arrays are filled in the constructor and only read afterwards); the
 * {@code *ME} classes built from them keep per-sentence state and are not, so each analysis makes its own. Every
 * failure to load a model is a {@link ModelLoadingException} naming the model and the places it was looked for.
 */
public final class NlpModels {

    private static final Logger LOG = LoggerFactory.getLogger(NlpModels.class);

    public static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    public static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    public static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    public static final String LEMMAS = "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    /** This project's person / organization / location / misc name finder, trained by {@code TrainNameFinder}. */
    public static final String NAME_FINDER = "en-ner-quote-attribution.bin";
    /** Where the models this project trains sit on the class path (copied there from {@code models/}). */
    public static final String PROJECT_MODELS = "org/quoteattribution/models/";
    /** Where an OpenNLP model keeps its manifest, and the manifest's beam width. */
    private static final String MANIFEST = "manifest.properties";
    private static final String BEAM_SIZE = "BeamSize";
    /** Where a POS model keeps its maximum-entropy part. */
    private static final String POS_ENTRY = "pos.model";

    private final Future<SentenceModel> sentenceModel;
    private final Future<TokenizerModel> tokenizerModel;
    private final Future<POSModel> posModel;
    private final Future<Optional<CompactMaxentModel>> posMaxent;
    private final Supplier<LemmatizerModel> lemmatizerModel;
    /** A lemmatizer from the caller's folder, read at start-up all the same so that a corrupt one fails there. */
    private final Future<?> folderLemmatizer;
    private final Future<TokenNameFinderModel> nameFinderModel;
    private final ModelLocation location;

    /**
     * Reading the models is much of start-up, and each is read on its own, so they are read side by side on
     * {@link StartUpThreads} while the caller goes on building what needs no model (the lexicons); asking for a model waits
     * for it. The helpers are daemons and end when the last model is read. Call {@link #awaitAll()} to have every
     * loading failure at start-up.
     */
    private NlpModels(ModelLocation location) {
        this.location = location;
        this.lemmatizerModel = lemmatizerOnFirstUse(location);
        ExecutorService helpers = StartUpThreads.pool();
        try {
            // largest first, so that the two helpers end close together
            this.posModel = helpers.submit(() -> location.load(POS, POSModel::new));
            this.nameFinderModel = helpers.submit(() -> greedy(location.load(NAME_FINDER, CompactModels::nameFinder)));
            this.tokenizerModel = helpers.submit(() -> location.load(TOKENS, TokenizerModel::new));
            this.sentenceModel = helpers.submit(() -> location.load(SENTENCE, CompactModels::sentences));
            this.posMaxent = helpers.submit(() -> CompactMaxentModel.of(join(posModel, POS).getArtifact(POS_ENTRY)));
            this.folderLemmatizer = location.inFolder(LEMMAS)
                    ? helpers.submit(lemmatizerModel::get)
                    : CompletableFuture.completedFuture(null);
        } finally {
            helpers.shutdown();
        }
    }

    /**
     * Waits until every model read at start-up is read.
     *
     * @throws ModelLoadingException naming the first model that could not be read
     */
    public NlpModels awaitAll() {
        join(posModel, POS);
        join(nameFinderModel, NAME_FINDER);
        join(tokenizerModel, TOKENS);
        join(sentenceModel, SENTENCE);
        join(posMaxent, POS);
        join(folderLemmatizer, LEMMAS);
        return this;
    }

    /**
     * The lemmatizer reads about one word in two thousand yet is a third of the loading, so the shipped one, built and
     * tested with the project, is read when first asked for. That it is there is checked now, so that a missing model
     * still fails at start-up.
     */
    private static Supplier<LemmatizerModel> lemmatizerOnFirstUse(ModelLocation location) {
        if (!location.exists(LEMMAS)) {
            throw new ModelLoadingException(LEMMAS, "model " + LEMMAS + " not found in " + location.describe(LEMMAS),
                    null);
        }
        return Suppliers.memoize(() -> location.load(LEMMAS, CompactModels::lemmatizer));
    }

    /**
     * Unlike {@link StartUpThreads#join}, which passes failures on as they are, this names the model in any failure
     * that does not already name it (an {@code OutOfMemoryError} while the POS model is copied, say).
     */
    private static <M> M join(Future<M> model, String name) {
        try {
            return Uninterruptibles.getUninterruptibly(model);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ModelLoadingException failure) {
                throw failure;
            }
            throw new ModelLoadingException(name, "model " + name + " could not be read: " + e.getCause(), e.getCause());
        }
    }

    /** Loads the models from the class path: the OpenNLP model artifacts and this project's own. */
    public static NlpModels fromClasspath() {
        return new NlpModels(ModelLocation.classpath());
    }

    /**
     * Loads the models from a folder, falling back to the class path for any model the folder does not hold, so
     * that a caller can replace one model without copying the others.
     *
     * @throws ModelLoadingException if the folder does not exist, or a model in it cannot be read
     */
    public static NlpModels fromDirectory(Path directory) {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            // a folder given by name is meant to be used: falling back to the class path would hide a typo
            throw new ModelLoadingException(SENTENCE, "model " + SENTENCE + " cannot be looked for in "
                    + directory.toAbsolutePath() + ": no such folder", null);
        }
        return new NlpModels(ModelLocation.directory(directory));
    }

    public SentenceModel sentenceModel() {
        return join(sentenceModel, SENTENCE);
    }

    public TokenizerModel tokenizerModel() {
        return join(tokenizerModel, TOKENS);
    }

    public POSModel posModel() {
        return join(posModel, POS);
    }

    /**
     * The POS model's maximum-entropy part as a {@link CompactMaxentModel} (same answers, faster), or {@code null}
     * when the model is of another kind. {@code POSModel} is a final class, so the copy cannot replace the part
     * inside it as it does for the other models (see {@link CompactModels}).
     */
    public @Nullable MaxentModel posMaxent() {
        return join(posMaxent, POS).orElse(null);
    }

    /**
     * The lemmatizer model, read on the first call.
     *
     * @throws ModelLoadingException if it cannot be read
     */
    public LemmatizerModel lemmatizerModel() {
        return lemmatizerModel.get();
    }

    /** The lemmatizer model as it is asked for: read on the first {@code get()}, then shared. */
    public Supplier<LemmatizerModel> lemmatizer() {
        return lemmatizerModel;
    }

    /** Shared by all threads; tag with a {@code NameFinderME} per thread (see {@code EntityTagger}). */
    public TokenNameFinderModel nameFinderModel() {
        return join(nameFinderModel, NAME_FINDER);
    }

    /**
     * The name finder decoded greedily: OpenNLP reads the beam width from the model's manifest each time a
     * {@code NameFinderME} is made, three by default. One is a third of the work; on PolNeAR dev it changed no figure
     * of the scorer and the seed, and GGT dev's quote F1 by 0.05 points (see the CHANGELOG). Set once here, before
     * the model is shared, on this instance's own manifest.
     */
    private static TokenNameFinderModel greedy(TokenNameFinderModel model) {
        Properties manifest = model.getArtifact(MANIFEST);
        if (manifest != null) {
            manifest.setProperty(BEAM_SIZE, "1");
        }
        return model;
    }

    public ModelLocation location() {
        return location;
    }

    /** Reads one model; {@code Reader} is the model class's stream constructor. */
    @FunctionalInterface
    public interface Reader<M> {
        M read(InputStream in) throws IOException;
    }

    /** Where models are looked for: a folder first (when given), then the class path. */
    public static final class ModelLocation {
        private final Path directory;

        private ModelLocation(Path directory) {
            this.directory = directory;
        }

        /** The class path only: this project's jar and the OpenNLP model artifacts. */
        public static ModelLocation classpath() {
            return new ModelLocation(null);
        }

        /** A folder first, then the class path. */
        public static ModelLocation directory(Path directory) {
            return new ModelLocation(directory);
        }

        /** Loads a model that must exist. */
        public <M> M load(String name, Reader<M> reader) {
            return loadOptional(name, reader).orElseThrow(() -> new ModelLoadingException(name,
                    "model " + name + " not found in " + describe(name), null));
        }

        /** Loads a model if it exists anywhere it is looked for; a model that exists but cannot be read fails. */
        public <M> Optional<M> loadOptional(String name, Reader<M> reader) {
            long began = System.nanoTime();
            try (InputStream in = open(name)) {
                if (in == null) {
                    return Optional.empty();
                }
                M model = reader.read(new BufferedInputStream(in));
                LOG.debug("loaded model {} in {} ms", name, (System.nanoTime() - began) / 1_000_000);
                return Optional.of(model);
            } catch (OutOfMemoryError e) {
                throw doesNotFit(name, e);
            } catch (IOException | RuntimeException e) {
                if (hasCause(e, OutOfMemoryError.class)) {
                    throw doesNotFit(name, e); // a reader that wraps what went wrong
                }
                throw new ModelLoadingException(name, "model " + name + " from " + describe(name)
                        + " could not be read: " + e.getMessage(), e);
            } catch (LinkageError e) {
                // a model class whose set-up failed in another start-up thread, as it does when the heap runs out
                // there ("Could not initialize class ...GISModel"): the JVM says no more than that
                throw new ModelLoadingException(name, "model " + name + " could not be read: " + e.getMessage()
                        + " (a class it needs could not be set up, as when the heap is too small: " + heap() + ")", e);
            }
        }

        /** What was read of the model is garbage by now, so there is room to say which model did not fit. */
        private static ModelLoadingException doesNotFit(String name, Throwable e) {
            return new ModelLoadingException(name, "model " + name + " does not fit in the heap: " + heap(), e);
        }

        private static String heap() {
            return "the maximum heap is " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB (raise it with -Xmx)";
        }

        private static boolean hasCause(Throwable e, Class<? extends Throwable> kind) {
            for (Throwable c = e.getCause(); c != null && c != e; c = c.getCause()) {
                if (kind.isInstance(c)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the caller's folder holds a model of this name. */
        boolean inFolder(String name) {
            return directory != null && Files.isRegularFile(directory.resolve(name));
        }

        /** Whether a model of this name is anywhere it is looked for. */
        boolean exists(String name) {
            try (InputStream in = open(name)) {
                return in != null;
            } catch (IOException e) {
                return false;
            }
        }

        private InputStream open(String name) throws IOException {
            if (inFolder(name)) {
                return Files.newInputStream(directory.resolve(name));
            }
            // the build's compact copy of a shipped model reads several times faster (see CompactModelFiles)
            InputStream compact = NlpModels.class.getResourceAsStream("/" + CompactModelFiles.FOLDER + name);
            return compact != null ? compact : openOriginal(name);
        }

        /** A shipped model's original file on the class path, or null. */
        static @Nullable InputStream openOriginal(String name) {
            // The OpenNLP model artifacts keep their files at the top level, which no module encapsulates; this
            // project's own models sit in one of its packages, which only its own classes may read.
            InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(name);
            return in != null ? in : NlpModels.class.getResourceAsStream("/" + PROJECT_MODELS + name);
        }

        String describe(String name) {
            String classpath = "the class path (/" + name + " or /" + PROJECT_MODELS + name + ")";
            return directory == null ? classpath : directory.toAbsolutePath() + " and " + classpath;
        }
    }

}
