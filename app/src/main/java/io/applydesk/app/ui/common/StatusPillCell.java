package io.applydesk.app.ui.common;

import io.applydesk.core.application.ApplicationStatus;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;

/**
 * A table cell showing an application's status as a coloured pill (styles in ApplyDesk.css), in the hosted
 * API's own words so a candidate who knows it recognises them.
 *
 * @param <S> the table's row type
 */
public final class StatusPillCell<S> extends TableCell<S, ApplicationStatus> {
    private final Label pill = new Label();

    public StatusPillCell() {
        pill.getStyleClass().add("status-pill");
    }

    /** The style class of each status's pill: green done, red failed, amber needs the candidate, blue busy. */
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
        if (empty || status == null) {
            setGraphic(null);
            return;
        }
        pill.getStyleClass().removeIf(style -> style.startsWith("status-") && !style.equals("status-pill"));
        pill.getStyleClass().add(pillStyle(status));
        pill.setText(status.name().replace('_', ' '));
        setGraphic(pill);
    }
}
