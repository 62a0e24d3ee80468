package io.applydesk.core.run;

import io.applydesk.core.application.store.ApplicationRow;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.run.store.LimitDao;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place where the limits are checked, in the transaction that starts an application (see
 * {@code RunStateDao.claim}). What counts toward a cap: SUCCESS and UNCONFIRMED applications (sent, or
 * maybe sent) plus those PROCESSING now; FAILED, SKIPPED, NEEDS_INPUT, AWAITING_REVIEW and CANCELLED sent
 * nothing and do not count. Months and days are calendar ones in the candidate's zone. Per-host spacing
 * is not here: it delays an application rather than refusing it ({@link HostSpacing}).
 */
public final class RunLimits {
    private final RunSettings settings;

    public RunLimits(RunSettings settings) {
        this.settings = settings;
    }

    /**
     * Why this application must not start, or empty when it may.
     *
     * @param maxJobsPerRun the session's {@code limits.maxJobsPerRun}, or null
     */
    public Optional<ApplyDeskException> refusal(LimitDao dao, ApplicationRow app, Integer maxJobsPerRun,
                                                Instant now) {
        String profile = app.profileId();
        Optional<ApplyDeskException> cap = capReached(dao, profile, now, "so this one was not sent");
        if (cap.isPresent()) {
            return cap;
        }
        ZonedDateTime local = now.atZone(settings.zone());
        if (settings.dailyCap() != null) {
            Instant dayStart = local.toLocalDate().atStartOfDay(settings.zone()).toInstant();
            if (dao.countSentSince(profile, dayStart) >= settings.dailyCap()) {
                // The hosted API has no daily code; the daily cap is the same kind of per-period user limit.
                return refuse(ErrorCode.USER_MONTHLY_LIMIT_REACHED, "This profile has reached its limit of "
                        + settings.dailyCap() + " applications a day, so this one was not sent today.");
            }
        }
        if (maxJobsPerRun != null && dao.countStartedInRun(app.sessionRunId(), app.id()) >= maxJobsPerRun) {
            return refuse(ErrorCode.MAX_JOBS_EXCEEDED, "This run already applied to " + maxJobsPerRun
                    + (maxJobsPerRun == 1 ? " job" : " jobs") + ", the most the session allows per run.");
        }
        if (settings.companyCooldownDays() != null) {
            Instant since = now.minus(settings.companyCooldownDays(), ChronoUnit.DAYS);
            String company = app.companyName() == null ? "" : app.companyName().strip();
            String tenant = app.jobTenant() == null ? "" : app.jobTenant().strip();
            if (dao.countSameCompanySince(profile, app.id(), company, app.atsType(), tenant, since) > 0) {
                return refuse(ErrorCode.DUPLICATE_APPLICATION, "This profile applied to "
                        + (company.isEmpty() ? "this company" : company) + " in the last "
                        + settings.companyCooldownDays() + " days, so this application was not sent.");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the profile has used up its total or monthly cap (the hosted API's two per-user limits),
     * as the refusal of creating a session: the hosted API refuses a new session once a cap is reached.
     */
    public Optional<ApplyDeskException> sessionRefusal(LimitDao dao, String profileId, Instant now) {
        return capReached(dao, profileId, now, "so no new session can be created");
    }

    /** USER_TOTAL_LIMIT_REACHED or USER_MONTHLY_LIMIT_REACHED, the sentence ending with {@code consequence}. */
    private Optional<ApplyDeskException> capReached(LimitDao dao, String profile, Instant now, String consequence) {
        if (dao.countSentSince(profile, Instant.EPOCH) >= settings.totalCap()) {
            return refuse(ErrorCode.USER_TOTAL_LIMIT_REACHED, "This profile has reached its limit of "
                    + settings.totalCap() + " applications in all, " + consequence + ".");
        }
        ZonedDateTime local = now.atZone(settings.zone());
        ZonedDateTime monthStart = monthStart(now);
        if (dao.countSentSince(profile, monthStart.toInstant()) >= settings.monthlyCap()) {
            return refuse(ErrorCode.USER_MONTHLY_LIMIT_REACHED, "This profile has reached its limit of "
                    + settings.monthlyCap() + " applications for "
                    + local.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", " + consequence + "."
                    + " Applications can go out again from " + describe(monthStart.plusMonths(1).toLocalDate()) + ".");
        }
        return Optional.empty();
    }

    /**
     * How much of its two caps the profile has used at {@code now}, counted exactly as the refusals count
     * (what the usage figures show next to the caps).
     */
    public CapUse use(LimitDao dao, String profileId, Instant now) {
        ZonedDateTime monthStart = monthStart(now);
        return new CapUse(dao.countSentSince(profileId, Instant.EPOCH), settings.totalCap(),
                dao.countSentSince(profileId, monthStart.toInstant()), settings.monthlyCap(),
                YearMonth.from(monthStart));
    }

    /** The first moment of {@code now}'s calendar month in the candidate's zone. */
    private ZonedDateTime monthStart(Instant now) {
        return now.atZone(settings.zone()).toLocalDate().withDayOfMonth(1).atStartOfDay(settings.zone());
    }

    private static Optional<ApplyDeskException> refuse(ErrorCode code, String sentence) {
        return Optional.of(new ApplyDeskException(code, sentence));
    }

    private static String describe(LocalDate date) {
        return date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getDayOfMonth();
    }
}
