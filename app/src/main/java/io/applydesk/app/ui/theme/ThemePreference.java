package io.applydesk.app.ui.theme;

import io.applydesk.app.settings.ThemeChoice;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The candidate's theme choice kept in step with the window's dark switch (the sidebar's): choosing applies at
 * once, and flipping the switch is a choice too (Light or Dark from then on). Each choice is handed to
 * {@code store}. Use on the FX thread; no Node types, so it is tested without the toolkit.
 */
public final class ThemePreference {
    private final BooleanProperty dark;
    private final boolean systemPrefersDark;
    private final ObjectProperty<ThemeChoice> choice;

    /**
     * Applies {@code stored} to {@code dark} now.
     *
     * @param systemPrefersDark what the desktop prefers (asked once at start: it runs a command)
     * @param store             keeps a new choice (called on the FX thread; should hand the write to a worker)
     */
    public ThemePreference(BooleanProperty dark, ThemeChoice stored, boolean systemPrefersDark,
                           Consumer<ThemeChoice> store) {
        this.dark = dark;
        this.systemPrefersDark = systemPrefersDark;
        this.choice = new SimpleObjectProperty<>(stored);
        dark.set(stored.isDark(systemPrefersDark));
        choice.addListener((obs, old, chosen) -> {
            if (chosen != null) {
                dark.set(chosen.isDark(systemPrefersDark));
                store.accept(chosen);
            }
        });
        dark.addListener((obs, was, isDark) -> {
            if (choice.get() != null && choice.get().isDark(systemPrefersDark) != isDark) {
                choice.set(isDark ? ThemeChoice.DARK : ThemeChoice.LIGHT);
            }
        });
    }

    /** The choice shown in Settings. */
    public ObjectProperty<ThemeChoice> choiceProperty() {
        return choice;
    }

    public boolean systemPrefersDark() {
        return systemPrefersDark;
    }

    public boolean isDark() {
        return dark.get();
    }
}
