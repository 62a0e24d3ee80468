package io.applydesk.automation.sandbox.greenhouse;

import io.applydesk.automation.sandbox.FormData;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The server-side required-field check of the classic form (the page script checks the same fields
 * before posting; this catches appliers that bypass the page).
 */
final class GreenhouseValidation {
    private GreenhouseValidation() {
    }

    /**
     * The error keys of required fields left empty, in form order; empty when the application is complete.
     *
     * @param isUploadedFile tells whether a {@code job_application[resume_url]} value names a file that was
     *                       really uploaded to this replica
     */
    static Set<String> missingFields(GreenhouseJob job, FormData form, Predicate<String> isUploadedFile) {
        Set<String> missing = new LinkedHashSet<>();
        requireText(form, GreenhouseFields.FIRST_NAME, "first_name", missing);
        requireText(form, GreenhouseFields.LAST_NAME, "last_name", missing);
        requireText(form, GreenhouseFields.EMAIL, "email", missing);
        requireText(form, GreenhouseFields.PHONE, "phone", missing);
        if (job.asksLocation()) {
            requireText(form, GreenhouseFields.LOCATION, GreenhouseFields.LOCATION_KEY, missing);
        }
        boolean resumeUploaded = isUploadedFile.test(form.value(GreenhouseFields.attachmentUrl("resume")));
        boolean resumeTyped = !form.value(GreenhouseFields.attachmentText("resume")).isBlank();
        if (!resumeUploaded && !resumeTyped) {
            missing.add(GreenhouseFields.RESUME_KEY);
        }
        for (int index = 0; index < job.questions().size(); index++) {
            GreenhouseQuestion question = job.questions().get(index);
            if (question.required() && !answered(index, question, form)) {
                missing.add(GreenhouseFields.questionKey(index));
            }
        }
        if (job.gdpr() && !"1".equals(form.value(GreenhouseFields.GDPR_CONSENT))) {
            missing.add(GreenhouseFields.GDPR_KEY);
        }
        return missing;
    }

    private static boolean answered(int index, GreenhouseQuestion question, FormData form) {
        return switch (question.kind()) {
            case TEXT, TEXTAREA -> !form.value(GreenhouseFields.answer(index, "text_value")).isBlank();
            case YES_NO -> Set.of("0", "1").contains(form.value(GreenhouseFields.answer(index, "boolean_value")));
            case SINGLE_SELECT -> isOption(question, form.value(GreenhouseFields.selectedOption(index, 0)));
            case MULTI_SELECT -> {
                boolean any = false;
                for (int option = 0; option < question.options().size(); option++) {
                    any |= isOption(question, form.value(GreenhouseFields.selectedOption(index, option)));
                }
                yield any;
            }
        };
    }

    private static boolean isOption(GreenhouseQuestion question, String value) {
        return question.options().stream().anyMatch(option -> String.valueOf(option.id()).equals(value));
    }

    private static void requireText(FormData form, String name, String key, Set<String> missing) {
        if (form.value(name).isBlank()) {
            missing.add(key);
        }
    }
}
