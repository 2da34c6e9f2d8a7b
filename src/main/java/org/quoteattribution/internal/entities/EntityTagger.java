package org.quoteattribution.internal.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * The names in one document's sentences (persons, organizations, locations, other names), found by the name-finder
 * model only for the sentences a stage asks about, and remembered. Each sentence is tagged on its own, as the model
 * was measured: the answer for a sentence does not depend on which sentences were asked about before. (Letting
 * OpenNLP remember earlier sentences of the article gained nothing on the silver dev data once the model had word
 * classes; see {@code models/README.md}.)
 *
 * <p>One instance per document and thread, like {@code SentenceTags}; it tags with its thread's {@link NameFinderME}
 * from a {@link SharedNameFinder}.
 */
public final class EntityTagger {

    private final Document document;
    private final SharedNameFinder finders;
    private final Map<Integer, List<EntitySpan>> cache = new HashMap<>();

    public EntityTagger(Document document, SharedNameFinder finders) {
        this.document = document;
        this.finders = finders;
    }

    /** A tagger with a finder of its own (tests; the pipeline shares one {@link SharedNameFinder}). */
    public EntityTagger(Document document, TokenNameFinderModel model) {
        this(document, new SharedNameFinder(model));
    }

    /** The names in a sentence, in text order, never overlapping. */
    public List<EntitySpan> entitiesOf(Sentence sentence) {
        return entitiesOf(sentence.index());
    }

    /** The names in the sentence with this index, in text order, never overlapping. */
    public List<EntitySpan> entitiesOf(int sentenceIndex) {
        return cache.computeIfAbsent(sentenceIndex, this::tag);
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

    /** How many sentences were tagged so far (for tests and logs: tagging should stay lazy). */
    public int taggedSentenceCount() {
        return cache.size();
    }

    /** How many tokens the name finder has read so far (for the benchmark's count of model work). */
    public int taggedTokenCount() {
        return cache.keySet().stream().mapToInt(i -> document.tokensOf(document.sentence(i)).size()).sum();
    }

    private List<EntitySpan> tag(int sentenceIndex) {
        document.deadline().check();
        Sentence sentence = document.sentence(sentenceIndex);
        List<Token> tokens = document.tokensOf(sentence);
        if (tokens.isEmpty()) {
            return List.of();
        }
        NameFinderME finder = finders.forThisThread();
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
