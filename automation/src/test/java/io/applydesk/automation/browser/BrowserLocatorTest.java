package io.applydesk.automation.browser;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BrowserLocatorTest {
    private static final Path HOME = Path.of("/home/candidate");

    private static Path find(Map<String, String> env, String setting, String os, Set<Path> installed) {
        return BrowserLocator.find(env, setting, os, HOME, installed::contains);
    }

    @Test
    void theEnvironmentVariableWinsOverTheSettingAndInstalledBrowsers() {
        Path chosen = Path.of("/opt/my/chrome");
        Set<Path> installed = Set.of(chosen, Path.of("/opt/setting/chrome"), Path.of("/usr/bin/chromium"));
        assertEquals(chosen, find(Map.of("APPLYDESK_BROWSER", "/opt/my/chrome"), "/opt/setting/chrome", "Linux", installed));
    }

    @Test
    void theSettingWinsOverInstalledBrowsers() {
        Path setting = Path.of("/opt/setting/chrome");
        assertEquals(setting, find(Map.of(), setting.toString(), "Linux", Set.of(setting, Path.of("/usr/bin/chromium"))));
    }

    @Test
    void anExplicitPathThatIsNoProgramIsRefusedNotSkipped() {
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () ->
                find(Map.of("APPLYDESK_BROWSER", "/nowhere/chrome"), null, "Linux", Set.of(Path.of("/usr/bin/chromium"))));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertTrue(e.getMessage().contains("APPLYDESK_BROWSER points to /nowhere/chrome"), e.getMessage());
    }

    @Test
    void chromeIsPreferredToChromiumOnLinuxAndChromiumIsFound() {
        assertEquals(Path.of("/usr/bin/google-chrome"),
                find(Map.of(), null, "Linux", Set.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/google-chrome"))));
        assertEquals(Path.of("/usr/bin/chromium-browser"),
                find(Map.of(), null, "Linux", Set.of(Path.of("/usr/bin/chromium-browser"))));
    }

    @Test
    void macAndWindowsLookInTheirOwnPlaces() {
        Path mac = Path.of("/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge");
        assertEquals(mac, find(Map.of(), null, "Mac OS X", Set.of(mac)));
        Path windows = Path.of("C:/Program Files", "Google", "Chrome", "Application", "chrome.exe");
        assertEquals(windows, find(Map.of("PROGRAMFILES", "C:/Program Files"), null, "Windows 11", Set.of(windows)));
    }

    @Test
    void playwrightsOwnBrowserIsTheLastResortNewestFirst(@TempDir Path cache) throws IOException {
        for (String revision : new String[] {"chromium-999", "chromium-1091"}) {
            Files.createDirectories(cache.resolve(revision).resolve("chrome-linux"));
        }
        Path newest = cache.resolve("chromium-1091/chrome-linux/chrome");
        Path older = cache.resolve("chromium-999/chrome-linux/chrome");
        assertEquals(newest, find(Map.of("PLAYWRIGHT_BROWSERS_PATH", cache.toString()), null, "Linux", Set.of(older, newest)));
    }

    @Test
    void noBrowserAtAllSaysHowToGetOne() {
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> find(Map.of(), null, "Linux", Set.of()));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertTrue(e.getMessage().contains("sudo apt install chromium"), e.getMessage());
        assertTrue(e.getMessage().contains("APPLYDESK_BROWSER"), e.getMessage());
    }

    @Test
    void detectedListsEveryInstalledBrowserInTheOrderFindTriesThem() {
        Set<Path> installed = Set.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/google-chrome"),
                Path.of("/opt/unrelated/tool"));
        assertEquals(java.util.List.of(Path.of("/usr/bin/google-chrome"), Path.of("/usr/bin/chromium")),
                BrowserLocator.detected(Map.of(), "Linux", HOME, installed::contains));
        assertEquals(java.util.List.of(), BrowserLocator.detected(Map.of(), "Linux", HOME, Set.<Path>of()::contains));
    }
}
