package io.applydesk.app.ui.inbox;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A question of the answer bank and the answer in its field: a saved answer being edited, or an empty
 * field for a question a form asked that nobody answered yet.
 *
 * @param stored the answer as stored, "" for a question not answered yet
 */
public record BankRow(String question, StringProperty answer, boolean saved, String stored) {

    static BankRow unanswered(String question) {
        return new BankRow(question, new SimpleStringProperty(""), false, "");
    }

    static BankRow saved(String question, String answer) {
        return new BankRow(question, new SimpleStringProperty(answer), true, answer);
    }

    /** Typed into and not saved. */
    boolean edited() {
        return !answer.get().equals(stored);
    }
}
