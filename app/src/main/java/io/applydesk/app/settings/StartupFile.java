package io.applydesk.app.settings;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A {@link LoginStart} that is one file: present means "start at login". The three systems differ only in
 * where the file goes and what it says.
 */
public final class StartupFile implements LoginStart {
    static final String BACKGROUND_FLAG = "--background";

    private final Path entry;
    private final List<String> command;
    private final Function<List<String>, String> content;

    private StartupFile(Path entry, List<String> command, Function<List<String>, String> content) {
        this.entry = entry;
        this.command = List.copyOf(command);
        this.content = content;
    }

    /** {@code $XDG_CONFIG_HOME/autostart/applydesk.desktop} (default {@code ~/.config}), XDG Autostart spec. */
    static StartupFile xdgAutostart(Map<String, String> env, Path userHome, List<String> command) {
        String config = env.get("XDG_CONFIG_HOME");
        // The spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        Path base = config != null && !config.isBlank() && Path.of(config).isAbsolute()
                ? Path.of(config) : userHome.resolve(".config");
        return new StartupFile(base.resolve("autostart").resolve("applydesk.desktop"), command, args -> """
                [Desktop Entry]
                Type=Application
                Name=ApplyDesk
                Comment=Applies to jobs for you
                Exec=%s
                Terminal=false
                X-GNOME-Autostart-enabled=true
                """.formatted(args.stream().map(StartupFile::desktopQuoted).collect(Collectors.joining(" "))));
    }

    /** {@code ~/Library/LaunchAgents/io.applydesk.plist}, run once at login. */
    static StartupFile launchAgent(Path userHome, List<String> command) {
        return new StartupFile(userHome.resolve("Library/LaunchAgents/io.applydesk.plist"), command, args -> """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                  <key>Label</key><string>io.applydesk</string>
                  <key>ProgramArguments</key>
                  <array>
                %s
                  </array>
                  <key>RunAtLoad</key><true/>
                </dict>
                </plist>
                """.formatted(args.stream().map(a -> "    <string>" + xmlEscaped(a) + "</string>")
                .collect(Collectors.joining("\n"))));
    }

    /** {@code %APPDATA%\Microsoft\Windows\Start Menu\Programs\Startup\ApplyDesk.cmd}: no shortcut file needed. */
    static StartupFile windowsStartup(Map<String, String> env, Path userHome, List<String> command) {
        String appData = env.get("APPDATA");
        Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData/Roaming");
        Path folder = base.resolve("Microsoft/Windows/Start Menu/Programs/Startup");
        return new StartupFile(folder.resolve("ApplyDesk.cmd"), command, args -> "@echo off\r\nstart \"\" "
                + args.stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(" ")) + "\r\n");
    }

    @Override
    public boolean isEnabled() {
        return Files.exists(entry);
    }

    @Override
    public void enable(boolean background) {
        List<String> args = new ArrayList<>(command);
        if (background) {
            args.add(BACKGROUND_FLAG);
        }
        try {
            Files.createDirectories(entry.getParent());
            Files.writeString(entry, content.apply(args), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "ApplyDesk could not set itself to start when"
                    + " you log in: it cannot write " + entry + ". Check that this folder can be written to.",
                    entry.toString(), e);
        }
    }

    @Override
    public void disable() {
        try {
            Files.deleteIfExists(entry);
        } catch (IOException e) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "ApplyDesk could not stop starting when you"
                    + " log in: it cannot remove " + entry + ". Remove that file yourself.", entry.toString(), e);
        }
    }

    @Override
    public Path entry() {
        return entry;
    }

    /**
     * An Exec argument per the Desktop Entry spec: quoted when needed with ", `, $ and \ escaped, then the
     * backslashes doubled once more because the value itself is a string with escapes (the spec's two layers).
     */
    static String desktopQuoted(String arg) {
        if (!arg.isEmpty() && arg.chars().noneMatch(c -> " \t\n\"'\\><~|&;$*?#()`=%".indexOf(c) >= 0)) {
            return arg;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : arg.toCharArray()) {
            if (c == '"' || c == '`' || c == '$' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c == '%' ? "%%" : String.valueOf(c));
        }
        return quoted.append('"').toString().replace("\\", "\\\\");
    }

    private static String xmlEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
