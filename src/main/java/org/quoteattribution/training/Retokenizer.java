package org.quoteattribution.training;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.quoteattribution.internal.entities.NameFinderTokens;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.DocumentReader;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * Cuts labelled texts into sentences and tokens exactly as the library does at run time ({@link DocumentReader}),
 * and carries each name over to the tokens it covers. A name whose edge falls inside a library token is dropped, so
 * its words train as "no name": "Obama" in the library's single token "Obama-era", for instance, is not a person.
 */
final class Retokenizer {

    private final DocumentReader reader;
    private int kept;
    private int dropped;

    Retokenizer(DocumentReader reader) {
        this.reader = reader;
    }

    /** One sample per library sentence; the first of each document clears the finder's adaptive data. */
    List<NameSample> samples(List<LabelledText> texts) {
        List<NameSample> samples = new ArrayList<>();
        for (LabelledText text : texts) {
            Document doc = reader.read(text.text());
            int nameIndex = 0;
            List<LabelledText.Name> names = text.names();
            for (Sentence sentence : doc.sentences()) {
                List<Token> tokens = doc.tokensOf(sentence);
                List<Span> spans = new ArrayList<>();
                while (nameIndex < names.size() && names.get(nameIndex).start() < sentence.end()) {
                    Span span = project(names.get(nameIndex), tokens, sentence);
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
                samples.add(new NameSample(NameFinderTokens.of(tokens), spans.toArray(new Span[0]),
                        sentence.index() == 0));
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
    private static Span project(LabelledText.Name name, List<Token> tokens, Sentence sentence) {
        if (name.start() < sentence.start() || name.end() > sentence.end()) {
            return null;
        }
        int first = -1;
        int end = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
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
