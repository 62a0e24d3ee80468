package io.applydesk.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start on login, written for real into temporary folders. */
class StartupFileTest {
    private static final List<String> COMMAND = List.of("/opt/ApplyDesk/bin/ApplyDesk");

    @TempDir
    Path temp;

    @Test
    void linuxWritesAnXdgAutostartEntryUnderXdgConfigHome() throws Exception {
        Path config = temp.resolve("config");
        LoginStart login = LoginStart.forSystem("Linux", Map.of("XDG_CONFIG_HOME", config.toString()),
                temp.resolve("home"), COMMAND);
        Path entry = config.resolve("autostart/applydesk.desktop");
        assertEquals(entry, login.entry());
        assertFalse(login.isEnabled());

        login.enable(true);
        assertTrue(login.isEnabled());
        String text = Files.readString(entry);
        assertTrue(text.startsWith("[Desktop Entry]\n"), text);
        assertTrue(text.contains("\nType=Application\n"), text);
        assertTrue(text.contains("\nExec=/opt/ApplyDesk/bin/ApplyDesk --background\n"), text);

        login.enable(false);
        assertTrue(Files.readString(entry).contains("\nExec=/opt/ApplyDesk/bin/ApplyDesk\n"), "rewritten, no flag");

        login.disable();
        assertFalse(Files.exists(entry));
        login.disable();
    }

    @Test
    void withoutXdgConfigHomeTheEntryGoesToDotConfig() {
        Path home = temp.resolve("home");
        assertEquals(home.resolve(".config/autostart/applydesk.desktop"),
                LoginStart.forSystem("Linux", Map.of("XDG_CONFIG_HOME", "relative/ignored"), home, COMMAND).entry());
    }

    @Test
    void aStartThroughTheApplydeskScriptLogsInThroughItAgain() throws Exception {
        Path script = Files.writeString(temp.resolve("applydesk"), "#!/bin/sh\n");
        script.toFile().setExecutable(true);
        assertEquals(List.of(script.toString()),
                LoginStart.launcherCommand(Map.of(LoginStart.LAUNCHER_VARIABLE, script.toString())));

        // A script that is gone (the folder was moved) is not written into the login entry: plain Java is.
        List<String> fallback = LoginStart.launcherCommand(
                Map.of(LoginStart.LAUNCHER_VARIABLE, temp.resolve("moved/applydesk").toString()));
        assertTrue(fallback.get(0).endsWith("java"), fallback.toString());
        assertEquals("io.applydesk.app.Launcher", fallback.get(fallback.size() - 1));
    }

    @Test
    void execArgumentsWithSpacesAndSpecialCharactersAreQuotedPerTheSpec() {
        assertEquals("plain", StartupFile.desktopQuoted("plain"));
        assertEquals("\"/my apps/apply desk\"", StartupFile.desktopQuoted("/my apps/apply desk"));
        assertEquals("\"cost \\\\$5 100%%\"", StartupFile.desktopQuoted("cost $5 100%"));
    }

    @Test
    void macAndWindowsWriteTheirOwnEntries() throws Exception {
        LoginStart mac = LoginStart.forSystem("Mac OS X", Map.of(), temp, COMMAND);
        mac.enable(true);
        String plist = Files.readString(temp.resolve("Library/LaunchAgents/io.applydesk.plist"));
        assertTrue(plist.contains("<string>/opt/ApplyDesk/bin/ApplyDesk</string>\n    <string>--background</string>"),
                plist);
        assertTrue(plist.contains("<key>RunAtLoad</key><true/>"), plist);

        LoginStart windows = LoginStart.forSystem("Windows 11", Map.of("APPDATA", temp.resolve("roaming").toString()),
                temp, List.of("C:\\Program Files\\ApplyDesk\\ApplyDesk.exe"));
        windows.enable(false);
        assertEquals("@echo off\r\nstart \"\" \"C:\\Program Files\\ApplyDesk\\ApplyDesk.exe\"\r\n", Files.readString(
                temp.resolve("roaming/Microsoft/Windows/Start Menu/Programs/Startup/ApplyDesk.cmd")));
    }

    @Test
    void anUnwritableFolderIsReportedInPlainWords() throws Exception {
        Path blocker = Files.writeString(temp.resolve("config"), "a file where the folder should be");
        LoginStart login = LoginStart.forSystem("Linux", Map.of("XDG_CONFIG_HOME", blocker.toString()), temp, COMMAND);
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> login.enable(false));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertTrue(e.getMessage().startsWith("ApplyDesk could not set itself to start when you log in"), e.getMessage());
    }
}
