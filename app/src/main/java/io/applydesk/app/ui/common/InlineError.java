package io.applydesk.app.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** The problem shown beside a field: small red text that takes no room while there is none. */
public final class InlineError {

    private InlineError() {
    }

    /** Shows {@code text} in {@code label}, hidden (and unmanaged) while it is empty. */
    public static void bind(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        label.setWrapText(true);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
