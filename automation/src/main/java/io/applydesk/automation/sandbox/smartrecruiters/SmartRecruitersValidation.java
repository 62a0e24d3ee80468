package io.applydesk.automation.sandbox.smartrecruiters;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Checks a OneClick application as SmartRecruiters' server does; errors are keyed by the field's JSON name. */
final class SmartRecruitersValidation {
    private static final List<String> REQUIRED = List.of("firstName", "lastName", "email", "confirmEmail",
            "phoneNumber", "location");

    private SmartRecruitersValidation() {
    }

    /** Field → message, in form order; empty when the application is complete. */
    static Map<String, String> errors(SmartRecruitersJob job, JsonNode body, Predicate<String> uploaded) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String name : REQUIRED) {
            if (body.path(name).asText("").isBlank()) {
                errors.put(name, SmartRecruitersReplica.REQUIRED_MESSAGE);
            }
        }
        String email = body.path("email").asText("");
        if (!errors.containsKey("email") && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "Enter a valid email address");
        }
        if (!errors.containsKey("confirmEmail") && !body.path("confirmEmail").asText("").equalsIgnoreCase(email)) {
            errors.put("confirmEmail", "Emails do not match");
        }
        if (!uploaded.test(body.path("resumeFileId").asText(""))) {
            errors.put("resume", "Please upload your resume");
        }
        for (SmartRecruitersQuestion question : job.questions()) {
            String value = body.path("answers").path(question.id()).asText("");
            if (value.isBlank()) {
                if (question.required()) {
                    errors.put(question.fieldName(), SmartRecruitersReplica.REQUIRED_MESSAGE);
                }
            } else if (!question.options().isEmpty() && !question.options().contains(value)) {
                errors.put(question.fieldName(), "Select one of the options");
            }
        }
        if (!body.path("consent").asBoolean()) {
            errors.put("consent", "Please accept the privacy policy to apply");
        }
        return errors;
    }
}
