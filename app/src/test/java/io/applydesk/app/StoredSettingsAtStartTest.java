package io.applydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.settings.DesktopSettings;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Settings page stored is what the next start runs with; the environment still wins. */
class StoredSettingsAtStartTest {
    @TempDir
    Path home;

    private Path program(String name) throws Exception {
        return Files.createFile(home.resolve(name),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }

    @Test
    void workersHeadlessAndBrowserComeFromTheSettingsUnlessTheEnvironmentSaysOtherwise() throws Exception {
        Path stored = program("stored-chrome");
        Path fromEnvironment = program("env-chrome");
        Database db = Database.open(new DataDirectory(home.toAbsolutePath()));
        try {
            DesktopSettings settings = new DesktopSettings(db);
            settings.setWorkers(5);
            settings.setHeadless(true);
            settings.setBrowserPath(stored.toString());
        } finally {
            db.close();
        }
        AppOptions asked = AppOptions.defaults().withDataDir(home).withEnvironment(Map.of());

        try (AppContext context = AppContext.openForDesktop(asked)) {
            assertEquals(5, context.options().workers());
            assertTrue(context.options().headless());
            assertEquals(Optional.of(stored), context.browser());
        }
        try (AppContext context = AppContext.openForDesktop(
                asked.withEnvironment(Map.of("APPLYDESK_BROWSER", fromEnvironment.toString())))) {
            assertEquals(Optional.of(fromEnvironment), context.browser(), "APPLYDESK_BROWSER wins over the setting");
        }
    }
}
