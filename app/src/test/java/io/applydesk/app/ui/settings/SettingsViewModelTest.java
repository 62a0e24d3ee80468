package io.applydesk.app.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.settings.DataFolderChoice;
import io.applydesk.app.settings.DesktopSettings;
import io.applydesk.app.settings.LoginStart;
import io.applydesk.app.settings.ThemeChoice;
import io.applydesk.app.ui.common.InlineTaskExecutor;
import io.applydesk.app.ui.common.StubDialogService;
import io.applydesk.app.ui.settings.SettingsViewModel.Field;
import io.applydesk.app.ui.theme.ThemePreference;
import io.applydesk.core.run.RunSettings;
import io.applydesk.core.schedule.MissedSlotPolicy;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Settings page's logic without the toolkit, over real H2 and a real autostart folder. */
class SettingsViewModelTest {
    @TempDir
    Path temp;

    private Database db;
    private DesktopSettings settings;
    private LoginStart login;
    private DataFolderChoice dataFolder;
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final StubDialogService dialogs = new StubDialogService();
    private final List<Path> opened = new ArrayList<>();
    private final List<Integer> appliedCaps = new ArrayList<>();
    private Path chromium;
    private SettingsViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(new DataDirectory(temp.resolve("data")));
        settings = new DesktopSettings(db);
        login = LoginStart.forSystem("Linux", Map.of("XDG_CONFIG_HOME", temp.resolve("config").toString()),
                temp, List.of("/opt/applydesk/bin/applydesk"));
        chromium = Files.createFile(temp.resolve("chromium"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        ThemePreference theme = new ThemePreference(dark, settings.theme(), true, settings::setTheme);
        dataFolder = DataFolderChoice.forSystem("Linux", Map.of("XDG_CONFIG_HOME", temp.resolve("config").toString()),
                temp);
        SettingsViewModel.Desktop desktop = new SettingsViewModel.Desktop(login, dataFolder, () -> List.of(chromium),
                opened::add, () -> appliedCaps.add(RunSettings.load(db).totalCap()));
        viewModel = new SettingsViewModel(settings, desktop, theme, temp.resolve("data"),
                new SettingsViewModel.Running(chromium, false, 2), dialogs, new InlineTaskExecutor());
        viewModel.load();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void loadShowsTheDefaultsTheBrowsersFoundAndFollowsTheSystemTheme() {
        assertEquals(List.of(chromium), viewModel.detectedBrowsers());
        assertEquals("", viewModel.browserPathProperty().get());
        assertEquals("2", viewModel.workersProperty().get(), "the running count when none is stored");
        assertEquals("1000", viewModel.totalCapProperty().get());
        assertEquals("100", viewModel.monthlyCapProperty().get());
        assertEquals("", viewModel.dailyCapProperty().get());
        assertEquals("3", viewModel.hostSpacingProperty().get());
        assertEquals(ThemeChoice.SYSTEM, viewModel.themeProperty().get());
        assertTrue(dark.get(), "the system prefers dark here");
        assertFalse(viewModel.startOnLoginProperty().get());
    }

    @Test
    void saveStoresEveryFieldAndWritesTheLoginEntry() throws Exception {
        viewModel.useDetected(chromium);
        viewModel.headlessProperty().set(true);
        viewModel.workersProperty().set("4");
        viewModel.totalCapProperty().set("300");
        viewModel.monthlyCapProperty().set("60");
        viewModel.dailyCapProperty().set("10");
        viewModel.hostSpacingProperty().set("20");
        viewModel.missedSlotPolicyProperty().set(MissedSlotPolicy.SKIP);
        viewModel.startMinimisedProperty().set(true);
        viewModel.startOnLoginProperty().set(true);

        viewModel.save();

        assertEquals(SettingsViewModel.SAVED_FOR_NEXT_START, viewModel.messageProperty().get());
        assertEquals(Optional.of(chromium), settings.browserPath());
        assertTrue(settings.headless());
        assertEquals(4, settings.workers(1));
        RunSettings run = RunSettings.load(db);
        assertEquals(300, run.totalCap());
        assertEquals(60, run.monthlyCap());
        assertEquals(10, run.dailyCap());
        assertEquals(20, run.hostSpacing().toSeconds());
        assertEquals(List.of(300), appliedCaps, "the saved caps were applied at once");
        assertEquals(MissedSlotPolicy.SKIP, settings.missedSlotPolicy());
        assertTrue(settings.startMinimised());
        assertTrue(settings.startOnLogin());
        assertTrue(Files.readString(login.entry()).contains("Exec=/opt/applydesk/bin/applydesk --background"));

        viewModel.startOnLoginProperty().set(false);
        viewModel.save();
        assertFalse(Files.exists(login.entry()));
        assertFalse(settings.startOnLogin());
    }

    @Test
    void everyProblemIsShownAtOnceBesideItsFieldAndNothingIsSaved() throws Exception {
        Path notes = Files.writeString(temp.resolve("notes.txt"), "not a browser");
        viewModel.browserPathProperty().set(notes.toString());
        viewModel.workersProperty().set("abc");
        viewModel.hostSpacingProperty().set("-5");
        viewModel.monthlyCapProperty().set("5000");
        viewModel.dailyCapProperty().set("lots");
        viewModel.nextDataFolderProperty().set("relative/folder");

        viewModel.save();

        assertEquals(Map.of(
                Field.BROWSER, notes + " is not a program this computer can start. Choose the browser program itself"
                        + " (for example chrome or chromium).",
                Field.WORKERS, "'abc' is not a whole number. Choose between 1 and 8 browsers working at once.",
                Field.SPACING, "Choose between 0 and 600 seconds between two applications on the same job site.",
                Field.MONTHLY_CAP, "A month cannot allow more applications (5000) than the total (1000).",
                Field.DAILY_CAP, "'lots' is not a whole number. Choose between 1 and 100,000 applications a day.",
                Field.DATA_FOLDER, "Give the whole path of the folder, starting from the top (for example "
                        + Path.of(System.getProperty("user.home"), "ApplyDesk") + ")."), shownErrors());
        assertEquals(SettingsViewModel.FIX_FIELDS, viewModel.messageProperty().get());
        assertEquals(Optional.empty(), settings.browserPath());
        assertEquals(Optional.empty(), settings.storedWorkers(), "valid fields wait until every field is valid");
        assertEquals(100, RunSettings.load(db).monthlyCap());
        assertEquals(List.of(), appliedCaps);
        assertEquals(Optional.empty(), dataFolder.chosen());
    }

    @Test
    void aFieldsProblemShowsAsItIsTypedAndGoesAsSoonAsItIsValid() throws Exception {
        viewModel.totalCapProperty().set("ten");
        assertEquals("'ten' is not a whole number. Choose between 1 and 100,000 applications in all.",
                viewModel.errorProperty(Field.TOTAL_CAP).get(), "shown before any save");
        viewModel.totalCapProperty().set("40");
        assertEquals("", viewModel.errorProperty(Field.TOTAL_CAP).get());
        assertEquals("A month cannot allow more applications (100) than the total (40).",
                viewModel.errorProperty(Field.MONTHLY_CAP).get(), "the month is checked against the new total");
        viewModel.totalCapProperty().set("400");
        assertEquals("", viewModel.errorProperty(Field.MONTHLY_CAP).get(), "and cleared by correcting the total");

        viewModel.nextDataFolderProperty().set("relative");
        assertTrue(viewModel.errorProperty(Field.DATA_FOLDER).get().startsWith("Give the whole path of the folder"));
        viewModel.nextDataFolderProperty().set(temp.resolve("elsewhere").toString());
        assertEquals("", viewModel.errorProperty(Field.DATA_FOLDER).get());

        Path notes = Files.writeString(temp.resolve("notes.txt"), "not a browser");
        viewModel.browserPathProperty().set(notes.toString());
        viewModel.save();
        assertTrue(viewModel.errorProperty(Field.BROWSER).get().contains("is not a program"));
        viewModel.browserPathProperty().set("");
        assertEquals("", viewModel.errorProperty(Field.BROWSER).get(), "editing clears the disk-checked problem");

        viewModel.save();
        assertEquals(Map.of(), shownErrors());
        assertEquals(SettingsViewModel.SAVED_NEW_FOLDER, viewModel.messageProperty().get());
        assertEquals(400, RunSettings.load(db).totalCap());
    }

    @Test
    void browsersAtOnceOutsideOneToEightOrNotANumberAreRefusedNotChanged() {
        String range = "Choose between 1 and 8 browsers working at once.";
        for (String typed : List.of("99", "0", "-3", "99999999999")) {
            viewModel.workersProperty().set(typed);
            assertEquals(range, viewModel.errorProperty(Field.WORKERS).get(), typed);
            viewModel.save();
            assertEquals(typed, viewModel.workersProperty().get(), "never put back in range unseen");
            assertEquals(SettingsViewModel.FIX_FIELDS, viewModel.messageProperty().get());
        }
        viewModel.workersProperty().set("abc");
        assertEquals("'abc' is not a whole number. " + range, viewModel.errorProperty(Field.WORKERS).get());
        viewModel.workersProperty().set(" ");
        assertEquals("Enter a number. " + range, viewModel.errorProperty(Field.WORKERS).get());
        viewModel.save();
        assertEquals(Optional.empty(), settings.storedWorkers());

        viewModel.workersProperty().set("8");
        assertEquals("", viewModel.errorProperty(Field.WORKERS).get());
        viewModel.save();
        assertEquals(Optional.of(8), settings.storedWorkers());
    }

    @Test
    void themeAppliesAtOnceAndTheSidebarSwitchIsAChoiceToo() {
        viewModel.themeProperty().set(ThemeChoice.LIGHT);
        assertFalse(dark.get());
        assertEquals(ThemeChoice.LIGHT, settings.theme());

        dark.set(true);
        assertEquals(ThemeChoice.DARK, viewModel.themeProperty().get());
        assertEquals(ThemeChoice.DARK, settings.theme());

        viewModel.themeProperty().set(ThemeChoice.SYSTEM);
        assertTrue(dark.get(), "the system prefers dark");
        assertEquals(ThemeChoice.SYSTEM, settings.theme());
    }

    @Test
    void browseAndOpenFolderUseTheDesktop() {
        dialogs.willChoose(chromium);
        viewModel.chooseBrowser();
        assertEquals(chromium.toString(), viewModel.browserPathProperty().get());
        viewModel.openDataFolder();
        assertEquals(List.of(temp.resolve("data")), opened);
    }

    /** The problems shown, by field. */
    private Map<Field, String> shownErrors() {
        Map<Field, String> shown = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            if (!viewModel.errorProperty(field).get().isEmpty()) {
                shown.put(field, viewModel.errorProperty(field).get());
            }
        }
        return shown;
    }

    @Test
    void aNewDataFolderIsKeptForTheNextStartAndSaidSo() {
        Path elsewhere = temp.resolve("elsewhere");
        viewModel.nextDataFolderProperty().set("relative/folder");
        viewModel.save();
        assertTrue(viewModel.errorProperty(Field.DATA_FOLDER).get().startsWith("Give the whole path of the folder"));
        assertEquals(Optional.empty(), dataFolder.chosen());

        viewModel.nextDataFolderProperty().set(elsewhere.toString());
        viewModel.save();
        assertEquals(SettingsViewModel.SAVED_NEW_FOLDER, viewModel.messageProperty().get());
        assertEquals(Optional.of(elsewhere), dataFolder.chosen());

        viewModel.save();
        assertEquals(SettingsViewModel.SAVED, viewModel.messageProperty().get(), "unchanged: no note about it");
    }
}
