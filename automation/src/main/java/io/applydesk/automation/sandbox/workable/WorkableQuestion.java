package io.applydesk.automation.sandbox.workable;

import java.util.List;

/**
 * A question of a Workable application form beyond the standard fields: an employer question
 * ({@code QA_{id}}) or a custom attribute ({@code CA_{id}}), rendered by {@code workable.js}.
 *
 * @param key     the field's id and name, e.g. {@code QA_6130201}
 * @param options the choices' texts ({@code YES}/{@code NO} for a boolean); empty for free text
 */
public record WorkableQuestion(String key, Kind kind, String label, boolean required, List<String> options) {

    public WorkableQuestion {
        options = List.copyOf(options);
    }

    /** How Workable renders the question. */
    public enum Kind {
        /** a one-line input */
        SHORT_TEXT,
        /** a textarea */
        FREE_TEXT,
        /** radios YES / NO in a fieldset */
        BOOLEAN,
        /** radios in a fieldset */
        MULTIPLE_CHOICE,
        /** checkboxes in a fieldset */
        MULTIPLE_SELECT
    }

    public static WorkableQuestion text(String key, String label, boolean required) {
        return new WorkableQuestion(key, Kind.SHORT_TEXT, label, required, List.of());
    }

    public static WorkableQuestion paragraph(String key, String label, boolean required) {
        return new WorkableQuestion(key, Kind.FREE_TEXT, label, required, List.of());
    }

    public static WorkableQuestion yesNo(String key, String label, boolean required) {
        return new WorkableQuestion(key, Kind.BOOLEAN, label, required, List.of("YES", "NO"));
    }

    public static WorkableQuestion choice(String key, String label, boolean required, String... options) {
        return new WorkableQuestion(key, Kind.MULTIPLE_CHOICE, label, required, List.of(options));
    }

    public static WorkableQuestion checkboxes(String key, String label, boolean required, String... options) {
        return new WorkableQuestion(key, Kind.MULTIPLE_SELECT, label, required, List.of(options));
    }
}
