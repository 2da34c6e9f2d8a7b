package org.quoteattribution.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.util.LongAccumulator;
import org.quoteattribution.AnalysisInterruptedException;
import org.quoteattribution.AnalysisTimeoutException;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteAttributor;

/**
 * The job's work on one partition: each article ({@link QuoteRows#ARTICLE}) becomes its quote rows, or one error row
 * when it cannot be analysed, so that one bad document never fails the task. Lazy: it holds one document's rows at a
 * time.
 */
final class Attribution implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final Settings settings;
    private final LongAccumulator documents;
    private final LongAccumulator quotes;
    private final LongAccumulator failed;

    Attribution(Settings settings, LongAccumulator documents, LongAccumulator quotes, LongAccumulator failed) {
        this.settings = settings;
        this.documents = documents;
        this.quotes = quotes;
        this.failed = failed;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> articles) {
        QuoteAttributor attributor = Attributors.of(settings);
        return new Iterator<>() {
            private Iterator<Row> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && articles.hasNext()) {
                    current = rows(attributor, articles.next()).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** The rows of one article: one per quote (none for an article without quotes), or one error row. */
    List<Row> rows(QuoteAttributor attributor, Row article) {
        String id = article.getString(0);
        String text = article.getString(1);
        String date = article.getString(2);
        String readError = article.getString(3);
        documents.add(1);
        String error;
        if (readError != null) {
            error = readError;
        } else if (text == null) {
            error = "no text";
        } else if (text.length() > settings.maxChars()) {
            error = "too large: " + text.length() + " characters; the limit is " + settings.maxChars();
        } else {
            try {
                List<Quote> found = date == null || date.isBlank()
                        ? attributor.attribute(text)
                        : attributor.attribute(text, publicationDate(date));
                List<Row> rows = new ArrayList<>(found.size());
                for (int i = 0; i < found.size(); i++) {
                    rows.add(QuoteRows.quote(id, i, found.get(i)));
                }
                quotes.add(rows.size());
                return rows;
            } catch (BadDateException e) {
                error = e.getMessage();
            } catch (AnalysisTimeoutException e) {
                error = "AnalysisTimeoutException: " + e.getMessage();
            } catch (AnalysisInterruptedException e) {
                throw e; // Spark is cancelling the task: it ends as cancelled, not as an error row
            } catch (RuntimeException | StackOverflowError e) {
                error = "analysis failed: " + e;
            }
        }
        failed.add(1);
        return List.of(QuoteRows.error(id, error));
    }

    private static LocalDate publicationDate(String date) {
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new BadDateException("bad publication_date '" + date + "': expected an ISO date such as 2025-08-20");
        }
    }

    private static final class BadDateException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadDateException(String message) {
            super(message);
        }
    }
}
