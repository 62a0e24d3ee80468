package io.applydesk.app.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A table cell with its text, and the full text in a tooltip (links, titles and errors can be long). The cell keeps
 * one tooltip and changes its text: a live table refreshes its cells often, and a new tooltip each time made a
 * first run's table take ~0.1 s of the FX thread to lay out.
 *
 * @param <S> the table's row type
 */
public final class TextWithTooltipCell<S> extends TableCell<S, String> {
    private Tooltip tooltip;

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        setText(empty ? null : value);
        if (empty || value == null || value.isEmpty()) {
            setTooltip(null);
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
        }
        tooltip.setText(value);
        setTooltip(tooltip);
    }
}
