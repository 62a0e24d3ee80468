package io.applydesk.automation.sandbox.greenhouse;

import java.util.List;

/**
 * A custom question of a Greenhouse job post, rendered as {@code job_application[answers_attributes][N][…]}
 * where N is its position in the job's question list.
 *
 * @param id      Greenhouse's question id, sent back in the hidden {@code question_id} input
 * @param options the choices of a select or multi-select (empty for the other kinds)
 */
public record GreenhouseQuestion(long id, String label, Kind kind, boolean required, List<Option> options) {

    /** How the classic form renders the question. */
    public enum Kind {
        /** {@code input[type=text]…[text_value]} */
        TEXT,
        /** {@code textarea…[text_value]} */
        TEXTAREA,
        /** {@code select…[boolean_value]} with {@code --}, {@code 1} Yes, {@code 0} No */
        YES_NO,
        /** {@code select…[answer_selected_options_attributes][0][question_option_id]} */
        SINGLE_SELECT,
        /** checkboxes {@code …[answer_selected_options_attributes][M][question_option_id]} */
        MULTI_SELECT
    }

    /** A choice: {@code id} is the submitted value, {@code label} the text shown. */
    public record Option(long id, String label) {
    }

    public GreenhouseQuestion {
        options = List.copyOf(options);
    }

    public static GreenhouseQuestion text(long id, String label, boolean required) {
        return new GreenhouseQuestion(id, label, Kind.TEXT, required, List.of());
    }

    public static GreenhouseQuestion textarea(long id, String label, boolean required) {
        return new GreenhouseQuestion(id, label, Kind.TEXTAREA, required, List.of());
    }

    public static GreenhouseQuestion yesNo(long id, String label, boolean required) {
        return new GreenhouseQuestion(id, label, Kind.YES_NO, required, List.of());
    }

    public static GreenhouseQuestion singleSelect(long id, String label, boolean required, Option... options) {
        return new GreenhouseQuestion(id, label, Kind.SINGLE_SELECT, required, List.of(options));
    }

    public static GreenhouseQuestion multiSelect(long id, String label, boolean required, Option... options) {
        return new GreenhouseQuestion(id, label, Kind.MULTI_SELECT, required, List.of(options));
    }
}
