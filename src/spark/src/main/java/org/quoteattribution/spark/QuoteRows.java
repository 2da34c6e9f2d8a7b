package org.quoteattribution.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.quoteattribution.Phrase;
import org.quoteattribution.Quote;
import org.quoteattribution.QuoteDate;
import org.quoteattribution.Span;
import org.quoteattribution.Speaker;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The job's rows: the articles it reads ({@link #ARTICLE}) and the rows it writes ({@link #OUTPUT}), one per quote
 * with the fields of the library's JSON form ({@code JsonForm.quote}) under the same names, or one per document that
 * failed, with its {@code error}.
 */
final class QuoteRows {

    /** An article as the job reads it, whatever the input format: {@code error} is set when it could not be read. */
    static final StructType ARTICLE = new StructType()
            .add("id", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("publication_date", DataTypes.StringType)
            .add("error", DataTypes.StringType);

    static final StructType PHRASE = new StructType()
            .add("text", DataTypes.StringType)
            .add("start", DataTypes.IntegerType)
            .add("end", DataTypes.IntegerType);

    static final StructType SPAN = new StructType()
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false);

    static final StructType SPEAKER = new StructType()
            .add("name", DataTypes.StringType)
            .add("mention", PHRASE)
            .add("role", DataTypes.StringType);

    static final StructType DATE = new StructType()
            .add("value", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("start", DataTypes.IntegerType)
            .add("end", DataTypes.IntegerType);

    /** A quote row: the document's id, the quote's place among its quotes (0, 1, ...) and the JSON form's fields. */
    static final StructType OUTPUT = new StructType(new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("quote_index", DataTypes.IntegerType, true),
            DataTypes.createStructField("type", DataTypes.StringType, true),
            DataTypes.createStructField("text", DataTypes.StringType, true),
            DataTypes.createStructField("spans", DataTypes.createArrayType(SPAN, false), true),
            DataTypes.createStructField("cue", PHRASE, true),
            DataTypes.createStructField("speaker", SPEAKER, true),
            DataTypes.createStructField("date", DATE, true),
            DataTypes.createStructField("source", PHRASE, true),
            DataTypes.createStructField("confidence", DataTypes.DoubleType, true),
            DataTypes.createStructField("error", DataTypes.StringType, true)});

    private QuoteRows() {
    }

    static Row quote(String id, int index, Quote q) {
        List<Row> spans = new ArrayList<>(q.spans().size());
        for (Span s : q.spans()) {
            spans.add(RowFactory.create(s.start(), s.end()));
        }
        return RowFactory.create(id, index, q.type().name(), q.text(), CollectionConverters.asScala(spans).toSeq(),
                phrase(q.cue()),
                q.speaker().map(QuoteRows::speaker).orElse(null), q.date().map(QuoteRows::date).orElse(null),
                phrase(q.source()), Math.round(q.confidence() * 1000) / 1000.0, null);
    }

    static Row error(String id, String message) {
        return RowFactory.create(id, null, null, null, null, null, null, null, null, null, message);
    }

    private static Row speaker(Speaker s) {
        return RowFactory.create(s.name().orElse(null), phrase(s.mention()), s.role().orElse(null));
    }

    private static Row date(QuoteDate d) {
        return RowFactory.create(d.value().map(Object::toString).orElse(null), d.phrase().text(), d.phrase().start(),
                d.phrase().end());
    }

    private static Row phrase(Optional<Phrase> phrase) {
        return phrase.map(p -> RowFactory.create(p.text(), p.start(), p.end())).orElse(null);
    }
}
