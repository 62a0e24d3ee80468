package io.applydesk.automation.sandbox.greenhousenew;

import java.util.List;

/**
 * A question of a new-form Greenhouse job post beyond the standard contact fields.
 *
 * @param id      the element id and the key the page posts: {@code question_{n}} for custom questions,
 *                the bare number for demographic ones (as on the real boards)
 * @param options the choices of a select or checkbox group, in display order (empty for text)
 */
public record GreenhouseNewQuestion(String id, String label, Kind kind, boolean required, List<String> options) {

    /** How the React form renders the question. */
    public enum Kind {
        /** {@code input.input__single-line[type=text]} */
        TEXT,
        /** {@code textarea.input__multi-line} */
        TEXTAREA,
        /** react-select single value */
        SELECT,
        /** react-select with {@code is-multi} */
        MULTI_SELECT,
        /** {@code fieldset.checkbox} with one (boolean) box; posted as "1" when ticked */
        CHECKBOX,
        /** {@code fieldset.checkbox} with one box per option; each ticked option text is posted */
        CHECKBOXES
    }

    public GreenhouseNewQuestion {
        options = List.copyOf(options);
    }

    /** Demographic (voluntary self-identification) questions carry bare numeric ids. */
    public boolean demographic() {
        return !id.startsWith("question_");
    }

    static GreenhouseNewQuestion custom(long id, String label, Kind kind, boolean required, String... options) {
        return new GreenhouseNewQuestion("question_" + id, label, kind, required, List.of(options));
    }

    static GreenhouseNewQuestion demographic(long id, String label, String... options) {
        return new GreenhouseNewQuestion(Long.toString(id), label, Kind.SELECT, false, List.of(options));
    }
}
