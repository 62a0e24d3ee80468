package io.applydesk.app.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * What a labeled control shows of its text. A text too long for its control is cut to fit ("Success r...") only in
 * the text node of the control's skin; the control's own text stays whole, so only this tells a cut text from one
 * that fits.
 */
public final class ShownText {
    private ShownText() {
    }

    /** The text {@code labeled} shows as last laid out (null before its skin); call on the FX thread. */
    public static String of(Labeled labeled) {
        Node text = labeled.lookup(".text");
        return text instanceof Text shown ? shown.getText() : null;
    }
}
