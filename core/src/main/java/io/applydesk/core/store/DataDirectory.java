package io.applydesk.core.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The user's data directory (DESIGN.md, "Runtime contracts"): the H2 database, resumes, evidence
 * and logs. {@code APPLYDESK_HOME} wins; otherwise the OS convention.
 */
public record DataDirectory(Path root) {

    public static DataDirectory fromEnvironment() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static DataDirectory resolve(Map<String, String> env, String osName, Path userHome) {
        String explicit = env.get("APPLYDESK_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return new DataDirectory(Path.of(explicit).toAbsolutePath());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return new DataDirectory(userHome.resolve("Library/Application Support/ApplyDesk"));
        }
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null ? Path.of(appData) : userHome.resolve("AppData/Roaming");
            return new DataDirectory(base.resolve("ApplyDesk"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share");
        return new DataDirectory(base.resolve("applydesk"));
    }

    public Path database() {
        return dir("db");
    }

    public Path resumes() {
        return dir("resumes");
    }

    public Path evidence() {
        return dir("evidence");
    }

    public Path logs() {
        return dir("logs");
    }

    private Path dir(String name) {
        Path p = root.resolve(name);
        try {
            Files.createDirectories(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + p, e);
        }
        return p;
    }
}
