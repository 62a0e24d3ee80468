package io.applydesk.app.ui.common;

import javafx.scene.control.TableCell;

/**
 * A table cell with its text, and the full text in a tooltip when the cell is too narrow for it (links, titles and
 * errors can be long; see {@link FullTextTooltip}).
 *
 * @param <S> the table's row type
 */
public final class TextWithTooltipCell<S> extends TableCell<S, String> {
    public TextWithTooltipCell() {
        FullTextTooltip.install(this);
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        setText(empty ? null : value);
    }
}
