package org.quoteattribution.internal.article;

import java.util.List;
import org.quoteattribution.internal.cues.Cue;
import org.quoteattribution.internal.cues.CueFinder;
import org.quoteattribution.internal.cues.CueIndex;
import org.quoteattribution.internal.cues.CueLexicon;
import org.quoteattribution.internal.entities.EntityTagger;
import org.quoteattribution.internal.entities.SharedNameFinder;
import org.quoteattribution.internal.entities.NameIndex;
import org.quoteattribution.internal.entities.TitleWords;
import org.quoteattribution.internal.limits.Deadline;
import org.quoteattribution.internal.marks.Quotation;
import org.quoteattribution.internal.marks.QuotationMarkFinder;
import org.quoteattribution.internal.marks.SingleMarkStyle;
import org.quoteattribution.internal.marks.QuotedRegions;
import org.quoteattribution.internal.models.NlpModels;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.DocumentReader;
import org.quoteattribution.internal.text.GreedyTagger;
import org.quoteattribution.internal.text.SentenceTags;

/**
 * The first three stages, which every later one builds on: read the text (paragraphs, sentences, tokens), find its
 * quotation marks, find its cues; the result is one {@link Article}. Immutable and thread-safe: each call makes its
 * own taggers from the shared models.
 */
public final class ArticleReader {

    private final NlpModels models;
    private final TitleWords titles;
    private final DocumentReader reader;
    private final GreedyTagger tagger;
    private final SharedNameFinder nameFinder;
    private final QuotationMarkFinder markFinder = new QuotationMarkFinder();
    private final CueFinder cueFinder = new CueFinder(CueLexicon.load());

    /**
     * @param models the loaded models
     * @param titles the title words the name index leaves out of names
     */
    public ArticleReader(NlpModels models, TitleWords titles) {
        this.models = models;
        this.titles = titles;
        this.reader = new DocumentReader(models.sentenceModel(), models.tokenizerModel());
        this.tagger = new GreedyTagger(models.posModel(), models.posMaxent());
        this.nameFinder = new SharedNameFinder(models.nameFinderModel());
    }

    public Article read(String text) {
        return read(text, Deadline.NONE);
    }

    /** The article of {@code text}, its document carrying {@code deadline} to every later stage. */
    public Article read(String text, Deadline deadline) {
        // one convention of quotation marks for every later stage; same length, so every offset holds
        Document doc = reader.read(SingleMarkStyle.asDoubleMarks(text), deadline);
        SentenceTags tags = new SentenceTags(doc, tagger, models.lemmatizer());
        List<Quotation> quotations = markFinder.find(doc);
        List<Cue> cues = cueFinder.find(doc, tags);
        return new Article(doc, tags, new EntityTagger(doc, nameFinder), NameIndex.of(doc, titles),
                quotations, new QuotedRegions(quotations), cues, new CueIndex(doc, cues));
    }
}
