package io.applydesk.app.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A table cell with its text, and the full text in a tooltip (links, titles and errors can be long).
 *
 * @param <S> the table's row type
 */
public final class TextWithTooltipCell<S> extends TableCell<S, String> {

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        setText(empty ? null : value);
        setTooltip(empty || value == null || value.isEmpty() ? null : new Tooltip(value));
    }
}
