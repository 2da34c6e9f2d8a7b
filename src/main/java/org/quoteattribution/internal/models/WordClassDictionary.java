package org.quoteattribution.internal.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.util.featuregen.WordClusterDictionary;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * The word classes inside the name-finder model ({@code word class} lines, UTF-8), which its word-class features
 * look words up in. OpenNLP 2.5.6 can neither write nor read its own {@link WordClusterDictionary} inside a model:
 * both directions close the model's zip stream ("Stream closed"). This subclass and its {@link Serializer} do the
 * same without closing it. The model names {@link Serializer} in its manifest, so OpenNLP creates one by reflection
 * when it loads the model (hence the qualified export in {@code module-info.java}).
 *
 * <p>It also reads the lines itself, in one plain loop, instead of through {@link WordClusterDictionary}'s reader:
 * that one took three quarters of the model's load time in a fresh JVM (a split and an intern per line, for three
 * dictionaries of some 14,000 words), and the library loads the model at start-up.
 */
public final class WordClassDictionary extends WordClusterDictionary {

    private final byte[] lines;
    private final Map<String, String> classOf;

    private WordClassDictionary(byte[] lines) throws IOException {
        super(new ByteArrayInputStream(new byte[0]));
        this.lines = lines;
        this.classOf = parse(lines);
    }

    /**
     * "word class" lines, UTF-8, one space between: word to class (a third field, as OpenNLP allows, is ignored). A
     * line without a space is skipped.
     */
    private static Map<String, String> parse(byte[] lines) {
        String text = new String(lines, StandardCharsets.UTF_8);
        Map<String, String> classOf = new HashMap<>(text.length() / 6);
        Map<String, String> classNames = new HashMap<>();
        int length = text.length();
        int lineStart = 0;
        while (lineStart < length) {
            // indexOf rather than a loop over the characters: it runs compiled even while this method is not yet
            int end = text.indexOf('\n', lineStart);
            if (end < 0) {
                end = length;
            }
            int space = text.indexOf(' ', lineStart);
            if (space > lineStart && space < end) {
                int secondSpace = text.indexOf(' ', space + 1);
                String name = text.substring(space + 1, secondSpace < 0 || secondSpace > end ? end : secondSpace);
                classOf.put(text.substring(lineStart, space), classNames.computeIfAbsent(name, n -> n));
            }
            lineStart = end + 1;
        }
        return classOf;
    }

    @Override
    public String lookupToken(String string) {
        return classOf.get(string);
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
