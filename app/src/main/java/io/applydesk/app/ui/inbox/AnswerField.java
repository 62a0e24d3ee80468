package io.applydesk.app.ui.inbox;

import io.applydesk.core.answer.QuestionType;
import io.applydesk.core.application.PendingQuestion;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One pending question of the selected application and the answer being typed (or chosen) for it. */
public record AnswerField(PendingQuestion question, StringProperty answer) {

    public AnswerField(PendingQuestion question) {
        this(question, new SimpleStringProperty(""));
    }

    /** Whether the form offers choices (a drop-down) rather than free text. */
    public boolean hasChoices() {
        return !question.options().isEmpty();
    }

    /** Whether the form asks for a long answer (a text area), so the answer gets several lines too. */
    public boolean isLongAnswer() {
        return QuestionType.TEXTAREA.apiValue().equals(question.type());
    }
}
