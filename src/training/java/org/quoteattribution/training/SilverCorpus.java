package org.quoteattribution.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * Reads the PolNeAR silver name data ({@code polnear-silver/train.txt}, OpenNLP's name-sample format, one document
 * per blank-line-separated block, PTB tokens) and puts every document back onto its article text, so that it can be
 * retokenized the library's way. The i-th document is the i-th article of {@code polnear/<split>/text/} in name
 * order; its tokens are CoreNLP's original text, so each is found in the article in order. Markup the corpus dropped
 * (tweet and link tags) is skipped over.
 */
final class SilverCorpus {

    /** How far ahead a token may be found: far enough to pass a dropped tag, too short to jump paragraphs. */
    private static final int LOOKAHEAD = 600;

    private int unalignedTokens;
    private int tokens;

    /** Documents of {@code namesFile}, placed on the articles of {@code textFolder}. */
    List<LabelledText> read(Path namesFile, Path textFolder) throws IOException {
        List<List<NameSample>> documents = readDocuments(namesFile);
        List<Path> articles;
        try (Stream<Path> files = Files.list(textFolder)) {
            articles = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (articles.size() != documents.size()) {
            throw new IOException(namesFile + " holds " + documents.size() + " documents but " + textFolder
                    + " holds " + articles.size() + " articles");
        }
        List<LabelledText> out = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            String text = Files.readString(articles.get(i), StandardCharsets.UTF_8);
            out.add(align(articles.get(i).getFileName().toString(), text, documents.get(i)));
        }
        return out;
    }

    /** Tokens that could not be found in their article (their names are dropped). */
    int unalignedTokens() {
        return unalignedTokens;
    }

    int tokens() {
        return tokens;
    }

    /** The corpus as it is, PTB tokens and all, one list of sentences per document. */
    static List<List<NameSample>> readDocuments(Path namesFile) throws IOException {
        List<List<NameSample>> documents = new ArrayList<>();
        List<NameSample> current = new ArrayList<>();
        for (String line : Files.readAllLines(namesFile, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    documents.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            current.add(NameSample.parse(line, current.isEmpty()));
        }
        if (!current.isEmpty()) {
            documents.add(current);
        }
        return documents;
    }

    private LabelledText align(String name, String text, List<NameSample> sentences) {
        List<LabelledText.Name> names = new ArrayList<>();
        int at = 0;
        for (NameSample sentence : sentences) {
            String[] words = sentence.getSentence();
            int[] starts = new int[words.length];
            for (int w = 0; w < words.length; w++) {
                tokens++;
                int found = find(text, words[w], at);
                starts[w] = found;
                if (found < 0) {
                    unalignedTokens++;
                } else {
                    at = found + words[w].length();
                }
            }
            for (Span span : sentence.getNames()) {
                int first = starts[span.getStart()];
                int lastStart = starts[span.getEnd() - 1];
                if (first < 0 || lastStart < 0 || !allFound(starts, span)) {
                    continue;
                }
                names.add(new LabelledText.Name(first, lastStart + words[span.getEnd() - 1].length(),
                        span.getType()));
            }
        }
        return new LabelledText(name, text, names);
    }

    private static boolean allFound(int[] starts, Span span) {
        for (int i = span.getStart(); i < span.getEnd(); i++) {
            if (starts[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private static int find(String text, String word, int from) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        if (text.startsWith(word, at)) {
            return at;
        }
        int found = text.indexOf(word, at);
        return found >= 0 && found - at <= LOOKAHEAD ? found : -1;
    }
}
