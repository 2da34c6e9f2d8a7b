package org.quoteattribution.internal.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;

/**
 * Part-of-speech tags (Universal Dependencies: NOUN, PROPN, VERB, ...) and lemmas, computed for a sentence only when
 * a later stage asks for it: tagging everything would cost five times the rest of the pipeline. One instance per
 * document and thread; it holds an OpenNLP lemmatizer, which is not thread-safe.
 */
public final class SentenceTags {

    /** Words on each side of a word that the lemmatizer sees; its features look two words around. */
    private static final int LEMMA_WINDOW = 2;

    private final Document document;
    private final GreedyTagger tagger;
    private final Supplier<LemmatizerModel> lemmatizerModel;

    private final Map<Integer, String[]> cache = new HashMap<>();
    private final Map<Integer, String> lemmas = new HashMap<>();
    private LemmatizerME lemmatizer;

    /** @param lemmatizerModel asked for only when a lemma is, since the model is read on first use */
    public SentenceTags(Document document, GreedyTagger tagger, Supplier<LemmatizerModel> lemmatizerModel) {
        this.document = document;
        this.tagger = tagger;
        this.lemmatizerModel = lemmatizerModel;
    }

    /** Tags with a tagger of its own: for tests and tools that read one document; the pipeline shares one. */
    public SentenceTags(Document document, POSModel posModel, LemmatizerModel lemmatizerModel) {
        this(document, new GreedyTagger(posModel), () -> lemmatizerModel);
    }

    /** The UD part-of-speech tag of a token. */
    public String pos(int tokenIndex) {
        Token token = document.token(tokenIndex);
        return tagsOf(token.sentence())[tokenIndex - document.sentence(token.sentence()).firstToken()];
    }

    /**
     * The lemma of a token, in lower case. The lemmatizer is the slowest model by far (it ranks thousands of edit
     * scripts per word), so only the words asked about are lemmatized, each within a small window of its
     * neighbours, which is all the context the model's features look at.
     */
    public String lemma(int tokenIndex) {
        return lemmas.computeIfAbsent(tokenIndex, this::lemmatize);
    }

    public boolean isVerb(int tokenIndex) {
        String pos = pos(tokenIndex);
        return pos.equals("VERB") || pos.equals("AUX");
    }

    public int taggedSentenceCount() {
        return cache.size();
    }

    /** How many tokens the tagger has tagged so far (for the benchmark's count of model work). */
    public int taggedTokenCount() {
        return cache.values().stream().mapToInt(tags -> tags.length).sum();
    }

    /** How many tokens the lemmatizer has lemmatized so far. */
    public int lemmatizedTokenCount() {
        return lemmas.size();
    }

    private String[] tagsOf(int sentenceIndex) {
        return cache.computeIfAbsent(sentenceIndex, this::tag);
    }

    private String[] tag(int sentenceIndex) {
        document.deadline().check();
        String[] words = words(document.sentence(sentenceIndex).firstToken(), document.sentence(sentenceIndex).endToken());
        return tagger.tag(words);
    }

    private String lemmatize(int tokenIndex) {
        if (lemmatizer == null) {
            lemmatizer = new LemmatizerME(lemmatizerModel.get());
        }
        Sentence sentence = document.sentenceOf(document.token(tokenIndex));
        int from = Math.max(sentence.firstToken(), tokenIndex - LEMMA_WINDOW);
        int to = Math.min(sentence.endToken(), tokenIndex + LEMMA_WINDOW + 1);
        String[] words = words(from, to);
        String[] windowTags = new String[words.length];
        for (int k = from; k < to; k++) {
            windowTags[k - from] = pos(k);
        }
        return lemmatizer.lemmatize(words, windowTags)[tokenIndex - from].toLowerCase(Locale.ROOT);
    }

    private String[] words(int from, int to) {
        String[] words = new String[to - from];
        for (int k = from; k < to; k++) {
            words[k - from] = document.token(k).text().replace('\u2019', '\'').replace('\u2018', '\'');
        }
        return words;
    }
}
