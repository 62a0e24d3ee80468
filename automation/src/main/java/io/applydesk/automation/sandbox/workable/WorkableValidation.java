package io.applydesk.automation.sandbox.workable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Workable server's checks of an application: required fields, a stored resume, offered options only. */
final class WorkableValidation {
    private WorkableValidation() {
    }

    /** Field name → message, in form order; empty when the application is complete. */
    static Map<String, String> errors(WorkableJob job, Map<String, List<String>> fields, boolean resumeStored) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (WorkableReplica.Standard field : WorkableReplica.STANDARD) {
            if (field.required() && blank(fields.get(field.name()))) {
                errors.put(field.name(), WorkableReplica.REQUIRED_MESSAGE);
            }
        }
        if (!resumeStored) {
            errors.put("resume", WorkableReplica.REQUIRED_MESSAGE);
        }
        for (WorkableQuestion question : job.questions()) {
            List<String> values = fields.getOrDefault(question.key(), List.of());
            if (question.required() && blank(values)) {
                errors.put(question.key(), WorkableReplica.REQUIRED_MESSAGE);
            } else if (question.kind() == WorkableQuestion.Kind.MULTIPLE_CHOICE
                    || question.kind() == WorkableQuestion.Kind.MULTIPLE_SELECT) {
                if (!question.options().containsAll(values)) {
                    errors.put(question.key(), "Please choose one of the options");
                }
            }
        }
        return errors;
    }

    private static boolean blank(List<String> values) {
        return values == null || values.stream().allMatch(String::isBlank);
    }
}
