package io.applydesk.app.settings;

/** The window's theme as the candidate chose it in Settings. */
public enum ThemeChoice {
    SYSTEM("Follow system"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    ThemeChoice(String label) {
        this.label = label;
    }

    /** The words shown in Settings. */
    public String label() {
        return label;
    }

    /** Whether the window is dark under this choice, given what the desktop prefers. */
    public boolean isDark(boolean systemPrefersDark) {
        return this == DARK || (this == SYSTEM && systemPrefersDark);
    }

    @Override
    public String toString() {
        return label;
    }
}
