package io.applydesk.app.settings;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.run.RunSettings;
import io.applydesk.core.schedule.MissedSlotPolicy;
import io.applydesk.core.schedule.ScheduleSettings;
import io.applydesk.core.store.AppSettingDao;
import io.applydesk.core.store.Database;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every setting of the Settings page, typed, with its default and its validation, kept in {@code app_setting}.
 * The run limits and politeness are {@link RunSettings}' own keys (read through {@link RunSettings#load}), the
 * missed-slot policy is {@link ScheduleSettings}'; the rest are {@code desktop.*} keys.
 *
 * <p>A setter refuses an invalid value with an {@link ApplyDeskException} (VALIDATION_ERROR, a plain sentence,
 * the field's name as details) and stores nothing. A stored value this version cannot read is logged and
 * replaced by its default, so a hand-edited database never keeps the window from opening. Thread-safe.
 */
public final class DesktopSettings {
    public static final String BROWSER_PATH = "desktop.browser.path";
    public static final String HEADLESS = "desktop.browser.headless";
    public static final String WORKERS = "desktop.workers";
    public static final String THEME = "desktop.theme";
    public static final String START_MINIMISED = "desktop.startMinimised";
    public static final String START_ON_LOGIN = "desktop.startOnLogin";
    public static final String WINDOW = "desktop.window";

    public static final int MIN_WORKERS = 1;
    public static final int MAX_WORKERS = 8;
    /** More than ten minutes between two applications on one site would stall any run. */
    public static final int MAX_SPACING_SECONDS = 600;
    /** No candidate sends more; a bigger number is a typo. */
    public static final int MAX_CAP = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(DesktopSettings.class);

    private final Database database;
    private final Jdbi jdbi;
    private final ScheduleSettings schedule;
    private final Predicate<Path> isProgram;

    /** Over {@code database}, checking browser paths on this computer's file system. */
    public DesktopSettings(Database database) {
        this(database, path -> Files.isRegularFile(path) && Files.isExecutable(path));
    }

    /** @param isProgram whether a path is a program that can be started (tests fake the file system) */
    DesktopSettings(Database database, Predicate<Path> isProgram) {
        this.database = database;
        this.jdbi = database.jdbi();
        this.schedule = new ScheduleSettings(database);
        this.isProgram = isProgram;
    }

    // ---- Browser ----

    /** The browser the candidate chose, or empty to use the one ApplyDesk finds. */
    public Optional<Path> browserPath() {
        return stored(BROWSER_PATH).map(Path::of);
    }

    /**
     * Sets the browser program; null or blank goes back to finding one.
     *
     * @throws ApplyDeskException VALIDATION_ERROR when the path is not a program on this computer
     */
    public void setBrowserPath(String path) {
        if (path == null || path.isBlank()) {
            remove(BROWSER_PATH);
            return;
        }
        Path program = checkedBrowser(path);
        put(BROWSER_PATH, program.toString());
    }

    /** The path as a program, or the sentence why it is not one (for validation as the candidate types). */
    public Path checkedBrowser(String path) {
        Path program;
        try {
            program = Path.of(path.strip());
        } catch (InvalidPathException e) {
            throw invalid("'" + path.strip() + "' is not a file name this computer understands.", BROWSER_PATH);
        }
        if (!Files.exists(program)) {
            throw invalid("There is no file at " + program + ". Choose the browser program itself.", BROWSER_PATH);
        }
        if (!isProgram.test(program)) {
            throw invalid(program + " is not a program this computer can start. Choose the browser program itself"
                    + " (for example chrome or chromium).", BROWSER_PATH);
        }
        return program;
    }

    /** True when the browser works without a window of its own. Default: false (you can watch it). */
    public boolean headless() {
        return flag(HEADLESS, false);
    }

    public void setHeadless(boolean headless) {
        put(HEADLESS, Boolean.toString(headless));
    }

    // ---- Runs ----

    /** Browser workers running applications side by side, {@value #MIN_WORKERS} to {@value #MAX_WORKERS}. */
    public Optional<Integer> storedWorkers() {
        return stored(WORKERS).flatMap(text -> parsed(WORKERS, text, Integer::valueOf))
                .filter(n -> n >= MIN_WORKERS && n <= MAX_WORKERS);
    }

    /** The stored worker count, else {@code fallback}. */
    public int workers(int fallback) {
        return storedWorkers().orElse(fallback);
    }

    /** @throws ApplyDeskException VALIDATION_ERROR outside {@value #MIN_WORKERS}..{@value #MAX_WORKERS} */
    public void setWorkers(int workers) {
        WholeNumber.WORKERS.check(workers);
        put(WORKERS, Integer.toString(workers));
    }

    /** The caps and politeness as the run coordinator reads them. */
    public RunSettings runSettings() {
        try {
            return RunSettings.load(database);
        } catch (ApplyDeskException e) {
            LOG.warn("Stored run settings unreadable; showing the defaults", e);
            return RunSettings.defaults(ZoneId.systemDefault());
        }
    }

    /**
     * Sets the caps on applications per profile.
     *
     * @param dailyCap null for no daily cap
     * @throws ApplyDeskException VALIDATION_ERROR when a cap is below 1, above {@value #MAX_CAP}, or a shorter
     *                            period allows more than a longer one (details: the cap's key)
     */
    public void setCaps(int totalCap, int monthlyCap, Integer dailyCap) {
        WholeNumber.TOTAL_CAP.check(totalCap);
        WholeNumber.MONTHLY_CAP.check(monthlyCap);
        checkMonthWithinTotal(monthlyCap, totalCap);
        if (dailyCap != null) {
            WholeNumber.DAILY_CAP.check(dailyCap);
            checkDayWithinMonth(dailyCap, monthlyCap);
        }
        jdbi.useTransaction(handle -> {
            AppSettingDao dao = handle.attach(AppSettingDao.class);
            dao.put(RunSettings.TOTAL_CAP, Integer.toString(totalCap));
            dao.put(RunSettings.MONTHLY_CAP, Integer.toString(monthlyCap));
            if (dailyCap == null) {
                dao.delete(RunSettings.DAILY_CAP);
            } else {
                dao.put(RunSettings.DAILY_CAP, Integer.toString(dailyCap));
            }
        });
    }

    /** @throws ApplyDeskException VALIDATION_ERROR outside 0..{@value #MAX_SPACING_SECONDS} seconds */
    public void setHostSpacingSeconds(int seconds) {
        WholeNumber.HOST_SPACING.check(seconds);
        put(RunSettings.HOST_SPACING_SECONDS, Integer.toString(seconds));
    }

    /** @throws ApplyDeskException VALIDATION_ERROR (details: the monthly cap's key) when over the total */
    public static void checkMonthWithinTotal(int monthlyCap, int totalCap) {
        if (monthlyCap > totalCap) {
            throw invalid("A month cannot allow more applications (" + monthlyCap + ") than the total ("
                    + totalCap + ").", RunSettings.MONTHLY_CAP);
        }
    }

    /** @throws ApplyDeskException VALIDATION_ERROR (details: the daily cap's key) when over the monthly cap */
    public static void checkDayWithinMonth(int dailyCap, int monthlyCap) {
        if (dailyCap > monthlyCap) {
            throw invalid("A day cannot allow more applications (" + dailyCap + ") than a month ("
                    + monthlyCap + ").", RunSettings.DAILY_CAP);
        }
    }

    public MissedSlotPolicy missedSlotPolicy() {
        return schedule.missedSlotPolicy();
    }

    public void setMissedSlotPolicy(MissedSlotPolicy policy) {
        schedule.setMissedSlotPolicy(policy);
    }

    // ---- Desktop ----

    /** Default: follow the desktop's light or dark setting. */
    public ThemeChoice theme() {
        return stored(THEME).flatMap(text -> parsed(THEME, text,
                t -> ThemeChoice.valueOf(t.toUpperCase(Locale.ROOT)))).orElse(ThemeChoice.SYSTEM);
    }

    public void setTheme(ThemeChoice theme) {
        put(THEME, theme.name());
    }

    /**
     * Takes {@code theme} when none was chosen in this data folder yet: the one chosen in practice mode comes along
     * to the candidate's own data (onboarding showed light after dark had been chosen).
     */
    public void setThemeUnlessChosen(ThemeChoice theme) {
        if (stored(THEME).isEmpty()) {
            setTheme(theme);
        }
    }

    /** True when ApplyDesk starts in the tray without showing its window. Default: false. */
    public boolean startMinimised() {
        return flag(START_MINIMISED, false);
    }

    public void setStartMinimised(boolean minimised) {
        put(START_MINIMISED, Boolean.toString(minimised));
    }

    /** True when the candidate asked ApplyDesk to start when they log in. Default: false. */
    public boolean startOnLogin() {
        return flag(START_ON_LOGIN, false);
    }

    public void setStartOnLogin(boolean onLogin) {
        put(START_ON_LOGIN, Boolean.toString(onLogin));
    }

    /** Where the main window was last, as {@link io.applydesk.app.ui.WindowGeometry} text; empty at first. */
    public Optional<String> windowGeometry() {
        return stored(WINDOW);
    }

    public void setWindowGeometry(String geometry) {
        put(WINDOW, geometry);
    }

    // ---- Storage ----

    private Optional<String> stored(String key) {
        return jdbi.withExtension(AppSettingDao.class, dao -> dao.get(key)).map(String::strip)
                .filter(text -> !text.isEmpty());
    }

    private boolean flag(String key, boolean fallback) {
        return stored(key).map(text -> {
            if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                LOG.warn("Setting {} is '{}', not true or false; using {}", key, text, fallback);
                return fallback;
            }
            return Boolean.parseBoolean(text);
        }).orElse(fallback);
    }

    private static <T> Optional<T> parsed(String key, String text, java.util.function.Function<String, T> parse) {
        try {
            return Optional.of(parse.apply(text));
        } catch (IllegalArgumentException e) {
            LOG.warn("Setting {} is '{}', which this version does not understand; using its default", key, text);
            return Optional.empty();
        }
    }

    private void put(String key, String value) {
        jdbi.useExtension(AppSettingDao.class, dao -> dao.put(key, value));
    }

    private void remove(String key) {
        jdbi.useExtension(AppSettingDao.class, dao -> dao.delete(key));
    }

    private static ApplyDeskException invalid(String sentence, String field) {
        return new ApplyDeskException(ErrorCode.VALIDATION_ERROR, sentence, field);
    }

    /**
     * The settings typed as whole numbers, each with its range. A refusal (VALIDATION_ERROR, the setting's key as
     * details) says the range, for text that is no number as for a number outside it: the candidate reads what to
     * type instead, and nothing is ever changed to the nearest allowed value behind their back.
     */
    public enum WholeNumber {
        WORKERS(DesktopSettings.WORKERS, MIN_WORKERS, MAX_WORKERS, "browsers working at once"),
        HOST_SPACING(RunSettings.HOST_SPACING_SECONDS, 0, MAX_SPACING_SECONDS,
                "seconds between two applications on the same job site"),
        TOTAL_CAP(RunSettings.TOTAL_CAP, 1, MAX_CAP, "applications in all"),
        MONTHLY_CAP(RunSettings.MONTHLY_CAP, 1, MAX_CAP, "applications a month"),
        DAILY_CAP(RunSettings.DAILY_CAP, 1, MAX_CAP, "applications a day");

        private final String key;
        private final int min;
        private final int max;
        private final String what;

        WholeNumber(String key, int min, int max, String what) {
            this.key = key;
            this.min = min;
            this.max = max;
            this.what = what;
        }

        /** e.g. "Choose between 1 and 8 browsers working at once." */
        public String range() {
            return String.format(Locale.ENGLISH, "Choose between %,d and %,d %s.", min, max, what);
        }

        /**
         * The number in {@code text} (spaces around it ignored).
         *
         * @throws ApplyDeskException VALIDATION_ERROR when the text is blank, not a whole number, or out of range
         */
        public int parse(String text) {
            String value = text == null ? "" : text.strip();
            try {
                return check(Integer.parseInt(value));
            } catch (NumberFormatException e) {
                // Digits too many for an int are a number out of range, not "not a number".
                throw invalid(value.isEmpty() ? "Enter a number. " + range()
                        : value.matches("[+-]?\\d+") ? range()
                        : "'" + value + "' is not a whole number. " + range(), key);
            }
        }

        /** @throws ApplyDeskException VALIDATION_ERROR outside the range */
        public int check(int value) {
            if (value < min || value > max) {
                throw invalid(range(), key);
            }
            return value;
        }
    }
}
