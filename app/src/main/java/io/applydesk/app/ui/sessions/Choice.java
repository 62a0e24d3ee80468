package io.applydesk.app.ui.sessions;

/** A filter choice: a value (null for "any") and the words a menu shows for it. */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
