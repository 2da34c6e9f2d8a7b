package org.quoteattribution.internal.models;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Makes a {@link CapitalizedRunFeatureGenerator} from a feature descriptor element:
 * {@code <generator class="org.quoteattribution.internal.models.CapitalizedRunFeatureGeneratorFactory"/>}, with
 * optional {@code <bool name="context">true</bool>} and {@code <bool name="titleCase">true</bool>}. OpenNLP
 * creates this factory by reflection from the descriptor (hence the qualified export in {@code module-info.java}).
 */
public final class CapitalizedRunFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        return new CapitalizedRunFeatureGenerator(getBool("context", false), getBool("titleCase", false));
    }
}
