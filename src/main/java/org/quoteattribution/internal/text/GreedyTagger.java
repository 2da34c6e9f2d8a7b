package org.quoteattribution.internal.text;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Part-of-speech tagging with OpenNLP's model, decoded greedily: each word takes its best tag given the tags before
 * it. OpenNLP's own tagger keeps the three best sequences at every word, three times the work, for a difference in
 * a few tags that the later stages do not feel (measured on the PolNeAR dev split). Not thread-safe: the context
 * generator caches; one per document.
 */
final class GreedyTagger {

    /** Where OpenNLP keeps the maximum-entropy model inside a POS model. */
    private static final String MODEL_ENTRY = "pos.model";

    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;

    GreedyTagger(POSModel posModel) {
        this.model = posModel.getArtifact(MODEL_ENTRY);
        this.contexts = posModel.getFactory().getPOSContextGenerator();
        this.validator = posModel.getFactory().getSequenceValidator();
    }

    /** Whether the model holds a plain maximum-entropy model, which greedy decoding needs. */
    static boolean supports(POSModel posModel) {
        return posModel.getArtifact(MODEL_ENTRY) instanceof MaxentModel;
    }

    String[] tag(String[] words) {
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String[] before = Arrays.copyOf(tags, i);
            double[] probabilities = model.eval(contexts.getContext(i, words, before, null));
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
