package org.quoteattribution.internal.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * The names in one document's sentences (persons, organizations, locations, other names), found by the name-finder
 * model when a stage first asks about a sentence, and remembered. Sentences are tagged in text order up to the one
 * asked about, never beyond: the model remembers what it called a word earlier in the article ("Sergei Lavrov" was a
 * person, so the later "Lavrov" is one too), which finds about six in a hundred more persons on the silver dev data
 * (see {@code models/README.md}). Because the order is always the text's, the names of a sentence do not depend on
 * which sentences were asked about before.
 *
 * <p>One instance per document and thread, like {@code SentenceTags}: it holds a {@link NameFinderME}, which is not
 * thread-safe. The {@link TokenNameFinderModel} it is built from is immutable and shared.
 */
public final class EntityTagger {

    private final Document document;
    private final TokenNameFinderModel model;
    private final List<List<EntitySpan>> tagged = new ArrayList<>();
    private NameFinderME finder;

    public EntityTagger(Document document, TokenNameFinderModel model) {
        this.document = document;
        this.model = model;
    }

    /** The names in a sentence, in text order, never overlapping. */
    public List<EntitySpan> entitiesOf(Sentence sentence) {
        return entitiesOf(sentence.index());
    }

    /** The names in the sentence with this index, in text order, never overlapping. */
    public List<EntitySpan> entitiesOf(int sentenceIndex) {
        Objects.checkIndex(sentenceIndex, document.sentences().size());
        while (tagged.size() <= sentenceIndex) {
            tagged.add(tag(tagged.size()));
        }
        return tagged.get(sentenceIndex);
    }

    /** The name a token is part of, if any; tags the token's sentence if it was not yet. */
    public Optional<EntitySpan> entityAt(int tokenIndex) {
        for (EntitySpan span : entitiesOf(document.token(tokenIndex).sentence())) {
            if (span.contains(tokenIndex)) {
                return Optional.of(span);
            }
        }
        return Optional.empty();
    }

    /** The type of the name a token is part of, if any. */
    public Optional<EntityType> typeAt(int tokenIndex) {
        return entityAt(tokenIndex).map(EntitySpan::type);
    }

    /** True when the token is part of a name of this type. */
    public boolean is(int tokenIndex, EntityType type) {
        return typeAt(tokenIndex).filter(type::equals).isPresent();
    }

    /** How many sentences were tagged so far: those up to the last one asked about (tagging stays lazy). */
    public int taggedSentenceCount() {
        return tagged.size();
    }

    private List<EntitySpan> tag(int sentenceIndex) {
        if (finder == null) {
            finder = new NameFinderME(model);
        }
        Sentence sentence = document.sentence(sentenceIndex);
        List<Token> tokens = document.tokensOf(sentence);
        if (tokens.isEmpty()) {
            return List.of();
        }
        Span[] spans = finder.find(NameFinderTokens.of(tokens));
        double[] probabilities = finder.probs(spans);
        List<EntitySpan> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Optional<EntityType> type = EntityType.ofModelName(spans[i].getType());
            if (type.isPresent()) {
                out.add(new EntitySpan(sentence.firstToken() + spans[i].getStart(),
                        sentence.firstToken() + spans[i].getEnd(), type.get(), probabilities[i]));
            }
        }
        return List.copyOf(out);
    }
}
