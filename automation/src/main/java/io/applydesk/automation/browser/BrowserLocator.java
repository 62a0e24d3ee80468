package io.applydesk.automation.browser;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Finds a Chromium-family browser to drive (DESIGN.md, "Runtime contracts"): {@code APPLYDESK_BROWSER},
 * then the setting, then an installed Chrome, Edge or Chromium at the operating system's usual places,
 * then a browser Playwright downloaded earlier. Playwright is never asked to download one.
 */
public final class BrowserLocator {
    /** Environment variable naming the browser executable explicitly. */
    public static final String ENV_VARIABLE = "APPLYDESK_BROWSER";

    static final String HOW_TO_GET_ONE = "Install Chromium (sudo apt install chromium) or Google Chrome, "
            + "or set " + ENV_VARIABLE + " to its path.";

    private BrowserLocator() {
    }

    /**
     * The browser executable to launch.
     *
     * @param env         the process environment ({@code System.getenv()})
     * @param settingPath the browser path from the settings, or null
     * @throws ApplyDeskException VALIDATION_ERROR when an explicit path is not a program, or none is found
     */
    public static Path find(Map<String, String> env, String settingPath) {
        return find(env, settingPath, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")),
                BrowserLocator::isExecutableFile);
    }

    static Path find(Map<String, String> env, String settingPath, String osName, Path userHome,
                     Predicate<Path> isExecutable) {
        Optional<Path> explicit = explicit(env.get(ENV_VARIABLE), ENV_VARIABLE, isExecutable)
                .or(() -> explicit(settingPath, "The browser setting", isExecutable));
        if (explicit.isPresent()) {
            return explicit.get();
        }
        return candidates(osName, env, userHome)
                .filter(isExecutable)
                .findFirst()
                .orElseThrow(() -> new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                        "ApplyDesk could not find Google Chrome, Microsoft Edge or Chromium on this computer. "
                                + HOW_TO_GET_ONE));
    }

    /**
     * Every browser installed at the usual places and in Playwright's cache, in the order {@link #find} tries
     * them (for the Settings page's list). Reads the file system: call off the UI thread.
     */
    public static List<Path> detected(Map<String, String> env) {
        return detected(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")),
                BrowserLocator::isExecutableFile);
    }

    static List<Path> detected(Map<String, String> env, String osName, Path userHome, Predicate<Path> isExecutable) {
        return candidates(osName, env, userHome).filter(isExecutable).toList();
    }

    private static Stream<Path> candidates(String osName, Map<String, String> env, Path userHome) {
        return Stream.concat(wellKnownPaths(osName, env, userHome).stream(),
                playwrightCache(osName, env, userHome).stream());
    }

    /** A path the candidate gave: used if it is a program, refused (not silently skipped) if not. */
    private static Optional<Path> explicit(String value, String where, Predicate<Path> isExecutable) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(value.trim());
        if (!isExecutable.test(path)) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    where + " points to " + path + ", which is not a browser program on this computer. "
                            + HOW_TO_GET_ONE, path.toString());
        }
        return Optional.of(path);
    }

    static List<Path> wellKnownPaths(String osName, Map<String, String> env, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        List<Path> paths = new ArrayList<>();
        if (os.contains("mac")) {
            for (Path apps : List.of(Path.of("/Applications"), userHome.resolve("Applications"))) {
                paths.add(apps.resolve("Google Chrome.app/Contents/MacOS/Google Chrome"));
                paths.add(apps.resolve("Microsoft Edge.app/Contents/MacOS/Microsoft Edge"));
                paths.add(apps.resolve("Chromium.app/Contents/MacOS/Chromium"));
            }
        } else if (os.contains("win")) {
            for (String base : List.of("PROGRAMFILES", "PROGRAMFILES(X86)", "LOCALAPPDATA")) {
                String dir = env.get(base);
                if (dir != null && !dir.isBlank()) {
                    paths.add(Path.of(dir, "Google", "Chrome", "Application", "chrome.exe"));
                    paths.add(Path.of(dir, "Microsoft", "Edge", "Application", "msedge.exe"));
                    paths.add(Path.of(dir, "Chromium", "Application", "chrome.exe"));
                }
            }
        } else {
            for (String p : List.of("/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/opt/google/chrome/chrome",
                    "/usr/bin/microsoft-edge", "/usr/bin/microsoft-edge-stable",
                    "/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium")) {
                paths.add(Path.of(p));
            }
        }
        return paths;
    }

    /** Browsers Playwright itself installed earlier (newest revision first), if any. */
    static List<Path> playwrightCache(String osName, Map<String, String> env, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        String custom = env.get("PLAYWRIGHT_BROWSERS_PATH");
        Path cache;
        String executable;
        if (custom != null && !custom.isBlank() && !"0".equals(custom)) {
            cache = Path.of(custom);
        } else if (os.contains("mac")) {
            cache = userHome.resolve("Library/Caches/ms-playwright");
        } else if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            cache = local == null ? userHome.resolve("AppData/Local/ms-playwright") : Path.of(local, "ms-playwright");
        } else {
            cache = userHome.resolve(".cache/ms-playwright");
        }
        if (os.contains("mac")) {
            executable = "chrome-mac/Chromium.app/Contents/MacOS/Chromium";
        } else if (os.contains("win")) {
            executable = "chrome-win/chrome.exe";
        } else {
            executable = "chrome-linux/chrome";
        }
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> revisions = Files.list(cache)) {
            return revisions.filter(dir -> dir.getFileName().toString().startsWith("chromium-"))
                    .sorted(Comparator.comparingInt(BrowserLocator::revision).reversed())
                    .map(dir -> dir.resolve(executable))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** 1091 for {@code chromium-1091}; unreadable revisions sort last. */
    private static int revision(Path dir) {
        String name = dir.getFileName().toString();
        try {
            return Integer.parseInt(name.substring(name.indexOf('-') + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isExecutableFile(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }
}
