package org.quoteattribution.internal;

import org.quoteattribution.internal.article.Article;
import org.quoteattribution.internal.article.ArticleReader;
import org.quoteattribution.internal.entities.TitleWords;
import org.quoteattribution.internal.models.NlpModels;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.DocumentReader;

/** Models and readers shared by the stage tests (loading models is slow). */
public final class TestDocuments {

    public static final NlpModels MODELS = NlpModels.fromClasspath();
    public static final TitleWords TITLES = new TitleWords();
    private static final DocumentReader READER = new DocumentReader(MODELS.sentenceModel(), MODELS.tokenizerModel());
    private static final ArticleReader ARTICLES = new ArticleReader(MODELS, TITLES);

    private TestDocuments() {
    }

    /** The text split into paragraphs, sentences and tokens: what the first stage gives. */
    public static Document read(String text) {
        return READER.read(text);
    }

    /** The article every stage from assembly on reads: the text read, its quotation marks and cues found. */
    public static Article article(String text) {
        return ARTICLES.read(text);
    }
}
