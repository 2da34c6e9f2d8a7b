package org.quoteattribution.internal.models;

import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Makes a {@link NameListFeatureGenerator} from a feature descriptor element:
 * {@code <generator class="org.quoteattribution.internal.models.NameListFeatureGeneratorFactory"><str name="dict">
 * names.namelist</str></generator>}, where {@code dict} names the {@link NameList} resource inside the model. OpenNLP
 * creates this factory by reflection from the descriptor (hence the qualified export in {@code module-info.java}).
 */
public final class NameListFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

    @Override
    public AdaptiveFeatureGenerator create() throws InvalidFormatException {
        if (resourceManager == null) {
            // OpenNLP calls create() without resources only to collect the serializer mapping
            return null;
        }
        String key = getStr("dict");
        Object resource = resourceManager.getResource(key);
        if (!(resource instanceof NameList names)) {
            throw new InvalidFormatException("no name list resource for key: " + key);
        }
        return new NameListFeatureGenerator(names);
    }

    @Override
    public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
        return Map.of(getStr("dict"), new NameList.Serializer());
    }
}
