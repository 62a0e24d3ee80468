package io.applydesk.automation.sandbox.lever;

import io.applydesk.automation.sandbox.FormData;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The Lever server's checks of an application POST: required fields, a parsed resume, offered options only. */
final class LeverValidation {
    private LeverValidation() {
    }

    /** One message per problem, empty when the application is complete. */
    static List<String> problems(LeverJob job, FormData form, Predicate<String> isStoredResume) {
        List<String> problems = new ArrayList<>();
        if (!isStoredResume.test(form.value("resumeStorageId"))) {
            problems.add("Resume/CV: please upload your resume.");
        }
        for (LeverForm.Standard field : LeverForm.CONTACT) {
            if (field.required() && form.value(field.name()).isBlank()) {
                problems.add(field.label() + ": this field is required.");
            }
        }
        for (LeverCard card : job.cards()) {
            for (int i = 0; i < card.fields().size(); i++) {
                LeverCard.Field field = card.fields().get(i);
                List<String> values = form.values(card.fieldName(i)).stream().filter(v -> !v.isBlank()).toList();
                if (field.required() && values.isEmpty()) {
                    problems.add(field.text() + ": this field is required.");
                } else if (field.type().hasOptions() && !field.options().containsAll(values)) {
                    problems.add(field.text() + ": please choose one of the options.");
                }
            }
        }
        if (job.eeo()) {
            LeverForm.EEO_OPTIONS.forEach((name, options) -> {
                String value = form.value(name);
                if (!value.isEmpty() && !options.contains(value)) {
                    problems.add(LeverForm.EEO_LABELS.get(name) + ": please choose one of the options.");
                }
            });
        }
        return problems;
    }
}
