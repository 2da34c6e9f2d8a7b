package org.quoteattribution.internal.dates;

import java.time.LocalDate;
import java.util.Optional;
import org.quoteattribution.Phrase;
import org.quoteattribution.QuoteDate;
import org.quoteattribution.Span;
import org.quoteattribution.internal.clauses.CueClause;
import org.quoteattribution.internal.lexicon.LexiconFile;
import org.quoteattribution.internal.text.Document;
import org.quoteattribution.internal.text.PhraseTable;
import org.quoteattribution.internal.text.Sentence;
import org.quoteattribution.internal.text.Token;

/**
 * Finds the day a quote's words were said or written, resolved against the publication date. The date phrase must
 * stand in the cue's own clause ("On Wednesday, Lavrov said", "Zelenskyy said in a Telegram post on Wednesday"),
 * the nearest one to the cue winning. A phrase in the previous sentence counts only when the cue's sentence opens
 * with words that carry it ("On Monday, Trump hosted .... Afterward, Trump wrote"). No phrase, no date: the date is
 * never guessed. Immutable and thread-safe.
 */
public final class DateFinder {

    private final DatePhraseReader reader = new DatePhraseReader();
    private final PhraseTable<Boolean> carriers = PhraseTable.ignoringCase(
            LexiconFile.lines("date-carriers.txt").stream()
                    .collect(java.util.stream.Collectors.toMap(l -> l, l -> Boolean.TRUE, (a, b) -> a)));

    /** The date of the words reported in the clause of a quote's cue. */
    public Optional<QuoteDate> dateOf(CueClause clause, Optional<LocalDate> published) {
        Optional<DatePhrase> phrase = nearestInClause(clause).or(() -> carriedFromPreviousSentence(clause));
        Document doc = clause.document();
        return phrase.map(p -> {
            int start = doc.token(p.firstToken()).start();
            int end = doc.token(p.endToken() - 1).end();
            return new QuoteDate(p.meaning().resolve(published),
                    new Phrase(doc.text().substring(start, end), new Span(start, end)));
        });
    }

    private Optional<DatePhrase> nearestInClause(CueClause clause) {
        Sentence sentence = clause.sentence();
        Document doc = clause.document();
        DatePhrase best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = sentence.firstToken(); k < sentence.endToken(); k++) {
            if (!clause.mayStartAt(k)) {
                continue;
            }
            Optional<DatePhrase> found = reader.at(doc, k, clause.limitFrom(k));
            if (found.isPresent()) {
                int distance = clause.distanceToCue(found.get().firstToken(), found.get().endToken());
                if (distance < bestDistance) {
                    best = found.get();
                    bestDistance = distance;
                }
                k = found.get().endToken() - 1;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "Afterward, Trump wrote ...": the first date of the sentence before, outside quotation marks. */
    private Optional<DatePhrase> carriedFromPreviousSentence(CueClause clause) {
        Document doc = clause.document();
        Sentence sentence = clause.sentence();
        int opener = clause.firstWord();
        if (sentence.index() == 0 || opener >= clause.cue().firstToken()
                || carriers.at(doc, opener, clause.cue().firstToken()).isEmpty()) {
            return Optional.empty();
        }
        Sentence previous = doc.sentence(sentence.index() - 1);
        if (sentence.paragraph() - previous.paragraph() > 1) {
            return Optional.empty();
        }
        boolean quoted = false;
        for (int k = previous.firstToken(); k < previous.endToken(); k++) {
            Token t = doc.token(k);
            if (t.isQuotationMark()) {
                quoted = !quoted;
                continue;
            }
            if (!quoted) {
                Optional<DatePhrase> found = reader.at(doc, k, previous.endToken());
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
