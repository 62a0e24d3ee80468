package io.applydesk.automation.sandbox.ashby;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.automation.sandbox.UploadedFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a submission's field entries as Ashby's server does and turns them into recorded fields.
 * Values: text as a string, yes/no as a boolean, a choice as its option text, checkboxes as an array of
 * option texts, a location as {@code {locationId, label}} (a plain string means nothing was picked), a file
 * as {@code {handle}}.
 */
final class AshbyValidation {

    private AshbyValidation() {
    }

    /** Field path → message, in form order; empty when the submission is complete and well-formed. */
    static Map<String, String> errors(AshbyJob job, Map<String, JsonNode> entries,
                                      Function<String, Optional<UploadedFile>> uploads) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (AshbyField field : job.fields()) {
            JsonNode value = entries.get(field.path());
            if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())
                    || (value.isArray() && value.isEmpty())) {
                if (field.required()) {
                    errors.put(field.path(), AshbyReplica.REQUIRED_MESSAGE);
                }
                continue;
            }
            String problem = problem(field, value, uploads);
            if (problem != null) {
                errors.put(field.path(), problem);
            }
        }
        return errors;
    }

    private static String problem(AshbyField field, JsonNode value, Function<String, Optional<UploadedFile>> uploads) {
        switch (field.kind()) {
            case LOCATION:
                return value.isObject() && AshbyLocations.byId(value.path("locationId").asText()).isPresent()
                        ? null : AshbyReplica.PICK_LOCATION_MESSAGE;
            case FILE:
                return uploads.apply(value.path("handle").asText()).isPresent() ? null
                        : "The file was not uploaded. Please upload it again.";
            case YES_NO:
                return value.isBoolean() ? null : "Please answer Yes or No.";
            case EMAIL:
                return value.asText().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? null : "Please enter a valid email.";
            case CHECKBOXES:
                for (JsonNode choice : value) {
                    if (!field.options().contains(choice.asText())) {
                        return "Please select from the options.";
                    }
                }
                return null;
            case RADIO:
            case DROPDOWN:
                return field.options().contains(value.asText()) ? null : "Please select from the options.";
            default:
                return value.isTextual() ? null : "Please enter text.";
        }
    }

    /** Every answered field but files: path → value(s) as text. */
    static Map<String, List<String>> recordedFields(AshbyJob job, Map<String, JsonNode> entries) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (AshbyField field : job.fields()) {
            JsonNode value = entries.get(field.path());
            if (value == null || value.isNull() || field.kind() == AshbyField.Kind.FILE) {
                continue;
            }
            List<String> values = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(choice -> values.add(choice.asText()));
            } else if (field.kind() == AshbyField.Kind.LOCATION) {
                values.add(value.path("label").asText());
            } else {
                values.add(value.asText());
            }
            fields.put(field.path(), values);
        }
        return fields;
    }
}
