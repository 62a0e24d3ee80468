package io.applydesk.automation.sandbox.recruitee;

import java.util.List;

/**
 * An open question of a Recruitee offer; its answer is posted as
 * {@code candidate[open_question_answers_attributes][i][content]} next to {@code [i][open_question_id]}.
 *
 * @param options the choices of a single-choice or boolean question; empty for text
 */
public record RecruiteeQuestion(long id, Kind kind, String body, boolean required, List<String> options) {

    public RecruiteeQuestion {
        options = List.copyOf(options);
    }

    /** How the careers site renders the question. */
    public enum Kind {
        /** a one-line input */
        STRING,
        /** a textarea */
        TEXT,
        /** radios Yes / No */
        BOOLEAN,
        /** a select */
        SINGLE_CHOICE
    }

    public static RecruiteeQuestion string(long id, String body, boolean required) {
        return new RecruiteeQuestion(id, Kind.STRING, body, required, List.of());
    }

    public static RecruiteeQuestion text(long id, String body, boolean required) {
        return new RecruiteeQuestion(id, Kind.TEXT, body, required, List.of());
    }

    public static RecruiteeQuestion yesNo(long id, String body, boolean required) {
        return new RecruiteeQuestion(id, Kind.BOOLEAN, body, required, List.of("Yes", "No"));
    }

    public static RecruiteeQuestion choice(long id, String body, boolean required, String... options) {
        return new RecruiteeQuestion(id, Kind.SINGLE_CHOICE, body, required, List.of(options));
    }
}
