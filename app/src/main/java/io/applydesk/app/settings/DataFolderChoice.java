package io.applydesk.app.settings;

import io.applydesk.app.AppOptions;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The data folder the candidate chose in Settings for the next start. It cannot live in the database, which is
 * inside the data folder, so it is one line in a small file in the user's configuration folder (Linux:
 * {@code $XDG_CONFIG_HOME/applydesk/data-folder.txt}; macOS: {@code ~/Library/Preferences/}; Windows:
 * {@code %APPDATA%\ApplyDesk\}).
 *
 * <p>Which folder ApplyDesk uses: {@code APPLYDESK_HOME} when set, else this choice, else the usual place for the
 * operating system. Nothing is moved: the old folder keeps what it holds.
 */
public final class DataFolderChoice {
    private static final String HOME_VARIABLE = "APPLYDESK_HOME";

    private final Path pointer;
    private final Map<String, String> env;

    private DataFolderChoice(Path pointer, Map<String, String> env) {
        this.pointer = pointer;
        this.env = Map.copyOf(env);
    }

    /** The choice kept for this operating system and environment. */
    public static DataFolderChoice forSystem(String osName, Map<String, String> env, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path pointer;
        if (os.contains("mac")) {
            pointer = userHome.resolve("Library/Preferences/io.applydesk.data-folder.txt");
        } else if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData/Roaming");
            pointer = base.resolve("ApplyDesk").resolve("data-folder.txt");
        } else {
            String config = env.get("XDG_CONFIG_HOME");
            Path base = config != null && !config.isBlank() && Path.of(config).isAbsolute()
                    ? Path.of(config) : userHome.resolve(".config");
            pointer = base.resolve("applydesk").resolve("data-folder.txt");
        }
        return new DataFolderChoice(pointer, env);
    }

    /** {@link #forSystem} for this computer, with {@code env} for the environment. */
    public static DataFolderChoice forThisComputer(Map<String, String> env) {
        return forSystem(System.getProperty("os.name", ""), env, Path.of(System.getProperty("user.home")));
    }

    /** The folder chosen for the next start, when one was chosen and the file still names one. */
    public Optional<Path> chosen() {
        try {
            if (!Files.isRegularFile(pointer)) {
                return Optional.empty();
            }
            String text = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(Path.of(text)).filter(Path::isAbsolute);
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** True when {@code APPLYDESK_HOME} is set, so the choice is not used (the page says so). */
    public boolean overriddenByEnvironment() {
        String home = env.get(HOME_VARIABLE);
        return home != null && !home.isBlank();
    }

    /**
     * Keeps {@code folder} for the next start; blank goes back to the usual place.
     *
     * @throws ApplyDeskException VALIDATION_ERROR when it is not a full path, or names a file, or cannot be kept
     */
    public void choose(String folder) {
        if (folder == null || folder.isBlank()) {
            try {
                Files.deleteIfExists(pointer);
            } catch (IOException e) {
                throw unwritable(e);
            }
            return;
        }
        Path chosen = checked(folder);
        try {
            Files.createDirectories(pointer.getParent());
            Files.writeString(pointer, chosen.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw unwritable(e);
        }
    }

    /**
     * The folder as ApplyDesk would use it.
     *
     * @throws ApplyDeskException VALIDATION_ERROR when it is not a full path or names something that is not a folder
     */
    public static Path checked(String folder) {
        Path chosen = checkedName(folder);
        if (Files.exists(chosen) && !Files.isDirectory(chosen)) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, chosen + " is a file, not a folder.",
                    "dataFolder");
        }
        return chosen.normalize();
    }

    /**
     * The folder's name, checked without looking at the disk (quick enough to run as the candidate types).
     *
     * @throws ApplyDeskException VALIDATION_ERROR when it is not a full path
     */
    public static Path checkedName(String folder) {
        Path chosen;
        try {
            chosen = Path.of(folder.strip());
        } catch (InvalidPathException e) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "'" + folder.strip()
                    + "' is not a folder name this computer understands.", "dataFolder");
        }
        if (!chosen.isAbsolute()) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "Give the whole path of the folder, starting"
                    + " from the top (for example " + Path.of(System.getProperty("user.home"), "ApplyDesk") + ").",
                    "dataFolder");
        }
        return chosen;
    }

    /** {@code options} with the chosen folder, unless they or {@code APPLYDESK_HOME} already name one. */
    public AppOptions applyTo(AppOptions options) {
        if (options.dataDirOverride() != null || overriddenByEnvironment()) {
            return options;
        }
        return chosen().map(options::withDataDir).orElse(options);
    }

    /** The file the choice is kept in. */
    public Path pointer() {
        return pointer;
    }

    private ApplyDeskException unwritable(IOException e) {
        return new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "ApplyDesk could not keep the data folder for the"
                + " next start: it cannot write " + pointer + ".", "dataFolder", e);
    }
}
