package io.applydesk.app.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.run.RunSettings;
import io.applydesk.core.schedule.MissedSlotPolicy;
import io.applydesk.core.store.AppSettingDao;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The settings on real H2 with the real migrations. */
class DesktopSettingsTest {
    @TempDir
    Path home;

    private Database db;
    private DesktopSettings settings;

    @BeforeEach
    void open() {
        db = Database.open(new DataDirectory(home));
        settings = new DesktopSettings(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Optional<String> stored(String key) {
        return db.jdbi().withExtension(AppSettingDao.class, dao -> dao.get(key));
    }

    @Test
    void aThemeFromTheOtherModeIsTakenOnlyWhereNoneWasChosen() {
        settings.setThemeUnlessChosen(ThemeChoice.DARK);
        assertEquals(ThemeChoice.DARK, settings.theme(), "nothing chosen here yet: the other mode's");

        settings.setTheme(ThemeChoice.LIGHT);
        settings.setThemeUnlessChosen(ThemeChoice.DARK);
        assertEquals(ThemeChoice.LIGHT, settings.theme(), "chosen here: kept");
    }

    @Test
    void aNewDatabaseHasTheDefaults() {
        assertEquals(Optional.empty(), settings.browserPath());
        assertFalse(settings.headless());
        assertEquals(Optional.empty(), settings.storedWorkers());
        assertEquals(3, settings.workers(3));
        RunSettings run = settings.runSettings();
        assertEquals(1000, run.totalCap());
        assertEquals(100, run.monthlyCap());
        assertNull(run.dailyCap());
        assertEquals(Duration.ofSeconds(3), run.hostSpacing());
        assertEquals(MissedSlotPolicy.RUN_ONCE_AT_START, settings.missedSlotPolicy());
        assertEquals(ThemeChoice.SYSTEM, settings.theme());
        assertFalse(settings.startMinimised());
        assertFalse(settings.startOnLogin());
        assertEquals(Optional.empty(), settings.windowGeometry());
    }

    @Test
    void everySettingRoundTripsThroughH2() throws Exception {
        Path browser = Files.createFile(home.resolve("chrome"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        settings.setBrowserPath(" " + browser + " ");
        settings.setHeadless(true);
        settings.setWorkers(6);
        settings.setCaps(500, 40, 5);
        settings.setHostSpacingSeconds(12);
        settings.setMissedSlotPolicy(MissedSlotPolicy.SKIP);
        settings.setTheme(ThemeChoice.DARK);
        settings.setStartMinimised(true);
        settings.setStartOnLogin(true);
        settings.setWindowGeometry("10,20,1300,900,false");

        DesktopSettings reread = new DesktopSettings(db);
        assertEquals(Optional.of(browser), reread.browserPath());
        assertTrue(reread.headless());
        assertEquals(6, reread.workers(2));
        // The run coordinator's own loader reads the same keys: one place for caps and politeness.
        RunSettings run = RunSettings.load(db);
        assertEquals(500, run.totalCap());
        assertEquals(40, run.monthlyCap());
        assertEquals(5, run.dailyCap());
        assertEquals(Duration.ofSeconds(12), run.hostSpacing());
        assertEquals(MissedSlotPolicy.SKIP, reread.missedSlotPolicy());
        assertEquals(ThemeChoice.DARK, reread.theme());
        assertTrue(reread.startMinimised());
        assertTrue(reread.startOnLogin());
        assertEquals(Optional.of("10,20,1300,900,false"), reread.windowGeometry());

        settings.setCaps(500, 40, null);
        assertNull(RunSettings.load(db).dailyCap(), "no daily cap removes the stored one");
        settings.setBrowserPath("");
        assertEquals(Optional.empty(), reread.browserPath(), "a blank path goes back to finding a browser");
    }

    @Test
    void invalidValuesAreRefusedWithASentenceAndNothingIsStored() throws Exception {
        settings.setWorkers(2);
        settings.setCaps(1000, 100, null);
        Path notAProgram = Files.writeString(home.resolve("notes.txt"), "hello");

        refused(() -> settings.setWorkers(9), DesktopSettings.WORKERS, "between 1 and 8");
        refused(() -> settings.setWorkers(0), DesktopSettings.WORKERS, "between 1 and 8");
        refused(() -> settings.setCaps(0, 0, null), RunSettings.TOTAL_CAP, "between 1 and");
        refused(() -> settings.setCaps(50, 60, null), RunSettings.MONTHLY_CAP, "cannot allow more");
        refused(() -> settings.setCaps(500, 60, 61), RunSettings.DAILY_CAP, "A day cannot allow more");
        refused(() -> settings.setHostSpacingSeconds(-1), RunSettings.HOST_SPACING_SECONDS, "between 0 and 600");
        refused(() -> settings.setBrowserPath(home.resolve("missing").toString()), DesktopSettings.BROWSER_PATH,
                "There is no file at");
        refused(() -> settings.setBrowserPath(notAProgram.toString()), DesktopSettings.BROWSER_PATH,
                "is not a program");

        assertEquals(Optional.of("2"), stored(DesktopSettings.WORKERS));
        assertEquals(Optional.of("1000"), stored(RunSettings.TOTAL_CAP));
        assertEquals(Optional.of("100"), stored(RunSettings.MONTHLY_CAP));
        assertEquals(Optional.empty(), stored(RunSettings.DAILY_CAP));
        assertEquals(Optional.empty(), stored(RunSettings.HOST_SPACING_SECONDS));
        assertEquals(Optional.empty(), stored(DesktopSettings.BROWSER_PATH));
    }

    @Test
    void aWholeNumberAsTypedIsRefusedWithItsRangeWhetherOutsideItOrNoNumberAtAll() {
        assertEquals(4, DesktopSettings.WholeNumber.WORKERS.parse(" 4 "));
        String range = "Choose between 1 and 8 browsers working at once.";
        refused(() -> DesktopSettings.WholeNumber.WORKERS.parse("9"), DesktopSettings.WORKERS, range);
        refused(() -> DesktopSettings.WholeNumber.WORKERS.parse("12345678901"), DesktopSettings.WORKERS, range);
        refused(() -> DesktopSettings.WholeNumber.WORKERS.parse("abc"), DesktopSettings.WORKERS,
                "'abc' is not a whole number. " + range);
        refused(() -> DesktopSettings.WholeNumber.WORKERS.parse(""), DesktopSettings.WORKERS,
                "Enter a number. " + range);
        refused(() -> DesktopSettings.WholeNumber.TOTAL_CAP.parse("2.5"), RunSettings.TOTAL_CAP,
                "'2.5' is not a whole number. Choose between 1 and 100,000 applications in all.");
        assertEquals(0, DesktopSettings.WholeNumber.HOST_SPACING.parse("0"));
    }

    @Test
    void unreadableStoredValuesFallBackToTheirDefaults() {
        db.jdbi().useExtension(AppSettingDao.class, dao -> {
            dao.put(DesktopSettings.WORKERS, "many");
            dao.put(DesktopSettings.THEME, "purple");
            dao.put(DesktopSettings.HEADLESS, "perhaps");
            dao.put(RunSettings.TOTAL_CAP, "lots");
        });
        assertEquals(2, settings.workers(2));
        assertEquals(ThemeChoice.SYSTEM, settings.theme());
        assertFalse(settings.headless());
        assertEquals(1000, settings.runSettings().totalCap());
    }

    private static void refused(Executable change, String field, String sentence) {
        ApplyDeskException e = assertThrows(ApplyDeskException.class, change);
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals(field, e.details());
        assertTrue(e.getMessage().contains(sentence), e.getMessage());
    }
}
