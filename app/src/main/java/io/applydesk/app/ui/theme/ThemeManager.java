package io.applydesk.app.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/**
 * Light or dark: switches the AtlantaFX user-agent stylesheet and sets a {@code :dark}
 * pseudo-class on the scene root, so the app's CSS can tell the two apart
 * (AtlantaFX ThemeManager.setTheme). Use on the FX thread only.
 */
public final class ThemeManager {
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    /** The app's shared CSS (feature CSS sits next to each FXML). */
    private static final String APP_STYLESHEET =
            ThemeManager.class.getResource("/io/applydesk/app/ui/ApplyDesk.css").toExternalForm();
    /** Popups without drop shadows, for desktops whose windows cannot be transparent (see the file). */
    private static final String FLAT_POPUPS_STYLESHEET =
            ThemeManager.class.getResource("FlatPopups.css").toExternalForm();

    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private Scene scene;

    public ThemeManager() {
        dark.addListener((obs, was, isDark) -> apply());
    }

    /**
     * Adds ApplyDesk's stylesheet to {@code scene} and applies the current theme to it now, on every
     * later change, and whenever the scene gets a new root.
     */
    public void attach(Scene scene) {
        this.scene = scene;
        scene.getStylesheets().add(APP_STYLESHEET);
        if (!Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW)) {
            scene.getStylesheets().add(FLAT_POPUPS_STYLESHEET);
        }
        scene.rootProperty().addListener((obs, old, root) -> apply());
        apply();
    }

    /** True for PrimerDark; bound bidirectionally to the toggle in the window. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    public boolean isDark() {
        return dark.get();
    }

    public void setDark(boolean value) {
        dark.set(value);
    }

    private void apply() {
        // WHY the binary form AtlantaFX ships beside each theme: parsing the 170 KB text stylesheet held up the
        // window's first frame at every start (docs/BENCHMARKS.md).
        Application.setUserAgentStylesheet(dark.get()
                ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        if (scene != null) {
            scene.getRoot().pseudoClassStateChanged(DARK, dark.get());
        }
    }
}
