package io.applydesk.app.ui.applications;

/**
 * One entry of a filter's drop-down: the words shown and the value it filters by (null = any).
 */
public record Choice<T>(String label, T value) {

    @Override
    public String toString() {
        return label;
    }
}
