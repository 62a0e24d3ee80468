package io.applydesk.automation.sandbox.bamboohr;

import io.applydesk.automation.sandbox.FormData;
import io.applydesk.automation.sandbox.UploadedFile;

import java.util.LinkedHashMap;
import java.util.Map;

/** Checks an application as BambooHR's server does: required fields, a real file, choices, the date's format. */
final class BambooHrValidation {

    private BambooHrValidation() {
    }

    /** Field name → message, in form order; empty when the application is complete. */
    static Map<String, String> errors(BambooHrJob job, FormData form) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (BambooHrField field : job.fields()) {
            if (field.kind() == BambooHrField.Kind.FILE) {
                boolean attached = form.files().stream().filter(file -> file.fieldName().equals(field.name()))
                        .map(UploadedFile::bytes).anyMatch(bytes -> bytes.length > 0);
                if (field.required() && !attached) {
                    errors.put(field.name(), BambooHrReplica.REQUIRED_MESSAGE);
                }
                continue;
            }
            String value = form.value(field.name());
            if (value == null || value.isBlank()) {
                if (field.required()) {
                    errors.put(field.name(), BambooHrReplica.REQUIRED_MESSAGE);
                }
            } else if (!field.options().isEmpty() && !field.options().contains(value)) {
                errors.put(field.name(), "Please choose one of the options.");
            } else if (field.kind() == BambooHrField.Kind.DATE && !value.matches("(0[1-9]|1[0-2])/(0[1-9]|[12]\\d|3[01])/\\d{4}")) {
                errors.put(field.name(), BambooHrReplica.DATE_MESSAGE);
            } else if (field.kind() == BambooHrField.Kind.EMAIL && !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                errors.put(field.name(), "Please enter a valid email address.");
            }
        }
        return errors;
    }
}
