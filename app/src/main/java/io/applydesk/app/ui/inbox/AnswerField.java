package io.applydesk.app.ui.inbox;

import io.applydesk.core.answer.AnswerResolver;
import io.applydesk.core.answer.QuestionType;
import io.applydesk.core.answer.ResolvedAnswer;
import io.applydesk.core.application.PendingQuestion;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A question as a form asked it and the answer being typed (or chosen) for it: a pending question of the selected
 * application, or a question of the answer bank.
 */
public record AnswerField(PendingQuestion question, StringProperty answer) {

    public AnswerField(PendingQuestion question) {
        this(question, new SimpleStringProperty(""));
    }

    /** Whether the form offers choices (a drop-down, or tick boxes for several) rather than free text. */
    public boolean hasChoices() {
        return !question.options().isEmpty();
    }

    /** Whether the form takes several of its choices (a multi-select), not just one. */
    public boolean takesSeveral() {
        return QuestionType.ofApiValue(question.type()) == QuestionType.MULTI_SELECT;
    }

    /** Whether the form asks for a long answer (a text area), so the answer gets several lines too. */
    public boolean isLongAnswer() {
        return QuestionType.TEXTAREA.apiValue().equals(question.type());
    }

    /**
     * The options the answer names, as the engine would choose them: a free-text answer saved before the form's
     * choices were known shows as the options it names ("berlin, remote" as Berlin and Remote within the EU).
     */
    public List<String> chosen() {
        return AnswerResolver.chosenOptions(question, answer.get());
    }

    /** Picks or drops one of the options: the only one for a single choice, one more for a multi-select. */
    public void choose(String option, boolean picked) {
        if (!takesSeveral()) {
            answer.set(picked ? option : "");
            return;
        }
        List<String> chosen = chosen();
        answer.set(String.join(ResolvedAnswer.CHOICE_SEPARATOR, question.options().stream()
                .filter(o -> o.equals(option) ? picked : chosen.contains(o)).toList()));
    }
}
