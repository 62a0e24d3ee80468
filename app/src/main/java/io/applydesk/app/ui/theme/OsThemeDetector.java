package io.applydesk.app.ui.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Guesses whether the desktop prefers a dark theme. JavaFX 21 has no API for it (that came in
 * JavaFX 22), so we ask the desktop the way each OS documents it, and answer "light" whenever the
 * question cannot be answered. Runs external commands: call it off the FX thread.
 */
public final class OsThemeDetector {

    private OsThemeDetector() {
    }

    /** True when the OS preference is known to be dark. */
    public static boolean prefersDark() {
        return prefersDark(System.getenv(), System.getProperty("os.name", ""));
    }

    static boolean prefersDark(Map<String, String> env, String osName) {
        String gtkTheme = env.getOrDefault("GTK_THEME", "");
        if (gtkTheme.toLowerCase(Locale.ROOT).contains("dark")) {
            return true;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return ask(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).contains("dark");
        }
        if (os.contains("win")) {
            return ask(List.of("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).matches("(?s).*appsuselighttheme\\s+reg_dword\\s+0x0\\b.*");
        }
        return ask(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")).contains("dark");
    }

    /** The command's lower-cased output, or "" when it is missing, slow or fails. */
    private static String ask(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (InputStream out = process.getInputStream()) {
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return "";
                }
                return new String(out.readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            }
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
