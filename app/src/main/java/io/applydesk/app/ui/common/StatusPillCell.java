package io.applydesk.app.ui.common;

import io.applydesk.core.application.ApplicationStatus;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/**
 * A table cell showing an application's status as a coloured pill (styles in ApplyDesk.css), in the hosted
 * API's own words so a candidate who knows it recognises them. The colour is a pseudo-class, not a style class: a
 * changed style class restyles the pill from scratch (a full stylesheet match), a pseudo-class only switches between
 * styles already matched, which matters when a run's rows change status many times a second.
 *
 * @param <S> the table's row type
 */
public final class StatusPillCell<S> extends TableCell<S, ApplicationStatus> {
    private final Label pill = new Label();
    private PseudoClass tone;

    public StatusPillCell() {
        pill.getStyleClass().add("status-pill");
        // The pill stays the cell's graphic, hidden (not unmanaged: the skin would drop it) in an empty cell: a
        // graphic taken out and put back is restyled.
        setGraphic(pill);
    }

    /**
     * The colour of each status, as a style class for charts and the pill's pseudo-class: green done, red failed,
     * amber needs the candidate, blue busy.
     */
    public static String pillStyle(ApplicationStatus status) {
        switch (status) {
            case SUCCESS:
                return "status-success";
            case FAILED:
                return "status-danger";
            case NEEDS_INPUT:
            case UNCONFIRMED:
            case AWAITING_REVIEW:
                return "status-warning";
            case PROCESSING:
                return "status-accent";
            default:
                return "status-neutral";
        }
    }

    @Override
    protected void updateItem(ApplicationStatus status, boolean empty) {
        super.updateItem(status, empty);
        setText(null);
        boolean shown = !empty && status != null;
        pill.setVisible(shown);
        if (!shown) {
            pill.setText(null);
            return;
        }
        PseudoClass now = PseudoClass.getPseudoClass(pillStyle(status));
        if (now != tone) {
            if (tone != null) {
                pill.pseudoClassStateChanged(tone, false);
            }
            pill.pseudoClassStateChanged(now, true);
            tone = now;
        }
        pill.setText(ApplicationStatusText.of(status));
    }
}
