package org.quoteattribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.GsonBuilder;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** JsonForm: the quotes as plain values that Jackson and Gson write the same way, and that the schema accepts. */
class JsonFormTest {

    private static final ObjectMapper JACKSON = new ObjectMapper();
    private static final String ARTICLE = "\u201cWe will not give up the east,\u201d President Volodymyr Zelenskyy "
            + "said on Wednesday.\n\nThe Kremlin said in a statement that talks would go on.\n";

    private static List<Quote> quotes() {
        List<Quote> quotes = SharedAttributor.get().attribute(ARTICLE, LocalDate.of(2025, 8, 20));
        assertTrue(quotes.size() >= 2, quotes::toString);
        return quotes;
    }

    @Test
    void jacksonAndGsonWriteTheSameJson() throws IOException {
        Map<String, Object> document = JsonForm.document(quotes());
        JsonNode withJackson = JACKSON.readTree(JACKSON.writeValueAsString(document));
        JsonNode withGson = JACKSON.readTree(new GsonBuilder().serializeNulls().create().toJson(document));
        assertEquals(withJackson, withGson);
    }

    @Test
    void documentIsValidUnderTheSchema() throws IOException {
        JsonNode json = JACKSON.valueToTree(JsonForm.document(quotes()));
        assertEquals(Set.<ValidationMessage>of(), QuotesSchema.errors(json));
    }

    @Test
    void schemaRejectsAQuoteWithoutItsFields() throws IOException {
        JsonNode json = JACKSON.readTree("{\"quotes\": [{\"type\": \"DIRECT\", \"text\": \"x\"}]}");
        assertTrue(!QuotesSchema.errors(json).isEmpty());
    }

    @Test
    void everyFieldIsPresentAndUnknownOnesAreNull() {
        Map<String, Object> quote = JsonForm.quote(quotes().get(1)); // the Kremlin's: no date of its own
        assertEquals(List.of("type", "text", "spans", "cue", "speaker", "date", "source", "confidence"),
                List.copyOf(quote.keySet()));
        assertTrue(quote.containsKey("date"));
        assertNull(quote.get("date"));
    }

    @Test
    void offsetsAndTextAreThoseOfTheQuote() {
        Quote first = quotes().get(0);
        Map<String, Object> json = JsonForm.quote(first);
        assertEquals(first.text(), json.get("text"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> spans = (List<Map<String, Object>>) json.get("spans");
        assertEquals(first.spans().get(0).start(), spans.get(0).get("start"));
        assertEquals(first.spans().get(0).end(), spans.get(0).get("end"));
        @SuppressWarnings("unchecked")
        Map<String, Object> date = (Map<String, Object>) json.get("date");
        assertEquals("2025-08-20", date.get("value"));
    }

    @Test
    void confidenceIsRoundedToThreeDecimals() {
        double written = (Double) JsonForm.quote(quotes().get(0)).get("confidence");
        assertEquals(written, Math.round(written * 1000) / 1000.0);
    }

    @Test
    void theMapsCannotBeChanged() {
        Map<String, Object> document = JsonForm.document(quotes());
        assertThrows(UnsupportedOperationException.class, () -> document.put("x", 1));
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) document.get("quotes");
        assertThrows(UnsupportedOperationException.class, () -> list.add(1));
    }

    @Test
    void nullIsRefusedByName() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> JsonForm.document(null));
        assertEquals("quotes", e.getMessage());
    }
}
