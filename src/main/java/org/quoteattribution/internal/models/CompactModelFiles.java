package org.quoteattribution.internal.models;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;

/**
 * The shipped models rewritten at build time with their maximum-entropy part in {@link CompactMaxentModel}'s compact
 * form, beside the originals. A fresh JVM spent most of its start-up parsing the originals' parameters (a string and
 * a map entry per feature, in code not yet compiled); the compact form is a few arrays read in bulk. Everything else
 * in a model file (manifest, feature generators, dictionaries) is copied unchanged, and the manifest names
 * {@link CompactMaxentModel.Serializer} as the reader of the rewritten entry, so OpenNLP's own model classes load
 * the rewritten files. The answers are the same bit for bit ({@code CompactModelFilesTest}).
 *
 * <p>Run by the build ({@code pom.xml}, phase {@code process-classes}): {@code java -cp CLASSPATH
 * org.quoteattribution.internal.models.CompactModelFiles target/classes}. It prints nothing; a failure is an
 * exception, which fails the build.
 */
public final class CompactModelFiles {

    /** Where the rewritten models are, under {@link NlpModels#PROJECT_MODELS}. */
    static final String FOLDER = NlpModels.PROJECT_MODELS + "compact/";
    /** The models rewritten, each with the name of its maximum-entropy entry. */
    static final Map<String, String> ENTRIES = Map.of(
            NlpModels.POS, "pos.model",
            NlpModels.NAME_FINDER, "nameFinder.model",
            NlpModels.SENTENCE, "sent.model");
    private static final String MANIFEST = "manifest.properties";
    private static final String SERIALIZER_PREFIX = "serializer-class-";

    private CompactModelFiles() {
    }

    /** @param args the class-path root to write into (the build's {@code target/classes}) */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: CompactModelFiles CLASSES_FOLDER");
        }
        Path folder = Path.of(args[0]).resolve(FOLDER);
        Files.createDirectories(folder);
        for (Map.Entry<String, String> model : ENTRIES.entrySet()) {
            byte[] rewritten = rewrite(original(model.getKey()), model.getValue());
            Path target = folder.resolve(model.getKey());
            Path partial = folder.resolve(model.getKey() + ".partial");
            Files.write(partial, rewritten);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** The original file of a shipped model, as the class path has it. */
    static byte[] original(String name) throws IOException {
        try (InputStream in = NlpModels.ModelLocation.openOriginal(name)) {
            if (in == null) {
                throw new IOException("model " + name + " is not on the class path");
            }
            return in.readAllBytes();
        }
    }

    /** The model file {@code original} with its entry {@code maxentEntry} in compact form. */
    static byte[] rewrite(byte[] original, String maxentEntry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(original.length);
        boolean rewritten = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(original));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(maxentEntry)) {
                    content = compact(content, maxentEntry);
                    rewritten = true;
                } else if (entry.getName().equals(MANIFEST)) {
                    content = manifest(content, maxentEntry);
                }
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(content);
                out.closeEntry();
            }
        }
        if (!rewritten) {
            throw new IOException("the model has no entry " + maxentEntry);
        }
        return bytes.toByteArray();
    }

    private static byte[] compact(byte[] gis, String entry) throws IOException {
        Object model = new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(gis))).getModel();
        CompactMaxentModel compact = CompactMaxentModel.of(model)
                .orElseThrow(() -> new IOException(entry + " is not a plain GIS model, or two features collide"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        compact.write(out);
        return out.toByteArray();
    }

    /** The manifest, naming the compact form's reader for the entry; without the date {@code store} adds. */
    private static byte[] manifest(byte[] original, String entry) throws IOException {
        Properties manifest = new Properties();
        manifest.load(new ByteArrayInputStream(original));
        manifest.setProperty(SERIALIZER_PREFIX + entry, CompactMaxentModel.Serializer.class.getName());
        StringWriter text = new StringWriter();
        manifest.store(text, "rewritten by " + CompactModelFiles.class.getName());
        StringBuilder kept = new StringBuilder();
        for (String line : text.toString().split("\n")) {
            boolean date = line.startsWith("#") && !line.startsWith("#rewritten");
            if (!date) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
