package io.applydesk.core.search.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.json.Json;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.WorkType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reading board API JSON defensively: a body that is not the API's shape is a VALIDATION_ERROR naming the board. */
final class Shapes {
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS] z");

    private Shapes() {
    }

    /** The parsed body. */
    static JsonNode tree(Board board, String body) {
        try {
            JsonNode root = Json.mapper().readTree(body == null ? "" : body);
            if (root == null || root.isMissingNode()) {
                throw notTheShape(board, "it is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw notTheShape(board, "it is not JSON");
        }
    }

    /** The array under {@code field} of an object root (e.g. Greenhouse {@code jobs}). */
    static JsonNode arrayField(Board board, JsonNode root, String field) {
        JsonNode array = root.isObject() ? root.get(field) : null;
        if (array == null || !array.isArray()) {
            throw notTheShape(board, "it has no '" + field + "' list");
        }
        return array;
    }

    static ApplyDeskException notTheShape(Board board, String why) {
        return new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "The " + board.ats().displayName() + " board '"
                + board.token() + "' (" + board.companyName() + ") answered something that is not its job list: "
                + why + ".", board.key());
    }

    static ApplyDeskException noSuchBoard(Board board) {
        return new ApplyDeskException(ErrorCode.NOT_FOUND, "The " + board.ats().displayName() + " board '"
                + board.token() + "' (" + board.companyName() + ") does not exist or has been closed.", board.key());
    }

    /** Text of a field, null when absent, null or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** A number field, null when absent or not a number. */
    static Double number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        try {
            return Double.valueOf(value.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A boolean field: true, "true" or "1"; null when absent. */
    static Boolean bool(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : text.equalsIgnoreCase("true") || text.equals("1");
    }

    /** The non-blank texts of an array field. */
    static List<String> texts(JsonNode node, String field) {
        List<String> texts = new ArrayList<>();
        JsonNode array = node == null ? null : node.get(field);
        if (array != null && array.isArray()) {
            array.forEach(v -> {
                if (v.isValueNode() && !v.asText().isBlank()) {
                    texts.add(v.asText().strip());
                }
            });
        }
        return texts;
    }

    /**
     * A date as boards write it: ISO instant or offset date-time, "2024-05-01 10:00:00 UTC" (Recruitee), a bare
     * date (Workable, taken as midnight UTC), or epoch milliseconds (Lever). Null when absent or unreadable: an
     * odd date never fails a board.
     */
    static Instant instant(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return Instant.ofEpochMilli(value.asLong());
        }
        String text = value.asText().strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // try the other spellings
        }
        try {
            return ZonedDateTime.parse(text, SPACED).toInstant();
        } catch (DateTimeParseException e) {
            // try a bare date
        }
        try {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The work type of APIs that flag it with booleans (SmartRecruiters, Recruitee); null when none is set. */
    static WorkType flaggedWorkType(JsonNode node, String remote, String hybrid, String onSite) {
        if (Boolean.TRUE.equals(bool(node, remote))) {
            return WorkType.REMOTE;
        }
        if (Boolean.TRUE.equals(bool(node, hybrid))) {
            return WorkType.HYBRID;
        }
        return Boolean.TRUE.equals(bool(node, onSite)) ? WorkType.ON_SITE : null;
    }

    /** "City, Region, Country" from the non-blank parts. */
    static String joined(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part.strip());
            }
        }
        return present.isEmpty() ? null : String.join(", ", present);
    }
}
