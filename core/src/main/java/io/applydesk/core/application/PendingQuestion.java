package io.applydesk.core.application;

import java.util.List;

/**
 * A required question nothing approved could answer; the application waits on it (NEEDS_INPUT).
 *
 * @param type    text, textarea, select, multi_select, yes_no, checkbox, file (a {@code QuestionType}'s api value;
 *                null reads as text)
 * @param options the choices offered, empty for free text
 */
public record PendingQuestion(String label, String type, List<String> options, boolean required) {

    public PendingQuestion {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
