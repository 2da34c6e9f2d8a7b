package org.quoteattribution.internal.text;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.SequenceValidator;
import org.jspecify.annotations.Nullable;

/**
 * Part-of-speech tagging with OpenNLP's model, decoded greedily: each word takes its best tag given the tags before
 * it. OpenNLP's own tagger keeps the three best sequences at every word, three times the work, for a difference in
 * a few tags that the later stages do not feel (measured on the PolNeAR dev split). Built once and shared: the model
 * and the validator are only read; the context generator caches, and building one parses the model's feature
 * description, so each thread keeps its own. A model given by the caller that is not plain maximum entropy is
 * tagged by OpenNLP's own tagger, one per thread.
 */
public final class GreedyTagger {

    /** Where OpenNLP keeps the maximum-entropy model inside a POS model. */
    private static final String MODEL_ENTRY = "pos.model";

    private final @Nullable MaxentModel model;
    private final SequenceValidator<String> validator;
    private final ThreadLocal<POSContextGenerator> contexts;
    private final ThreadLocal<POSTaggerME> fallback;

    /**
     * @param posModel the POS model
     * @param maxent   the model's maximum-entropy part in a faster form with the same answers, or {@code null} for
     *                 the model's own
     */
    public GreedyTagger(POSModel posModel, @Nullable MaxentModel maxent) {
        Object own = posModel.getArtifact(MODEL_ENTRY);
        this.model = maxent != null ? maxent : own instanceof MaxentModel m ? m : null;
        this.validator = posModel.getFactory().getSequenceValidator();
        this.contexts = ThreadLocal.withInitial(() -> posModel.getFactory().getPOSContextGenerator());
        this.fallback = ThreadLocal.withInitial(() -> new POSTaggerME(posModel, POSTagFormat.UD));
    }

    public GreedyTagger(POSModel posModel) {
        this(posModel, null);
    }

    String[] tag(String[] words) {
        if (model == null) {
            return fallback.get().tag(words);
        }
        POSContextGenerator generator = contexts.get();
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String[] before = Arrays.copyOf(tags, i);
            double[] probabilities = model.eval(generator.getContext(i, words, before, null));
            int best = -1;
            for (int o = 0; o < probabilities.length; o++) {
                if ((best < 0 || probabilities[o] > probabilities[best])
                        && validator.validSequence(i, words, before, model.getOutcome(o))) {
                    best = o;
                }
            }
            tags[i] = best < 0 ? "X" : model.getOutcome(best);
        }
        return tags;
    }
}
