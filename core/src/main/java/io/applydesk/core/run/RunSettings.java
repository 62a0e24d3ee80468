package io.applydesk.core.run;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.store.AppSettingDao;
import io.applydesk.core.store.Database;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/**
 * How the run coordinator retries and limits applications. Stored as app settings ({@code app_setting},
 * keys {@code run.*}); a missing key takes the hosted API's default.
 *
 * @param maxAttempts        attempts per application including the first (transient failures only are retried)
 * @param retryBase          the first retry waits up to this long (full jitter: a random time in [0, base])
 * @param retryCap           no retry waits longer than this, however many attempts came before
 * @param totalCap           applications a profile may send in all (USER_TOTAL_LIMIT_REACHED)
 * @param monthlyCap         applications a profile may send per calendar month (USER_MONTHLY_LIMIT_REACHED)
 * @param dailyCap           applications a profile may send per calendar day; null for no daily cap
 * @param hostSpacing        minimum time between two application starts on one ATS host
 * @param companyCooldownDays no second application to the same company within this many days; null for none
 * @param zone               the candidate's time zone: where months and days begin
 */
public record RunSettings(int maxAttempts, Duration retryBase, Duration retryCap, int totalCap, int monthlyCap,
                          Integer dailyCap, Duration hostSpacing, Integer companyCooldownDays, ZoneId zone) {

    public static final String MAX_ATTEMPTS = "run.retry.maxAttempts";
    public static final String RETRY_BASE_SECONDS = "run.retry.baseSeconds";
    public static final String RETRY_CAP_SECONDS = "run.retry.capSeconds";
    public static final String TOTAL_CAP = "run.limits.total";
    public static final String MONTHLY_CAP = "run.limits.monthly";
    public static final String DAILY_CAP = "run.limits.daily";
    public static final String HOST_SPACING_SECONDS = "run.limits.hostSpacingSeconds";
    public static final String COMPANY_COOLDOWN_DAYS = "run.limits.companyCooldownDays";
    public static final String ZONE = "run.zone";

    public RunSettings {
        if (maxAttempts < 1 || totalCap < 0 || monthlyCap < 0 || (dailyCap != null && dailyCap < 0)
                || (companyCooldownDays != null && companyCooldownDays < 0)
                || retryBase.isNegative() || retryCap.isNegative() || hostSpacing.isNegative()) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "The run settings need at least one attempt and no negative limit or waiting time.", "run");
        }
    }

    /**
     * The hosted API's caps (1000 in all, 100 a month), 3 attempts, retries from 30 s up to 10 min, 3 s
     * between starts on one host, no daily cap nor company cooldown.
     */
    public static RunSettings defaults(ZoneId zone) {
        return new RunSettings(3, Duration.ofSeconds(30), Duration.ofMinutes(10), 1000, 100, null,
                Duration.ofSeconds(3), null, zone);
    }

    /** The stored settings over the defaults (zone: the computer's). A malformed value is refused with its key. */
    public static RunSettings load(Database db) {
        AppSettingDao dao = db.jdbi().onDemand(AppSettingDao.class);
        RunSettings d = defaults(ZoneId.systemDefault());
        return new RunSettings(
                read(dao, MAX_ATTEMPTS, Integer::valueOf).orElse(d.maxAttempts()),
                read(dao, RETRY_BASE_SECONDS, RunSettings::seconds).orElse(d.retryBase()),
                read(dao, RETRY_CAP_SECONDS, RunSettings::seconds).orElse(d.retryCap()),
                read(dao, TOTAL_CAP, Integer::valueOf).orElse(d.totalCap()),
                read(dao, MONTHLY_CAP, Integer::valueOf).orElse(d.monthlyCap()),
                read(dao, DAILY_CAP, Integer::valueOf).orElse(d.dailyCap()),
                read(dao, HOST_SPACING_SECONDS, RunSettings::seconds).orElse(d.hostSpacing()),
                read(dao, COMPANY_COOLDOWN_DAYS, Integer::valueOf).orElse(d.companyCooldownDays()),
                read(dao, ZONE, ZoneId::of).orElse(d.zone()));
    }

    private static Duration seconds(String text) {
        return Duration.ofMillis(Math.round(Double.parseDouble(text) * 1000));
    }

    private static <T> Optional<T> read(AppSettingDao dao, String key, Function<String, T> parse) {
        Optional<String> text = dao.get(key).map(String::strip).filter(s -> !s.isEmpty());
        try {
            return text.map(parse);
        } catch (NumberFormatException | DateTimeException e) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "The setting " + key + " is '" + text.get()
                    + "', which ApplyDesk does not understand. Correct or remove it.", key, e);
        }
    }
}
