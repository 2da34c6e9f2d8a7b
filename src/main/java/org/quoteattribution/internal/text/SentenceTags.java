package org.quoteattribution.internal.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * Part-of-speech tags (Universal Dependencies: NOUN, PROPN, VERB, ...) and lemmas, computed for a sentence only when
 * a later stage asks for it: tagging everything would cost five times the rest of the pipeline. One instance per
 * document and thread; it holds OpenNLP taggers, which are not thread-safe.
 */
public final class SentenceTags {

    private static final Set<String> NOMINAL = Set.of("NOUN", "PROPN", "PRON", "NUM");

    private final Document document;
    private final POSModel posModel;
    private final LemmatizerModel lemmatizerModel;
    private final Map<Integer, String[][]> cache = new HashMap<>();
    private POSTaggerME tagger;
    private LemmatizerME lemmatizer;

    public SentenceTags(Document document, POSModel posModel, LemmatizerModel lemmatizerModel) {
        this.document = document;
        this.posModel = posModel;
        this.lemmatizerModel = lemmatizerModel;
    }

    /** The UD part-of-speech tag of a token. */
    public String pos(int tokenIndex) {
        Token token = document.token(tokenIndex);
        return tagsOf(token.sentence())[0][tokenIndex - document.sentence(token.sentence()).firstToken()];
    }

    /** The lemma of a token, in lower case. */
    public String lemma(int tokenIndex) {
        Token token = document.token(tokenIndex);
        return tagsOf(token.sentence())[1][tokenIndex - document.sentence(token.sentence()).firstToken()];
    }

    public boolean isVerb(int tokenIndex) {
        String pos = pos(tokenIndex);
        return pos.equals("VERB") || pos.equals("AUX");
    }

    public boolean isNominal(int tokenIndex) {
        return NOMINAL.contains(pos(tokenIndex));
    }

    public int taggedSentenceCount() {
        return cache.size();
    }

    private String[][] tagsOf(int sentenceIndex) {
        return cache.computeIfAbsent(sentenceIndex, this::tag);
    }

    private String[][] tag(int sentenceIndex) {
        if (tagger == null) {
            tagger = new POSTaggerME(posModel, POSTagFormat.UD);
            lemmatizer = new LemmatizerME(lemmatizerModel);
        }
        List<Token> tokens = document.tokensOf(document.sentence(sentenceIndex));
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text().replace('\u2019', '\'').replace('\u2018', '\'');
        }
        String[] tags = tagger.tag(words);
        String[] lemmas = lemmatizer.lemmatize(words, tags);
        for (int i = 0; i < lemmas.length; i++) {
            lemmas[i] = lemmas[i].toLowerCase(java.util.Locale.ROOT);
        }
        return new String[][] {tags, lemmas};
    }
}
