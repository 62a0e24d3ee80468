package io.applydesk.app.ui.inbox;

import io.applydesk.core.answer.AnswerResolver;
import io.applydesk.core.profile.BankQuestion;
import javafx.beans.property.StringProperty;

/**
 * A question of the answer bank and the answer in its field: a saved answer being edited, or an empty
 * field for a question a form asked that nobody answered yet.
 *
 * @param field  the question as the last form that could not use the bank asked it (a choice question offers its
 *               options), and the answer being written
 * @param stored the answer as stored, "" for a question not answered yet
 */
public record BankRow(AnswerField field, boolean saved, String stored) {

    static BankRow of(BankQuestion question) {
        AnswerField field = new AnswerField(question.asked());
        String stored = question.answer() == null ? "" : question.answer();
        field.answer().set(stored);
        return new BankRow(field, question.answer() != null, stored);
    }

    public String question() {
        return field.question().label();
    }

    public StringProperty answer() {
        return field.answer();
    }

    /** Typed into and not saved. */
    boolean edited() {
        return !answer().get().equals(stored);
    }

    /**
     * Why the saved answer waits for the candidate again, "" when it does not: the form's choices, learnt since it
     * was saved as free text, do not take it.
     */
    public String problem() {
        return !saved || AnswerResolver.fits(field.question(), stored) ? ""
                : "\u201c" + stored + "\u201d is not one of the form's choices, so forms that ask this wait for you:"
                        + " choose again.";
    }
}
