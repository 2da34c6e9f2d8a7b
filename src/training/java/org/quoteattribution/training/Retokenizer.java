package org.quoteattribution.training;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.quoteattribution.internal.TrainingView;

/**
 * Cuts labelled texts into sentences and tokens exactly as the library does at run time ({@link TrainingView#sentences}),
 * and carries each name over to the tokens it covers. A name whose edge falls inside a library token is dropped, so
 * its words train as "no name": "Obama" in the library's single token "Obama-era", for instance, is not a person.
 */
final class Retokenizer {

    private final TrainingView library;
    private int kept;
    private int dropped;

    Retokenizer(TrainingView library) {
        this.library = library;
    }

    /** One sample per library sentence; the first of each document clears the finder's adaptive data. */
    List<NameSample> samples(List<LabelledText> texts) {
        List<NameSample> samples = new ArrayList<>();
        for (LabelledText text : texts) {
            int nameIndex = 0;
            List<LabelledText.Name> names = text.names();
            boolean first = true;
            for (List<TrainingView.Word> tokens : library.sentences(text.text())) {
                int sentenceEnd = tokens.get(tokens.size() - 1).end();
                List<Span> spans = new ArrayList<>();
                while (nameIndex < names.size() && names.get(nameIndex).start() < sentenceEnd) {
                    Span span = project(names.get(nameIndex), tokens);
                    if (span == null) {
                        dropped++;
                    } else if (spans.isEmpty() || spans.get(spans.size() - 1).getEnd() <= span.getStart()) {
                        spans.add(span);
                        kept++;
                    } else {
                        dropped++;
                    }
                    nameIndex++;
                }
                samples.add(new NameSample(tokens.stream().map(TrainingView.Word::nameFinderForm)
                        .toArray(String[]::new), spans.toArray(new Span[0]), first));
                first = false;
            }
            dropped += names.size() - nameIndex;
        }
        return samples;
    }

    int keptNames() {
        return kept;
    }

    int droppedNames() {
        return dropped;
    }

    /** The sentence's tokens the name covers exactly, or null when a token straddles its edge or the sentence's. */
    private static Span project(LabelledText.Name name, List<TrainingView.Word> tokens) {
        if (name.start() < tokens.get(0).start() || name.end() > tokens.get(tokens.size() - 1).end()) {
            return null;
        }
        int first = -1;
        int end = -1;
        for (int i = 0; i < tokens.size(); i++) {
            TrainingView.Word t = tokens.get(i);
            if (t.end() <= name.start() || t.start() >= name.end()) {
                continue;
            }
            if (t.start() < name.start() || t.end() > name.end()) {
                return null;
            }
            if (first < 0) {
                first = i;
            }
            end = i + 1;
        }
        return first < 0 ? null : new Span(first, end, name.type());
    }
}
