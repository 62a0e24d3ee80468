package io.applydesk.app.ui.common;

import java.util.Optional;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The main window's keyboard shortcuts, in one place (Ctrl is Cmd on macOS). The window's own, Ctrl+1 … Ctrl+9 for
 * the sidebar's pages, always work; a page's own ({@link PageView#shortcuts}) work only while that page is shown.
 * Must be used on the FX thread.
 */
public final class Shortcuts {
    /** Ctrl+S: the shown page's Save button. */
    public static final KeyCodeCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+F: the shown page's search field. */
    public static final KeyCodeCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final int NUMBERED_PAGES = 9;

    private Shortcuts() {
    }

    /** Ctrl+1 … Ctrl+9 for the sidebar's first nine pages ({@code index} from 0); none for the others. */
    public static Optional<KeyCodeCombination> page(int index) {
        return index >= NUMBERED_PAGES ? Optional.empty()
                : Optional.of(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(index + 1)),
                        KeyCombination.SHORTCUT_DOWN));
    }

    /** A tooltip naming what a control does and its shortcut: "Save (Ctrl+S)". */
    public static Tooltip tooltip(String action, KeyCombination keys) {
        return new Tooltip(action + " (" + keys.getDisplayText() + ")");
    }

    /**
     * What a click on {@code button} does, nothing while it is disabled. A click first takes the focus, which commits a
     * value typed into an editable drop-down; a key leaves the focus where it is, so that value is committed here.
     */
    public static Runnable clicking(ButtonBase button) {
        return () -> {
            if (button.getScene() != null && button.getScene().getFocusOwner() instanceof ComboBox<?> box
                    && box.isEditable()) {
                box.commitValue();
            }
            button.fire();
        };
    }

    /** Puts the cursor in {@code field}, in view, with its text selected, so that what is typed next replaces it. */
    public static Runnable focusing(TextInputControl field) {
        return () -> {
            FormNodes.focusInView(field);
            field.selectAll();
        };
    }
}
