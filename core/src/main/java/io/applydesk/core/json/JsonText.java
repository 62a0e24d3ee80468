package io.applydesk.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;

/**
 * JSON text columns: values are written with {@link Json#mapper()} and read back into records.
 * A column that cannot be read means the database was changed by hand; that is a bug, not a
 * refusal, hence unchecked exceptions.
 */
public final class JsonText {
    private static final ObjectWriter COMPACT = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private JsonText() {
    }

    /** The value as JSON text, or null for null. */
    public static String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return COMPACT.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The value read from JSON text, or null for null. */
    public static <T> T read(String text, Class<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return Json.mapper().readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot read " + type.getSimpleName() + " from stored JSON", e);
        }
    }

    /** The value read from JSON text, or null for null. */
    public static <T> T read(String text, TypeReference<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return Json.mapper().readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot read " + type.getType() + " from stored JSON", e);
        }
    }
}
