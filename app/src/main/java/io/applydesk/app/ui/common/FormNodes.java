package io.applydesk.app.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Small building blocks of forms built in code-behind: a labelled field and its inline error. */
public final class FormNodes {

    private FormNodes() {
    }

    /** The caption over {@code input}, then {@code error} (may be null) under it; grows in a grid. */
    public static VBox labelled(String caption, Control input, Label error) {
        Label label = new Label(caption);
        label.getStyleClass().add("field-label");
        label.setLabelFor(input);
        input.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(4, label, input);
        if (error != null) {
            box.getChildren().add(error);
        }
        GridPane.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    /** Shows {@code text} in red, small, taking no room while empty. */
    public static void bindErrorLabel(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        label.setWrapText(true);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** "phone number" → "Phone number". */
    public static String capitalized(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
