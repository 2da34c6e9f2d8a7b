package org.quoteattribution.training;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads wikigold ({@code wikigold.conll.txt}): one {@code token TAG} pair a line, IOB1 tags (a name is a run of
 * {@code I-X}; {@code B-X} only starts a second name right after one of the same type), blank lines between
 * sentences and {@code -DOCSTART-} between articles. Each article becomes one text, a sentence a line and its tokens
 * joined by spaces; the library's tokenizer then cuts that text again.
 */
final class WikigoldCorpus {

    private static final Map<String, String> TYPES = Map.of("PER", "person", "ORG", "organization",
            "LOC", "location", "MISC", "misc");

    private WikigoldCorpus() {
    }

    static List<LabelledText> read(Path conllFile) throws IOException {
        List<LabelledText> documents = new ArrayList<>();
        Builder doc = new Builder();
        for (String line : Files.readAllLines(conllFile, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                doc.endSentence();
                continue;
            }
            int space = line.lastIndexOf(' ');
            String word = line.substring(0, space);
            String tag = line.substring(space + 1);
            if (word.equals("-DOCSTART-")) {
                doc.build("wikigold-" + documents.size()).ifPresent(documents::add);
                doc = new Builder();
                continue;
            }
            doc.add(word, tag);
        }
        doc.build("wikigold-" + documents.size()).ifPresent(documents::add);
        return documents;
    }

    /** Splits off every {@code every}-th document (the 10th, 20th, ... when {@code every} is 10) for measuring. */
    static List<List<LabelledText>> holdOut(List<LabelledText> documents, int every) {
        List<LabelledText> train = new ArrayList<>();
        List<LabelledText> heldOut = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            (i % every == every - 1 ? heldOut : train).add(documents.get(i));
        }
        return List.of(train, heldOut);
    }

    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<LabelledText.Name> names = new ArrayList<>();
        private boolean lineOpen;
        private String openType;
        private int openStart;
        private int lastEnd;

        void add(String word, String tag) {
            String type = tag.equals("O") ? null : TYPES.get(tag.substring(2));
            boolean begins = tag.startsWith("B-");
            if (openType != null && (type == null || !type.equals(openType) || begins)) {
                closeName();
            }
            if (lineOpen) {
                text.append(' ');
            }
            lineOpen = true;
            if (type != null && openType == null) {
                openType = type;
                openStart = text.length();
            }
            text.append(word);
            lastEnd = text.length();
        }

        void endSentence() {
            closeName();
            if (lineOpen) {
                text.append('\n');
                lineOpen = false;
            }
        }

        private void closeName() {
            if (openType != null) {
                names.add(new LabelledText.Name(openStart, lastEnd, openType));
                openType = null;
            }
        }

        java.util.Optional<LabelledText> build(String name) {
            endSentence();
            return text.length() == 0 ? java.util.Optional.empty()
                    : java.util.Optional.of(new LabelledText(name, text.toString(), names));
        }
    }
}
