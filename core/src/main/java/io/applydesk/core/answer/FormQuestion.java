package io.applydesk.core.answer;

import java.util.List;

/**
 * One question as a form shows it.
 *
 * @param label     the visible label text, as shown (asterisks and all)
 * @param fieldName the form's own field name or id, kept for evidence
 * @param options   the offered option texts for choice questions, empty otherwise
 */
public record FormQuestion(
        String label,
        String fieldName,
        QuestionType type,
        List<String> options,
        boolean required,
        QuestionSection section) {

    public FormQuestion {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
