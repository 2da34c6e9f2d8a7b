package org.quoteattribution.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.TrainingParameters;
import org.quoteattribution.internal.TrainingView;
import org.quoteattribution.internal.models.NameList;
import org.quoteattribution.internal.models.WordClassDictionary;

/** What the training command trains with: the shipped settings, and the options that override them. */
final class NameFinderTraining {

    static final String MODEL_NAME = TrainingView.NAME_FINDER_MODEL;
    static final String DEFAULT_CODEC = "bilou";
    static final String DEFAULT_CLUSTERS = "128,512,2048";
    static final String DEFAULT_NAMES = "organization,person:2:0.5:1";
    /** The prior shift ({@link PriorShift}): 'auto' chooses it on held-out training documents ({@link PriorTuning}). */
    static final String DEFAULT_PRIOR = "none";
    static final String DEFAULT_PRIOR_OUTCOMES = "open";
    /** Whether the samples carry the article-level features of {@link DocumentFeatures}. */
    static final boolean DEFAULT_DOCUMENT_FEATURES = false;
    /** Every how many silver train documents one is held out to choose the prior shift on. */
    static final int PRIOR_HOLD_OUT_EVERY = 10;
    /** How many words either side see a word's classes. */
    static final int DEFAULT_CLUSTER_WINDOW = 1;
    /** The name list's resource name inside the model. */
    static final String NAME_LIST = "names.namelist";
    /** The shipped feature generator descriptor, beside this class. */
    static final String FEATURES = "name-finder-features.xml";
    /** Words seen fewer times get no class: their contexts say too little. */
    static final int CLUSTER_MIN_COUNT = 3;
    static final int CLUSTER_PASSES = 12;
    private static final String CLUSTER_GENERATOR = """
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">WINDOW</int>
                <int name="nextLength">WINDOW</int>
                <generator class="opennlp.tools.util.featuregen.WordClusterFeatureGeneratorFactory">
                  <str name="dict">NAME</str>
                  <bool name="lowerCase">false</bool>
                </generator>
              </generator>
            """;
    private static final String NAME_LIST_GENERATOR = """
              <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
                <int name="prevLength">WINDOW</int>
                <int name="nextLength">WINDOW</int>
                <generator class="org.quoteattribution.internal.models.NameListFeatureGeneratorFactory">
                  <str name="dict">NAME</str>
                </generator>
              </generator>
            """;

    private NameFinderTraining() {
    }

    /** The shipped training parameters; {@code --param} overrides them one by one. */
    static Map<String, String> defaultParameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        p.put(TrainingParameters.ITERATIONS_PARAM, "100");
        // Cutoff 10, not OpenNLP's 5: a third fewer predicates, and load time grows with their number.
        p.put(TrainingParameters.CUTOFF_PARAM, "10");
        // One thread: the machine is shared, and the result must not depend on the thread count.
        p.put(TrainingParameters.THREADS_PARAM, "1");
        return p;
    }

    /**
     * The factory: the feature descriptor, with a word-class generator (current word and its neighbours) added for
     * each class count in {@code --clusters}, the classes built from the training sentences.
     */
    static TokenNameFinderFactory factory(Settings settings, List<NameSample> train, PrintStream log)
            throws IOException {
        byte[] descriptor;
        if (settings.features() == null) {
            try (InputStream in = NameFinderTraining.class.getResourceAsStream(FEATURES)) {
                descriptor = in.readAllBytes();
            }
        } else if (settings.features().equals("opennlp")) {
            descriptor = null;
        } else {
            descriptor = Files.readAllBytes(Path.of(settings.features()));
        }
        Map<String, Object> resources = new HashMap<>();
        List<Integer> granularities = settings.clusterCounts();
        if (!granularities.isEmpty()) {
            String xml = new String(descriptor == null ? defaultDescriptor() : descriptor, StandardCharsets.UTF_8);
            StringBuilder generators = new StringBuilder();
            List<String[]> sentences = train.stream().map(NameSample::getSentence).toList();
            for (int classes : granularities) {
                long began = System.nanoTime();
                Map<String, Integer> classOf = WordClasses.of(sentences, classes, CLUSTER_MIN_COUNT, CLUSTER_PASSES);
                String name = "classes" + classes + ".wordclusters";
                resources.put(name, WordClassDictionary.of(classOf));
                generators.append(CLUSTER_GENERATOR.replace("NAME", name)
                        .replace("WINDOW", String.valueOf(settings.clusterWindow())));
                log.printf(Locale.ROOT, "%d word classes over %d words in %.1f s%n", classes, classOf.size(),
                        (System.nanoTime() - began) / 1e9);
            }
            descriptor = withGenerators(xml, generators.toString());
        }
        NameListSettings names = NameListSettings.parse(settings.names());
        if (names.enabled()) {
            long began = System.nanoTime();
            HeldOutNameList list = HeldOutNameList.of(train, names.types(), names.minCount(), names.minShare());
            resources.put(NAME_LIST, list);
            String xml = new String(descriptor == null ? defaultDescriptor() : descriptor, StandardCharsets.UTF_8);
            descriptor = withGenerators(xml, NAME_LIST_GENERATOR.replace("NAME", NAME_LIST)
                    .replace("WINDOW", String.valueOf(names.window())));
            log.printf(Locale.ROOT, "name list: %d names (%s) in %.1f s%n", list.entries().size(),
                    countsByType(list), (System.nanoTime() - began) / 1e9);
        }
        SequenceCodec<String> codec = settings.codec().equals("bilou") ? new BilouCodec() : new BioCodec();
        return new TokenNameFinderFactory(descriptor, resources, codec);
    }

    private static byte[] withGenerators(String xml, String generators) {
        int end = xml.lastIndexOf("</featureGenerators>");
        return (xml.substring(0, end) + generators + xml.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Integer> countsByType(NameList list) {
        Map<String, Integer> counts = new TreeMap<>();
        list.entries().forEach(e -> counts.merge(e.type(), 1, Integer::sum));
        return counts;
    }

    private static byte[] defaultDescriptor() throws IOException {
        try (InputStream in = TokenNameFinderFactory.class.getResourceAsStream("ner-default-features.xml")) {
            return in.readAllBytes();
        }
    }

    /**
     * The samples with the article-level features of their document as additional context (what
     * {@code EntityTagger} gives the finder); a sample that clears adaptive data starts a document.
     */
    static List<NameSample> withDocumentFeatures(List<NameSample> samples) {
        List<NameSample> out = new ArrayList<>(samples.size());
        int start = 0;
        while (start < samples.size()) {
            int end = start + 1;
            while (end < samples.size() && !samples.get(end).isClearAdaptiveDataSet()) {
                end++;
            }
            List<NameSample> document = samples.subList(start, end);
            List<String[][]> context = DocumentFeatures.of(document.stream().map(NameSample::getSentence).toList());
            for (int i = 0; i < document.size(); i++) {
                NameSample s = document.get(i);
                out.add(new NameSample(s.getSentence(), s.getNames(), context.get(i), s.isClearAdaptiveDataSet()));
            }
            start = end;
        }
        return out;
    }

    /** PTB samples with their tokens written as the model sees them. */
    static List<NameSample> normalized(List<NameSample> samples) {
        List<NameSample> out = new ArrayList<>(samples.size());
        for (NameSample s : samples) {
            String[] words = s.getSentence().clone();
            for (int i = 0; i < words.length; i++) {
                words[i] = TrainingView.nameFinderForm(words[i]);
            }
            out.add(new NameSample(words, s.getNames(), s.isClearAdaptiveDataSet()));
        }
        return out;
    }

    record Settings(Path nerData, Path output, Path texts, String features, Map<String, String> overrides,
            String codec, String clusters, int clusterWindow, String names, Path model, boolean wikigold, boolean ptb, boolean write,
            String prior, String priorOutcomes, Path heldOutModel, boolean documentFeatures, boolean help) {

        static Settings parse(String[] args) {
            Options options = new Options();
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--help") || args[i].equals("-h")) {
                    return options.help();
                }
                i = options.read(args, i);
            }
            return options.settings();
        }

        /** The command line as it is read, option by option; defaults are what ships. */
        private static final class Options {
            private final List<String> positional = new ArrayList<>();
            private final Map<String, String> overrides = new LinkedHashMap<>();
            private Path texts;
            private String features;
            private String codec = DEFAULT_CODEC;
            private String clusters = DEFAULT_CLUSTERS;
            private int clusterWindow = DEFAULT_CLUSTER_WINDOW;
            private String names = DEFAULT_NAMES;
            private String prior = DEFAULT_PRIOR;
            private String priorOutcomes = DEFAULT_PRIOR_OUTCOMES;
            private Path heldOutModel;
            private boolean documentFeatures = DEFAULT_DOCUMENT_FEATURES;
            private Path model;
            private boolean wikigold = true;
            private boolean ptb;
            private boolean write = true;

            /** Reads the argument at {@code i} (and its value); the index of the last argument read. */
            int read(String[] args, int i) {
                switch (args[i]) {
                    case "--texts" -> texts = Path.of(value(args, ++i));
                    case "--features" -> features = value(args, ++i);
                    case "--param" -> {
                        String kv = value(args, ++i);
                        int eq = kv.indexOf('=');
                        if (eq <= 0) {
                            throw new IllegalArgumentException("--param takes KEY=VALUE, not " + kv);
                        }
                        overrides.put(kv.substring(0, eq), kv.substring(eq + 1));
                    }
                    case "--codec" -> codec = value(args, ++i);
                    case "--clusters" -> clusters = value(args, ++i);
                    case "--cluster-window" -> clusterWindow = Integer.parseInt(value(args, ++i));
                    case "--names" -> names = value(args, ++i);
                    case "--model" -> model = Path.of(value(args, ++i));
                    case "--prior" -> prior = value(args, ++i);
                    case "--prior-outcomes" -> priorOutcomes = value(args, ++i);
                    case "--held-out-model" -> heldOutModel = Path.of(value(args, ++i));
                    case "--document-features" -> documentFeatures = switch (value(args, ++i)) {
                        case "on" -> true;
                        case "off" -> false;
                        default -> throw new IllegalArgumentException("--document-features is on or off");
                    };
                    case "--no-wikigold" -> wikigold = false;
                    case "--ptb" -> ptb = true;
                    case "--no-write" -> write = false;
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        positional.add(args[i]);
                    }
                }
                return i;
            }

            Settings help() {
                return new Settings(null, null, null, null, Map.of(), codec, clusters, clusterWindow, names, null, true,
                        false, false, prior, priorOutcomes, null, documentFeatures, true);
            }

            Settings settings() {
                if (positional.size() != 2) {
                    throw new IllegalArgumentException("expected NER_DATA_DIR and OUTPUT_DIR");
                }
                if (!codec.equals("bio") && !codec.equals("bilou")) {
                    throw new IllegalArgumentException("--codec is bio or bilou, not " + codec);
                }
                Path nerData = Path.of(positional.get(0));
                Path textFolder = texts != null ? texts : nerData.toAbsolutePath().getParent().resolve("polnear");
                NameListSettings.parse(names);
                if (prior.equals("auto")) {
                    if (ptb) {
                        throw new IllegalArgumentException("--prior auto needs the retokenized data (not --ptb)");
                    }
                    if (model != null) {
                        throw new IllegalArgumentException(
                                "--prior auto trains a held-out model; with --model give the factors");
                    }
                } else {
                    PriorShift.parse(prior, priorOutcomes);
                }
                return new Settings(nerData, Path.of(positional.get(1)), textFolder, features, overrides, codec,
                        clusters, clusterWindow, names, model, wikigold, ptb, write && model == null, prior,
                        priorOutcomes, heldOutModel, documentFeatures, false);
            }
        }

        private static String value(String[] args, int i) {
            if (i >= args.length) {
                throw new IllegalArgumentException(args[i - 1] + " needs a value");
            }
            return args[i];
        }

        List<Integer> clusterCounts() {
            if (clusters.equals("none")) {
                return List.of();
            }
            List<Integer> counts = new ArrayList<>();
            for (String part : clusters.split(",")) {
                counts.add(Integer.parseInt(part.strip()));
            }
            return counts;
        }

        TrainingParameters parameters() {
            TrainingParameters params = new TrainingParameters();
            Map<String, String> all = defaultParameters();
            all.putAll(overrides);
            all.put(TrainingParameters.THREADS_PARAM, "1");
            all.forEach(params::put);
            return params;
        }

        /** The shift to apply when it is given, not chosen ('auto'). */
        PriorShift priorShift() {
            return PriorShift.parse(prior, priorOutcomes);
        }

        String describe() {
            Map<String, String> all = defaultParameters();
            all.putAll(overrides);
            return all + ", features " + (features == null ? FEATURES : features) + ", codec " + codec
                    + ", clusters " + clusters + " (window " + clusterWindow + "), names " + names + (wikigold ? "" : ", no wikigold") + (ptb ? ", PTB tokens" : "")
                    + (documentFeatures ? ", document features" : "") + ", prior " + prior + (prior.equals("auto") || prior.equals("none") ? "" : " (" + priorOutcomes + " outcomes)");
        }
    }
}
