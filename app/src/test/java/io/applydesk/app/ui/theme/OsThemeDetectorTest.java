package io.applydesk.app.ui.theme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OsThemeDetectorTest {

    @Test
    void aDarkGtkThemeMeansDarkWithoutAskingTheDesktop() {
        assertTrue(OsThemeDetector.prefersDark(Map.of("GTK_THEME", "Adwaita:dark"), "Linux"));
    }
}
