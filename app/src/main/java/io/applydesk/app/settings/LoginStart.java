package io.applydesk.app.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Starting ApplyDesk when the candidate logs in to the computer: one entry in the place the operating system
 * reads at login ({@link StartupFile}). Linux: an XDG autostart entry; macOS: a LaunchAgent; Windows: a script
 * in the Startup folder.
 */
public interface LoginStart {

    /** True when the entry is there, whoever wrote it. */
    boolean isEnabled();

    /**
     * Writes (or rewrites) the entry.
     *
     * @param background start in the tray without the window ({@code --background})
     * @throws io.applydesk.core.error.ApplyDeskException VALIDATION_ERROR when the entry cannot be written
     */
    void enable(boolean background);

    /** Removes the entry; nothing happens when there is none. */
    void disable();

    /** The file the operating system reads, shown in Settings so the candidate can find it. */
    Path entry();

    /**
     * The entry for this operating system.
     *
     * @param env      the environment ({@code XDG_CONFIG_HOME}, {@code APPDATA})
     * @param command  the program and arguments that start the desktop app
     */
    static LoginStart forSystem(String osName, Map<String, String> env, Path userHome, List<String> command) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return StartupFile.launchAgent(userHome, command);
        }
        if (os.contains("win")) {
            return StartupFile.windowsStartup(env, userHome, command);
        }
        return StartupFile.xdgAutostart(env, userHome, command);
    }

    /** {@link #forSystem} for this computer and this ApplyDesk. */
    static LoginStart forThisComputer(Map<String, String> env) {
        return forSystem(System.getProperty("os.name", ""), env, Path.of(System.getProperty("user.home")),
                launcherCommand(env));
    }

    /** Set by the {@code applydesk} script to itself: a login start through it gets its class data archive. */
    static final String LAUNCHER_VARIABLE = "APPLYDESK_LAUNCHER";

    /**
     * How this ApplyDesk was started: the installed launcher when packaged (jpackage sets
     * {@code jpackage.app-path}), else the {@code applydesk} script that started it, else this Java with this class
     * path.
     */
    static List<String> launcherCommand(Map<String, String> env) {
        String packaged = System.getProperty("jpackage.app-path");
        if (packaged != null && !packaged.isBlank()) {
            return List.of(packaged);
        }
        String script = env.get(LAUNCHER_VARIABLE);
        if (script != null && !script.isBlank() && Files.isExecutable(Path.of(script))) {
            return List.of(script);
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.applydesk.app.Launcher");
        return command;
    }
}
