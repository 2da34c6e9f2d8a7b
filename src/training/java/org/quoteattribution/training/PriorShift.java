package org.quoteattribution.training;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * A shift of the name finder's prior toward some name types, made at decode time by editing the trained model: in a
 * GIS model an outcome's unnormalised probability is {@code exp} of the sum of the weights of the predicates that fire
 * for it, and the constant predicate {@code def} fires for every token, so adding {@code ln k} to {@code def}'s weight
 * for an outcome multiplies that outcome's unnormalised probability by {@code k} everywhere. The library loads the
 * edited model as it is, with no code of its own for the shift.
 *
 * <p>Why: the maxent model is more precise than complete on organizations (precision well above recall), and a
 * larger prior trades some of that precision for recall. {@code k} is chosen on held-out training documents
 * ({@link PriorTuning}), never on the dev split.
 *
 * @param factors the factor {@code k} per name type ({@code "organization"}, ...); types not listed keep 1
 * @param scope which outcomes of a type are shifted: {@link Scope#OPEN} the ones that open a name (BILOU
 *        {@code -start} and {@code -unit}, BIO {@code -start}), {@link Scope#ALL} every outcome of the type
 */
record PriorShift(Map<String, Double> factors, Scope scope) {

    /** The constant predicate OpenNLP's {@code DefinitionFeatureGenerator} adds to every token. */
    static final String CONSTANT_PREDICATE = "def";
    static final PriorShift NONE = new PriorShift(Map.of(), Scope.OPEN);

    enum Scope {
        OPEN, ALL;

        boolean covers(String outcomeTag) {
            return this == ALL || outcomeTag.equals("start") || outcomeTag.equals("unit");
        }

        String option() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    PriorShift {
        factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
    }

    /** {@code TYPE=K[,TYPE=K...]} (e.g. {@code organization=1.8}) or {@code none}. */
    static PriorShift parse(String spec, String scope) {
        Scope s = switch (scope) {
            case "open" -> Scope.OPEN;
            case "all" -> Scope.ALL;
            default -> throw new IllegalArgumentException("--prior-outcomes is open or all, not " + scope);
        };
        Map<String, Double> factors = new LinkedHashMap<>();
        if (!spec.equals("none")) {
            for (String part : spec.split(",")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("--prior takes TYPE=K[,TYPE=K], auto or none, not " + spec);
                }
                double k = Double.parseDouble(part.substring(eq + 1));
                if (!(k > 0)) {
                    throw new IllegalArgumentException("a prior factor must be positive: " + part);
                }
                factors.put(part.substring(0, eq).strip(), k);
            }
        }
        return new PriorShift(factors, s);
    }

    boolean isNone() {
        return factors.values().stream().allMatch(k -> k == 1.0);
    }

    PriorShift with(String type, double k) {
        Map<String, Double> f = new LinkedHashMap<>(factors);
        f.put(type, k);
        return new PriorShift(f, scope);
    }

    double factor(String type) {
        return factors.getOrDefault(type, 1.0);
    }

    /** The training command's options that give this shift. */
    String options() {
        if (isNone()) {
            return "--prior none";
        }
        List<String> parts = new ArrayList<>();
        factors.forEach((type, k) -> parts.add(type + "=" + format(k)));
        return "--prior " + String.join(",", parts) + " --prior-outcomes " + scope.option();
    }

    static String format(double k) {
        return String.format(Locale.ROOT, "%.2f", k);
    }

    /** The serialized model with the shift applied; every other entry (features, word classes, names) is kept. */
    byte[] apply(byte[] serialized) throws IOException {
        if (isNone()) {
            return serialized;
        }
        TokenNameFinderModel model = new TokenNameFinderModel(new ByteArrayInputStream(serialized));
        shift(model);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.serialize(out);
        return out.toByteArray();
    }

    /** Edits the model's weights in place (its parameter arrays are the model's own, not copies). */
    void shift(TokenNameFinderModel model) {
        Object maxent = model.getArtifact("nameFinder.model");
        if (!(maxent instanceof GISModel gis)) {
            throw new IllegalStateException("a prior shift needs a GIS maxent model, not "
                    + (maxent == null ? "none" : maxent.getClass().getName()));
        }
        Object[] data = gis.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        Context constant = predicates.get(CONSTANT_PREDICATE);
        if (constant == null) {
            throw new IllegalStateException("the model has no '" + CONSTANT_PREDICATE + "' predicate to shift");
        }
        int[] ids = constant.getOutcomes();
        double[] weights = constant.getParameters();
        for (String type : factors.keySet()) {
            int shifted = 0;
            for (int o = 0; o < outcomes.length; o++) {
                int dash = outcomes[o].lastIndexOf('-');
                if (dash < 0 || !outcomes[o].substring(0, dash).equals(type)
                        || !scope.covers(outcomes[o].substring(dash + 1))) {
                    continue;
                }
                int at = indexOf(ids, o);
                if (at < 0) {
                    // The constant predicate fires with every training event, so a GIS model has a weight for
                    // every outcome; a model without one was not made by this trainer.
                    throw new IllegalStateException("'" + CONSTANT_PREDICATE + "' has no weight for " + outcomes[o]);
                }
                weights[at] += Math.log(factor(type));
                shifted++;
            }
            if (shifted == 0) {
                throw new IllegalArgumentException("the model has no outcome of type " + type);
            }
        }
    }

    private static int indexOf(int[] values, int value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
