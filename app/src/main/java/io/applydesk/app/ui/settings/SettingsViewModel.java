package io.applydesk.app.ui.settings;

import io.applydesk.app.settings.DataFolderChoice;
import io.applydesk.app.settings.DesktopSettings;
import io.applydesk.app.settings.DesktopSettings.WholeNumber;
import io.applydesk.app.settings.LoginStart;
import io.applydesk.app.settings.ThemeChoice;
import io.applydesk.app.ui.common.BackgroundTask;
import io.applydesk.app.ui.common.DialogService;
import io.applydesk.app.ui.common.ErrorText;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.app.ui.theme.ThemePreference;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.run.RunSettings;
import io.applydesk.core.schedule.MissedSlotPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Settings page: every {@link DesktopSettings} value as an editable property. The numbers and the data folder's
 * name are checked as the candidate types, each problem shown beside its field and gone as soon as the field is
 * valid; {@link #save()} checks every field, those that need the disk too, shows every problem at once and stores
 * nothing while one remains. The theme applies and is stored as soon as it is chosen, in step with the sidebar's
 * dark switch ({@link ThemePreference}). Use on the UI thread.
 */
public final class SettingsViewModel {
    /** Beside the settings a running ApplyDesk cannot change under its own feet. */
    public static final String NEXT_START = "Takes effect next time ApplyDesk starts.";
    static final String SAVED = "Saved.";
    static final String SAVED_FOR_NEXT_START = "Saved. The browser and worker changes take effect next time"
            + " ApplyDesk starts.";
    static final String SAVED_NEW_FOLDER = "Saved. ApplyDesk uses the new data folder next time it starts; what is"
            + " in the current folder stays there.";
    static final String FIX_FIELDS = "Nothing was saved: correct the fields marked in red first.";

    /** The fields that can be wrong, each with its inline message. */
    public enum Field { BROWSER, WORKERS, TOTAL_CAP, MONTHLY_CAP, DAILY_CAP, SPACING, LOGIN, DATA_FOLDER }

    /** Checked as the candidate types, without the disk. */
    private static final Set<Field> TYPED = EnumSet.of(Field.WORKERS, Field.TOTAL_CAP, Field.MONTHLY_CAP,
            Field.DAILY_CAP, Field.SPACING, Field.DATA_FOLDER);
    /** Checked by a save, on the disk: the data folder's name is checked as typed too, and again here. */
    private static final Set<Field> CHECKED_ON_SAVE = EnumSet.of(Field.BROWSER, Field.LOGIN, Field.DATA_FOLDER);

    private final DesktopSettings settings;
    private final LoginStart loginStart;
    private final DataFolderChoice dataFolder;
    private final Supplier<List<Path>> browserDetector;
    private final ThemePreference themePreference;
    private final Consumer<Path> folderOpener;
    private final Runnable applyNow;
    private final DialogService dialogs;
    private final TaskExecutor executor;
    private final Path dataDirectory;
    /** What this running ApplyDesk started with: saving something else needs a restart. */
    private final Running running;

    // ---- Properties ----
    private final ObservableList<Path> detectedBrowsers = FXCollections.observableArrayList();
    private final StringProperty browserPath = new SimpleStringProperty("");
    private final BooleanProperty headless = new SimpleBooleanProperty(false);
    private final StringProperty workers = new SimpleStringProperty("");
    private final StringProperty totalCap = new SimpleStringProperty("");
    private final StringProperty monthlyCap = new SimpleStringProperty("");
    private final StringProperty dailyCap = new SimpleStringProperty("");
    private final StringProperty hostSpacing = new SimpleStringProperty("");
    private final ObjectProperty<MissedSlotPolicy> missedSlotPolicy =
            new SimpleObjectProperty<>(MissedSlotPolicy.RUN_ONCE_AT_START);
    private final BooleanProperty startMinimised = new SimpleBooleanProperty(false);
    private final BooleanProperty startOnLogin = new SimpleBooleanProperty(false);
    private final StringProperty nextDataFolder = new SimpleStringProperty("");
    /** The folder chosen for the next start when the page was loaded, to tell when the candidate changed it. */
    private String loadedDataFolder = "";
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /**
     * The settings as this ApplyDesk is running with them.
     *
     * @param browser the browser in use, or null when none was found
     */
    public record Running(Path browser, boolean headless, int workers) {
    }

    /**
     * What the page reaches outside the database.
     *
     * @param loginStart      the start-on-login entry
     * @param dataFolder      the data folder chosen for the next start
     * @param browserDetector lists the browsers installed here (called off the UI thread)
     * @param folderOpener    shows a folder in the file manager (called off the UI thread)
     * @param applyNow        after a save, applies what takes effect at once: the caps (called off the UI thread)
     */
    public record Desktop(LoginStart loginStart, DataFolderChoice dataFolder, Supplier<List<Path>> browserDetector,
                          Consumer<Path> folderOpener, Runnable applyNow) {
    }

    /**
     * @param themePreference the window's theme choice, shared with the sidebar's dark switch
     * @param dataDirectory   the data folder in use now
     */
    public SettingsViewModel(DesktopSettings settings, Desktop desktop, ThemePreference themePreference,
                             Path dataDirectory, Running running, DialogService dialogs, TaskExecutor executor) {
        this.settings = settings;
        this.loginStart = desktop.loginStart();
        this.dataFolder = desktop.dataFolder();
        this.browserDetector = desktop.browserDetector();
        this.themePreference = themePreference;
        this.folderOpener = desktop.folderOpener();
        this.applyNow = desktop.applyNow();
        this.dataDirectory = dataDirectory;
        this.running = running;
        this.dialogs = dialogs;
        this.executor = executor;
        for (Field field : Field.values()) {
            errors.put(field, new ReadOnlyStringWrapper(""));
        }
        // The browser's check needs the disk: Save does it, and an edit takes its old problem away.
        browserPath.addListener((obs, old, now) -> errors.get(Field.BROWSER).set(""));
        Stream.of(workers, hostSpacing, totalCap, monthlyCap, dailyCap, nextDataFolder)
                .forEach(field -> field.addListener((obs, old, now) -> checkTyped()));
    }

    public ObservableList<Path> detectedBrowsers() {
        return detectedBrowsers;
    }

    /** A browser program chosen by hand; blank to use the first one found. */
    public StringProperty browserPathProperty() {
        return browserPath;
    }

    public BooleanProperty headlessProperty() {
        return headless;
    }

    /** Browsers applying side by side, as typed. */
    public StringProperty workersProperty() {
        return workers;
    }

    public StringProperty totalCapProperty() {
        return totalCap;
    }

    public StringProperty monthlyCapProperty() {
        return monthlyCap;
    }

    /** Blank for no daily cap. */
    public StringProperty dailyCapProperty() {
        return dailyCap;
    }

    /** Whole seconds between two applications on the same job site. */
    public StringProperty hostSpacingProperty() {
        return hostSpacing;
    }

    public ObjectProperty<MissedSlotPolicy> missedSlotPolicyProperty() {
        return missedSlotPolicy;
    }

    /** Applies and is stored as soon as it changes. */
    public ObjectProperty<ThemeChoice> themeProperty() {
        return themePreference.choiceProperty();
    }

    public BooleanProperty startMinimisedProperty() {
        return startMinimised;
    }

    public BooleanProperty startOnLoginProperty() {
        return startOnLogin;
    }

    /** The data folder for the next start; blank for the usual place. */
    public StringProperty nextDataFolderProperty() {
        return nextDataFolder;
    }

    /** True when {@code APPLYDESK_HOME} decides the data folder, so a choice here would not be used. */
    public boolean dataFolderSetByEnvironment() {
        return dataFolder.overriddenByEnvironment();
    }

    /** The problem with {@code field} in plain words, or "" when there is none. */
    public ReadOnlyStringProperty errorProperty(Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    /** What the last save did, or why it did not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Where the start-on-login entry is written, to name it beside the switch. */
    public Path loginEntry() {
        return loginStart.entry();
    }

    /** The browser in use now, in words. */
    public String browserInUse() {
        return running.browser() == null ? "No browser found yet." : "Using " + running.browser() + " now.";
    }

    // ---- Commands ----

    /** Reads the stored settings, the browsers installed and the desktop's theme into the page. */
    public void load() {
        busy.set(true);
        BackgroundTask.of(() -> new Loaded(settings.browserPath().map(Path::toString).orElse(""), settings.headless(),
                        settings.workers(running.workers()), settings.runSettings(), settings.missedSlotPolicy(),
                        settings.startMinimised(), loginStart.isEnabled(), browserDetector.get(),
                        dataFolder.chosen().map(Path::toString).orElse("")))
                .onSuccess(this::show)
                .onFailure(error -> message.set(ErrorText.of(error)))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    /** Picks the browser program with a file chooser. */
    public void chooseBrowser() {
        dialogs.chooseFile("Choose the browser program", "Programs", List.of())
                .ifPresent(path -> browserPath.set(path.toString()));
    }

    /** Uses one of the browsers found on this computer. */
    public void useDetected(Path browser) {
        if (browser != null) {
            browserPath.set(browser.toString());
        }
    }

    /** Shows the data folder in the file manager. */
    public void openDataFolder() {
        BackgroundTask.ofRunnable(() -> folderOpener.accept(dataDirectory))
                .onFailure(error -> message.set("ApplyDesk could not open the folder " + dataDirectory
                        + ". Open it yourself in your file manager."))
                .executeWith(executor);
    }

    /**
     * Checks every field; stores them all when all are valid, else none, with every problem beside its field at
     * once (not the first one found, then the next after it is corrected).
     */
    public void save() {
        Edit edit = checkTyped();
        busy.set(true);
        message.set("");
        BackgroundTask.of(() -> store(edit))
                .onSuccess(problems -> {
                    CHECKED_ON_SAVE.forEach(field -> errors.get(field).set(problems.getOrDefault(field, "")));
                    if (errors.values().stream().anyMatch(error -> !error.get().isEmpty())) {
                        message.set(FIX_FIELDS);
                    } else {
                        boolean folderChanged = !edit.dataFolder().strip().equals(loadedDataFolder);
                        loadedDataFolder = edit.dataFolder().strip();
                        message.set(folderChanged ? SAVED_NEW_FOLDER
                                : needsRestart(edit) ? SAVED_FOR_NEXT_START : SAVED);
                    }
                })
                .onFailure(error -> message.set(ErrorText.of(error)))
                .onFinished(() -> busy.set(false))
                .executeWith(executor);
    }

    // ---- Work ----

    /**
     * Checks what needs the file system, then stores everything when the typed fields were valid too (background
     * thread). The problems come back per field, and then nothing is stored.
     */
    private Map<Field, String> store(Edit edit) {
        Map<Field, String> problems = new EnumMap<>(Field.class);
        check(problems, Field.BROWSER, () -> {
            if (!edit.browserPath().isBlank()) {
                settings.checkedBrowser(edit.browserPath());
            }
        });
        check(problems, Field.DATA_FOLDER, () -> {
            if (!edit.dataFolder().isBlank()) {
                DataFolderChoice.checked(edit.dataFolder());
            }
        });
        if (!problems.isEmpty() || !edit.typedValid()) {
            return problems;
        }
        settings.setBrowserPath(edit.browserPath());
        settings.setHeadless(edit.headless());
        settings.setWorkers(edit.workers());
        settings.setCaps(edit.totalCap(), edit.monthlyCap(), edit.dailyCap());
        settings.setHostSpacingSeconds(edit.hostSpacing());
        settings.setMissedSlotPolicy(edit.missedSlotPolicy());
        settings.setStartMinimised(edit.startMinimised());
        applyNow.run();
        check(problems, Field.LOGIN, () -> {
            if (edit.startOnLogin()) {
                loginStart.enable(edit.startMinimised());
            } else {
                loginStart.disable();
            }
        });
        settings.setStartOnLogin(edit.startOnLogin() && !problems.containsKey(Field.LOGIN));
        check(problems, Field.DATA_FOLDER, () -> dataFolder.choose(edit.dataFolder()));
        return problems;
    }

    /** Runs a check; its refusal becomes the problem of {@code field}. */
    private static void check(Map<Field, String> problems, Field field, Runnable check) {
        try {
            check.run();
        } catch (ApplyDeskException e) {
            problems.put(field, e.getMessage());
        }
    }

    private boolean needsRestart(Edit edit) {
        Path chosen = edit.browserPath().isBlank() ? null : Path.of(edit.browserPath().strip());
        boolean browserChanged = chosen != null && !chosen.equals(running.browser());
        return browserChanged || edit.headless() != running.headless() || edit.workers() != running.workers();
    }

    /**
     * Checks every field that needs neither the disk nor the database, as it is now: shows each one's problem beside
     * it and clears it from each valid one (a cap valid on its own may still be wrong against another: checked too).
     * The page as an edit, its invalid numbers null.
     */
    private Edit checkTyped() {
        Integer workerCount = typed(Field.WORKERS, () -> WholeNumber.WORKERS.parse(workers.get()));
        Integer spacing = typed(Field.SPACING, () -> WholeNumber.HOST_SPACING.parse(hostSpacing.get()));
        Integer total = typed(Field.TOTAL_CAP, () -> WholeNumber.TOTAL_CAP.parse(totalCap.get()));
        Integer monthly = typed(Field.MONTHLY_CAP, () -> {
            int cap = WholeNumber.MONTHLY_CAP.parse(monthlyCap.get());
            if (total != null) {
                DesktopSettings.checkMonthWithinTotal(cap, total);
            }
            return cap;
        });
        Integer daily = typed(Field.DAILY_CAP, () -> {
            if (blank(dailyCap)) {
                return null;
            }
            int cap = WholeNumber.DAILY_CAP.parse(dailyCap.get());
            if (monthly != null) {
                DesktopSettings.checkDayWithinMonth(cap, monthly);
            }
            return cap;
        });
        typed(Field.DATA_FOLDER,
                () -> blank(nextDataFolder) ? null : DataFolderChoice.checkedName(nextDataFolder.get()));
        boolean valid = TYPED.stream().allMatch(field -> errors.get(field).get().isEmpty());
        return new Edit(browserPath.get(), headless.get(), workerCount, total, monthly, daily, spacing,
                missedSlotPolicy.get(), startMinimised.get(), startOnLogin.get(), nextDataFolder.get(), valid);
    }

    /** The value {@code check} gives, clearing the field's problem; null with the problem shown when it refuses. */
    private <T> T typed(Field field, Supplier<T> check) {
        try {
            T value = check.get();
            errors.get(field).set("");
            return value;
        } catch (ApplyDeskException e) {
            errors.get(field).set(e.getMessage());
            return null;
        }
    }

    private static boolean blank(StringProperty text) {
        return text.get() == null || text.get().isBlank();
    }

    private void show(Loaded loaded) {
        detectedBrowsers.setAll(new ArrayList<>(loaded.detected()));
        browserPath.set(loaded.browserPath());
        headless.set(loaded.headless());
        workers.set(Integer.toString(loaded.workers()));
        totalCap.set(Integer.toString(loaded.run().totalCap()));
        monthlyCap.set(Integer.toString(loaded.run().monthlyCap()));
        dailyCap.set(Optional.ofNullable(loaded.run().dailyCap()).map(String::valueOf).orElse(""));
        hostSpacing.set(Long.toString(loaded.run().hostSpacing().toSeconds()));
        missedSlotPolicy.set(loaded.policy());
        startMinimised.set(loaded.startMinimised());
        startOnLogin.set(loaded.startOnLogin());
        nextDataFolder.set(loaded.dataFolder());
        loadedDataFolder = loaded.dataFolder();
        errors.values().forEach(error -> error.set(""));
        checkTyped();
    }

    private record Loaded(String browserPath, boolean headless, int workers, RunSettings run,
                          MissedSlotPolicy policy, boolean startMinimised, boolean startOnLogin,
                          List<Path> detected, String dataFolder) {
    }

    /**
     * The page's values, stored only when {@code typedValid}; the numbers are null where invalid (and the daily cap
     * when there is none).
     */
    private record Edit(String browserPath, boolean headless, Integer workers, Integer totalCap, Integer monthlyCap,
                        Integer dailyCap, Integer hostSpacing, MissedSlotPolicy missedSlotPolicy,
                        boolean startMinimised, boolean startOnLogin, String dataFolder, boolean typedValid) {
    }
}
