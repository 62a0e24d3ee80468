package io.applydesk.app.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Small building blocks of forms built in code-behind: a labelled field, its inline error, the cursor put in it. */
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

    /**
     * Puts the cursor in {@code field} and scrolls the scroll pane it is in, if any, as far as needed to show it:
     * focusing alone scrolls nothing (only Tab does).
     */
    public static void focusInView(Node field) {
        field.requestFocus();
        ScrollPane scroll = scrollPaneAround(field);
        if (scroll == null) {
            return;
        }
        // WHY a layout now: the field may have just been built, and has no place before the next pulse.
        scroll.applyCss();
        scroll.layout();
        Node content = scroll.getContent();
        double viewport = scroll.getViewportBounds().getHeight();
        double scrollable = content.getLayoutBounds().getHeight() - viewport;
        if (scrollable <= 0) {
            return;
        }
        Bounds place = content.sceneToLocal(field.localToScene(field.getLayoutBounds()));
        double top = scroll.getVvalue() * scrollable;
        if (place.getMinY() < top) {
            scroll.setVvalue(Math.max(0, place.getMinY() / scrollable));
        } else if (place.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, (place.getMaxY() - viewport) / scrollable));
        }
    }

    private static ScrollPane scrollPaneAround(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    /** "phone number" → "Phone number". */
    public static String capitalized(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
