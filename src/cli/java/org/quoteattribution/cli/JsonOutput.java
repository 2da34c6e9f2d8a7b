package org.quoteattribution.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.quoteattribution.JsonForm;
import org.quoteattribution.Quote;

/**
 * The JSON the tool writes: the library's {@link JsonForm} written by Jackson, as one indented document per file
 * or as one line per file (JSON Lines, with the file's name). Jackson escapes control characters; no lone surrogate
 * can reach the output, since the tool reads only valid UTF-8 and every offset the library gives lies on a code point
 * boundary.
 */
final class JsonOutput {

    // no flush after each quote of a streamed document: the writer is buffered, the file renamed when complete
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(Separators
            .createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"));
    private static final ObjectWriter ONE_LINE = MAPPER.writer();

    private JsonOutput() {
    }

    /**
     * Writes one document, indented and ending with a line break (what a file of {@code --format json} holds),
     * taking the quotes one at a time from {@code quotes} (which hands each quote to the consumer it is given), so
     * that a document of many quotes is never held whole in memory; returns the number of quotes written.
     */
    static int writeDocument(Writer out, Consumer<Consumer<Quote>> quotes) throws IOException {
        int[] count = {0};
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            json.setPrettyPrinter(PRETTY.createInstance());
            json.writeStartObject();
            json.writeFieldName("quotes");
            json.writeStartArray();
            try {
                quotes.accept(quote -> {
                    try {
                        MAPPER.writeValue(json, JsonForm.quote(quote));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    count[0]++;
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write("\n");
        out.flush();
        return count[0];
    }

    /** One line of {@code --format jsonl}: the document with the name of its file first, ending with a line break. */
    static String line(String file, List<Quote> quotes) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("file", file);
        object.putAll(JsonForm.document(quotes));
        return write(ONE_LINE, object) + "\n";
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // maps, lists, strings and numbers always serialize: this is a bug, not a problem of the input
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
