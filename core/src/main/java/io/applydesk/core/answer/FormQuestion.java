package io.applydesk.core.answer;

import java.util.List;

/**
 * One question as a form shows it.
 *
 * @param label       the visible label text, as shown (asterisks and all)
 * @param fieldName   the form's own field name or id, kept for evidence
 * @param options     the offered option texts for choice questions, empty otherwise
 * @param placeholder the input's placeholder or format hint ("MM/DD/YYYY", "(201) 555-0123"), null when
 *                    none; it decides how dates and phone numbers are written
 */
public record FormQuestion(
        String label,
        String fieldName,
        QuestionType type,
        List<String> options,
        boolean required,
        QuestionSection section,
        String placeholder) {

    public FormQuestion {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** A question without a placeholder. */
    public FormQuestion(String label, String fieldName, QuestionType type, List<String> options, boolean required,
                        QuestionSection section) {
        this(label, fieldName, type, options, required, section, null);
    }

    /** The label and the placeholder together: where forms state the format they want. */
    String formatHints() {
        return placeholder == null || placeholder.isBlank() ? label : label + " " + placeholder;
    }
}
