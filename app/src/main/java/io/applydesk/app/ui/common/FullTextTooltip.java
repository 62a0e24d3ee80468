package io.applydesk.app.ui.common;

import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * The full text of a label or cell in a tooltip, there only while the text shown is cut to fit ("Northwind Robot…"):
 * a tooltip repeating a text read whole already would only get in the way of the pointer.
 *
 * <p>A labeled control cuts its text in its skin's text node, at layout; this follows that node's text, so the tooltip
 * comes and goes as the text changes and as the control is laid out narrower or wider. Each control gets one tooltip,
 * made once, whose text follows the control's: a live table or tile changes its texts many times a second, and a new
 * tooltip each time made a first run's table take ~0.1 s of the FX thread to lay out. Must be used on the FX thread.
 */
public final class FullTextTooltip {
    /** Wide enough for a line of a link or an error; a longer text wraps instead of running across the screen. */
    private static final double MAX_WIDTH = 480;

    private final Labeled labeled;
    private final Tooltip tooltip = new Tooltip();
    private final ChangeListener<String> recheck = (obs, old, now) -> update();
    /** The skin's node showing the text, as last found; null before the skin. */
    private Text shown;

    private FullTextTooltip(Labeled labeled) {
        this.labeled = labeled;
        tooltip.textProperty().bind(labeled.textProperty());
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(MAX_WIDTH);
        // Checked when the shown text changes, not the control's: that is shown (and cut) only at the next layout.
        // The skin adds its text node to the control's children (again, whenever it changes its graphic).
        labeled.getChildrenUnmodifiable().addListener((ListChangeListener<Node>) change -> follow());
        follow();
    }

    /** Gives {@code labeled} its full text in a tooltip whenever the text it shows is cut. */
    public static void install(Labeled labeled) {
        new FullTextTooltip(labeled);
    }

    private void follow() {
        Text now = labeled.getChildrenUnmodifiable().stream()
                .filter(node -> node instanceof Text && node != labeled.getGraphic())
                .map(Text.class::cast).findFirst().orElse(null);
        if (now != shown) {
            if (shown != null) {
                shown.textProperty().removeListener(recheck);
            }
            shown = now;
            if (shown != null) {
                shown.textProperty().addListener(recheck);
            }
        }
        update();
    }

    private void update() {
        String full = labeled.getText();
        boolean cut = shown != null && full != null && !full.isEmpty() && !Objects.equals(full, shown.getText());
        Tooltip wanted = cut ? tooltip : null;
        if (labeled.getTooltip() != wanted) {
            labeled.setTooltip(wanted);
        }
    }
}
