package org.quoteattribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The quotes as the JSON form the command-line tool writes, built of plain values that any JSON library writes the
 * same way: a {@code Map<String, @Nullable Object>} per object (keys in the form's order), {@code List}s, {@code String}s,
 * {@code Integer} offsets, a {@code Double} confidence rounded to three decimals, and {@code null} for every field
 * that is unknown (the form leaves no field out). The README's "The JSON form" section describes each field; the
 * JSON Schema {@code org/quoteattribution/quotes.schema.json} in this jar defines it.
 *
 * <pre>{@code
 * Map<String, Object> json = JsonForm.document(attributor.attribute(text));
 * String withJackson = new ObjectMapper().writeValueAsString(json);
 * String withGson = new GsonBuilder().serializeNulls().create().toJson(json); // Gson drops nulls unless told
 * }</pre>
 *
 * <p>The maps and lists are unmodifiable and hold nothing of the quotes but copies of their values.
 *
 * @since 1.0.0
 */
// "exports": @Nullable in the signatures comes from org.jspecify, which the module requires statically only, so
// that users need not have it at run time (as jsoup does); a consumer without it sees plain types.
@SuppressWarnings("exports")
public final class JsonForm {

    /** Where the JSON Schema of {@link #document} lies on the class path, beside this class. */
    public static final String SCHEMA_RESOURCE = "/org/quoteattribution/quotes.schema.json";

    private JsonForm() {
    }

    /**
     * One document's quotes: an object whose only field, {@code quotes}, is the list of {@link #quote}s.
     *
     * @param quotes the quotes of one document, as {@code attribute} gives them
     * @return {@code {"quotes": [...]}} as an unmodifiable map
     * @throws NullPointerException if {@code quotes} or one of them is null
     */
    public static Map<String, @Nullable Object> document(List<Quote> quotes) {
        Objects.requireNonNull(quotes, "quotes");
        List<@Nullable Object> list = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            list.add(quote(q));
        }
        return object("quotes", Collections.unmodifiableList(list));
    }

    /**
     * One quote: {@code type}, {@code text}, {@code spans}, {@code cue}, {@code speaker}, {@code date}, {@code
     * source}, {@code confidence}.
     *
     * @param quote a quote
     * @return the quote as an unmodifiable map, its keys in the order above
     * @throws NullPointerException if {@code quote} is null
     */
    public static Map<String, @Nullable Object> quote(Quote quote) {
        Objects.requireNonNull(quote, "quote");
        List<@Nullable Object> spans = new ArrayList<>(quote.spans().size());
        for (Span s : quote.spans()) {
            spans.add(object("start", s.start(), "end", s.end()));
        }
        return object("type", quote.type().name(),
                "text", quote.text(),
                "spans", Collections.unmodifiableList(spans),
                "cue", phrase(quote.cue()),
                "speaker", quote.speaker().map(JsonForm::speaker).orElse(null),
                "date", quote.date().map(JsonForm::date).orElse(null),
                "source", phrase(quote.source()),
                "confidence", Math.round(quote.confidence() * 1000) / 1000.0);
    }

    private static Map<String, @Nullable Object> speaker(Speaker s) {
        return object("name", s.name().orElse(null), "mention", phrase(s.mention()), "role", s.role().orElse(null));
    }

    private static Map<String, @Nullable Object> date(QuoteDate d) {
        return object("value", d.value().map(Object::toString).orElse(null), "text", d.phrase().text(),
                "start", d.phrase().start(), "end", d.phrase().end());
    }

    private static @Nullable Map<String, @Nullable Object> phrase(Optional<Phrase> phrase) {
        return phrase.map(p -> object("text", p.text(), "start", p.start(), "end", p.end())).orElse(null);
    }

    /** An unmodifiable map of the given keys and values, in their order; values may be null, as JSON's may. */
    private static Map<String, @Nullable Object> object(@Nullable Object... keysAndValues) {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) Objects.requireNonNull(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
