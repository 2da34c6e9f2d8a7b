package org.quoteattribution.internal.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * The word classes inside the name-finder model ({@code word class} lines, UTF-8), which its word-class features
 * look words up in. OpenNLP 2.5.6 can neither write nor read its own {@link WordClusterDictionary} inside a model:
 * both directions close the model's zip stream ("Stream closed"). This subclass and its {@link Serializer} do the
 * same without closing it. The model names {@link Serializer} in its manifest, so OpenNLP creates one by reflection
 * when it loads the model (hence the qualified export in {@code module-info.java}).
 */
public final class WordClassDictionary extends WordClusterDictionary {

    private final byte[] lines;

    private WordClassDictionary(byte[] lines) throws IOException {
        super(new ByteArrayInputStream(lines));
        this.lines = lines;
    }

    /** A dictionary of the given classes (word to class number); the training command makes these. */
    public static WordClassDictionary of(Map<String, Integer> classOf) throws IOException {
        StringBuilder text = new StringBuilder();
        classOf.forEach((word, c) -> text.append(word).append(' ').append(c).append('\n'));
        return new WordClassDictionary(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void serialize(OutputStream out) throws IOException {
        out.write(lines);
        out.flush();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /** Reads and writes a {@link WordClassDictionary} without closing the model's stream. */
    public static final class Serializer implements ArtifactSerializer<WordClassDictionary> {

        @Override
        public WordClassDictionary create(InputStream in) throws IOException {
            return new WordClassDictionary(in.readAllBytes());
        }

        @Override
        public void serialize(WordClassDictionary artifact, OutputStream out) throws IOException {
            artifact.serialize(out);
        }
    }
}
