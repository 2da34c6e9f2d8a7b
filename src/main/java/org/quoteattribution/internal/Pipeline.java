package org.quoteattribution.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quoteattribution.Phrase;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteDate;
import org.quoteattribution.Span;
import org.quoteattribution.Speaker;
import org.quoteattribution.internal.assembly.DraftQuote;
import org.quoteattribution.internal.assembly.QuoteAssembler;
import org.quoteattribution.internal.assembly.QuoteClassifier;
import org.quoteattribution.internal.assembly.QuoteFeatures;
import org.quoteattribution.internal.clauses.CueClause;
import org.quoteattribution.internal.cues.Cue;
import org.quoteattribution.internal.cues.CueFinder;
import org.quoteattribution.internal.cues.CueKind;
import org.quoteattribution.internal.cues.CueLexicon;
import org.quoteattribution.internal.dates.DateFinder;
import org.quoteattribution.internal.entities.EntityTagger;
import org.quoteattribution.internal.entities.NameIndex;
import org.quoteattribution.internal.entities.TitleWords;
import org.quoteattribution.internal.marks.Quotation;
import org.quoteattribution.internal.marks.QuotationMarkFinder;
import org.quoteattribution.internal.marks.QuotedRegions;
import org.quoteattribution.internal.models.NlpModels;
import org.quoteattribution.internal.roles.RoleFinder;
import org.quoteattribution.internal.sources.SourceFinder;
import org.quoteattribution.internal.speakers.MentionFinder;
import org.quoteattribution.internal.speakers.SpeakerResolver;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.DocumentReader;
import org.quoteattribution.internal.text.SentenceTags;

/**
 * The stages in the order the task reads: split the text, find quotation marks, find cues, assemble quotes, find
 * speakers, resolve names and roles, resolve dates and sources. Every stage object is immutable and shared by all
 * threads; all per-article state lives in local variables of {@link #analyze}.
 */
public final class Pipeline {

    private final NlpModels models;
    private final boolean includeBeliefs;
    private final DocumentReader reader;
    private final QuotationMarkFinder markFinder = new QuotationMarkFinder();
    private final CueFinder cueFinder;
    private final QuoteAssembler assembler;
    private final TitleWords titles = new TitleWords();
    private final SpeakerResolver speakerResolver = new SpeakerResolver(titles);
    private final RoleFinder roleFinder = new RoleFinder(titles);
    private final DateFinder dateFinder = new DateFinder();
    private final SourceFinder sourceFinder = new SourceFinder();

    public Pipeline(NlpModels models, boolean includeBeliefs) {
        this.models = models;
        this.includeBeliefs = includeBeliefs;
        this.reader = new DocumentReader(models.sentenceModel(), models.tokenizerModel());
        this.cueFinder = new CueFinder(CueLexicon.load());
        this.assembler = new QuoteAssembler(new MentionFinder(),
                QuoteClassifier.load(models.location()));
    }

    /** The stages before assembly, for one article: its text split up, its quotation marks and its cues. */
    private record Prepared(Document doc, SentenceTags tags, EntityTagger entities, List<Quotation> quotations,
            List<Cue> cues) {
    }

    /** A candidate quote with the classifier's features, for {@link TrainingView}. */
    record TrainingCandidate(Document doc, DraftQuote draft, String[] features) {
    }

    /** Every candidate quote of a text before the classifier weighs it, with its features. */
    List<TrainingCandidate> candidatesForTraining(String text) {
        Prepared p = prepare(text);
        QuotedRegions quoted = new QuotedRegions(p.quotations());
        return assembler.candidates(p.doc(), p.tags(), p.quotations(), p.cues()).stream()
                .map(d -> new TrainingCandidate(p.doc(), d, QuoteFeatures.of(p.doc(), p.tags(), p.entities(), quoted, d)))
                .toList();
    }

    private Prepared prepare(String text) {
        Document doc = reader.read(text);
        SentenceTags tags = new SentenceTags(doc, models.posModel(), models.lemmatizerModel());
        List<Quotation> quotations = markFinder.find(doc);
        List<Cue> cues = cueFinder.find(doc, tags).stream()
                .filter(c -> includeBeliefs || c.kind() != CueKind.BELIEF)
                .toList();
        return new Prepared(doc, tags, new EntityTagger(doc, models.nameFinderModel()), quotations, cues);
    }

    public List<Quote> analyze(String text, Optional<LocalDate> published) {
        Prepared prepared = prepare(text);
        Document doc = prepared.doc();
        SentenceTags tags = prepared.tags();
        List<QuoteAssembler.Scored> assembled = assembler.assemble(doc, tags, prepared.entities(),
                prepared.quotations(), prepared.cues());
        NameIndex names = NameIndex.of(doc, titles);
        QuotedRegions quoted = new QuotedRegions(prepared.quotations());
        List<SpeakerResolver.ResolvedSpeaker> speakers = speakerResolver.start(doc, tags, names, prepared.entities(),
                quoted).resolveAll(assembled.stream().map(QuoteAssembler.Scored::draft).toList());
        RoleFinder.Roles roles = roleFinder.start(doc, tags, names, quoted);
        for (SpeakerResolver.ResolvedSpeaker s : speakers) {
            s.description().ifPresent(d -> roles.describe(s.fullName().orElseThrow(), d.firstToken(), d.endToken()));
        }
        List<Quote> quotes = new ArrayList<>(assembled.size());
        for (int i = 0; i < assembled.size(); i++) {
            QuoteAssembler.Scored scored = assembled.get(i);
            DraftQuote draft = scored.draft();
            SpeakerResolver.ResolvedSpeaker resolved = speakers.get(i);
            Optional<String> role = roles.roleOf(resolved.fullName());
            Optional<Speaker> speaker = resolved.mention().isEmpty() && resolved.name().isEmpty()
                    ? Optional.empty()
                    : Optional.of(new Speaker(resolved.name(), resolved.mention(), role));
            Optional<CueClause> clause = CueClause.of(doc, tags, draft);
            Optional<QuoteDate> date = clause.flatMap(c -> dateFinder.dateOf(c, published));
            Optional<Phrase> source = clause.flatMap(c -> sourceFinder.sourceOf(c, tags, prepared.entities()));
            quotes.add(new Quote(draft.type(), joined(text, draft.spans()), draft.spans(), cuePhrase(doc, draft),
                    speaker, date, source, scored.score()));
        }
        return List.copyOf(quotes);
    }

    private static Optional<Phrase> cuePhrase(Document doc, DraftQuote draft) {
        return draft.cue().map(c -> {
            int start = doc.token(c.firstToken()).start();
            int end = doc.token(c.endToken() - 1).end();
            return new Phrase(doc.text().substring(start, end), new Span(start, end));
        });
    }

    private static String joined(String text, List<Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(text, s.start(), s.end());
        }
        return b.toString();
    }
}
