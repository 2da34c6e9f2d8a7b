package org.quoteattribution;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/** The JSON Schema the library ships ({@link JsonForm#SCHEMA_RESOURCE}), as the tests validate with it. */
public final class QuotesSchema {

    private static final JsonSchema SCHEMA = load();

    private QuotesSchema() {
    }

    /** What the schema finds wrong with {@code json}: empty when it is valid. */
    public static Set<ValidationMessage> errors(JsonNode json) {
        return SCHEMA.validate(json);
    }

    private static JsonSchema load() {
        try (InputStream in = JsonForm.class.getResourceAsStream(JsonForm.SCHEMA_RESOURCE)) {
            assertNotNull(in, JsonForm.SCHEMA_RESOURCE);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
