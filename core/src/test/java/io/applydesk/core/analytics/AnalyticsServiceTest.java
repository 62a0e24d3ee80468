package io.applydesk.core.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.application.store.ApplicationRow;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.run.CapUse;
import io.applydesk.core.run.RunSettings;
import io.applydesk.core.run.store.RunDao;
import io.applydesk.core.session.SessionTestKit;
import io.applydesk.core.session.store.SessionDao;
import io.applydesk.core.session.store.SessionRow;
import io.applydesk.core.store.AppSettingDao;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analytics on real H2 with the real migrations: seeded sessions, runs and applications through the real DAOs,
 * the candidate in Berlin (days begin at local midnight, across the end of summer time on 25 October 2026), and
 * every figure asserted exactly.
 */
class AnalyticsServiceTest {
    /** Monday 2 November 2026, 10:00 in Berlin. */
    private static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

    @TempDir
    Path tmp;
    private SessionTestKit kit;
    private AnalyticsService analytics;
    private Profile dana;
    private Profile sam;

    @BeforeEach
    void setUp() {
        kit = new SessionTestKit(tmp);
        kit.clock.advance(java.time.Duration.between(kit.clock.instant(), NOW));
        analytics = new AnalyticsService(kit.db, kit.profiles, Clock.fixed(NOW, ZoneOffset.UTC));
        dana = kit.completeProfile("dana@example.com");
        sam = kit.completeProfile("sam@example.com");
        setting(RunSettings.ZONE, "Europe/Berlin");
        setting(RunSettings.MONTHLY_CAP, "500");
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    /** Dana's run-once session from 24 October and Sam's recurring session from September. */
    private void seed() {
        session("sess_a", "run_once", dana, "2026-10-24T22:00:00Z");
        app("a1", "sess_a", dana, AtsType.GREENHOUSE, ApplicationStatus.SUCCESS, "2026-10-24T22:30:00Z");
        app("a2", "sess_a", dana, AtsType.GREENHOUSE, ApplicationStatus.FAILED, "2026-10-25T10:00:00Z");
        app("a3", "sess_a", dana, AtsType.LEVER, ApplicationStatus.SUCCESS, "2026-11-01T23:30:00Z");
        app("a4", "sess_a", dana, AtsType.LEVER, ApplicationStatus.NEEDS_INPUT, "2026-11-02T08:00:00Z");
        app("a5", "sess_a", dana, AtsType.ASHBY, ApplicationStatus.QUEUED, "2026-11-02T08:30:00Z");
        session("sess_b", "autopilot_recurring", sam, "2026-09-10T11:00:00Z");
        app("b1", "sess_b", sam, AtsType.GREENHOUSE, ApplicationStatus.SUCCESS, "2026-09-10T12:00:00Z");
        app("b2", "sess_b", sam, AtsType.GREENHOUSE, ApplicationStatus.SUCCESS, "2026-10-30T12:00:00Z");
    }

    @Test
    void thirtyDaysByDayCountEachApplicationOnItsLocalDayAndSplitByAtsAndSession() {
        seed();
        AnalyticsReport report = analytics.report(RangeChoice.LAST_30_DAYS, null);

        assertEquals(new AnalyticsQuery(null, LocalDate.of(2026, 10, 4), TODAY, Period.DAY), report.query());
        assertEquals(counts(ApplicationStatus.SUCCESS, 3, ApplicationStatus.FAILED, 1, ApplicationStatus.NEEDS_INPUT, 1,
                ApplicationStatus.QUEUED, 1), report.totals());
        assertEquals(5, report.totals().totalApplications(), "the queued one was not started");
        assertEquals(60.0, report.totals().successRate());

        List<TrendPoint> trend = report.trend();
        assertEquals(30, trend.size());
        assertEquals(LocalDate.of(2026, 10, 4), trend.get(0).start());
        // 22:30 UTC on the 24th is 00:30 on the 25th in Berlin; 23:30 UTC on 1 November is 00:30 on the 2nd.
        assertEquals(StatusCounts.NONE, point(trend, "2026-10-24").counts());
        assertEquals(counts(ApplicationStatus.SUCCESS, 1, ApplicationStatus.FAILED, 1), point(trend, "2026-10-25").counts());
        assertEquals(counts(ApplicationStatus.SUCCESS, 1), point(trend, "2026-10-30").counts());
        assertEquals(StatusCounts.NONE, point(trend, "2026-11-01").counts());
        assertEquals(counts(ApplicationStatus.SUCCESS, 1, ApplicationStatus.NEEDS_INPUT, 1, ApplicationStatus.QUEUED, 1),
                point(trend, "2026-11-02").counts());
        assertEquals(6, trend.stream().mapToInt(p -> p.counts().byStatus().values().stream().mapToInt(n -> n).sum()).sum());

        assertEquals(List.of(new AtsFigures(AtsType.GREENHOUSE, counts(ApplicationStatus.SUCCESS, 2, ApplicationStatus.FAILED, 1)),
                new AtsFigures(AtsType.LEVER, counts(ApplicationStatus.SUCCESS, 1, ApplicationStatus.NEEDS_INPUT, 1)),
                new AtsFigures(AtsType.ASHBY, counts(ApplicationStatus.QUEUED, 1))), report.byAts());

        assertEquals(List.of("sess_a", "sess_b"), report.bySession().stream().map(f -> f.session().sessionId()).toList());
        assertEquals(counts(ApplicationStatus.SUCCESS, 2, ApplicationStatus.FAILED, 1, ApplicationStatus.NEEDS_INPUT, 1,
                ApplicationStatus.QUEUED, 1), report.bySession().get(0).counts());
        assertEquals(counts(ApplicationStatus.SUCCESS, 1), report.bySession().get(1).counts(),
                "September's application is outside the range");
        assertEquals(2, report.bySession().get(1).session().stats().successfulApplications(), "the session's own stats");
    }

    @Test
    void oneProfilesFiguresLeaveTheOthersOut() {
        seed();
        AnalyticsReport sams = analytics.report(RangeChoice.LAST_90_DAYS, sam.profileId());
        assertEquals(counts(ApplicationStatus.SUCCESS, 2), sams.totals());
        assertEquals(100.0, sams.totals().successRate());
        assertEquals(90, sams.trend().size());
        assertEquals(List.of("sess_b"), sams.bySession().stream().map(f -> f.session().sessionId()).toList());
    }

    @Test
    void weeksBeginOnMondayAndAllTimeStartsOnTheFirstApplicationsDay() {
        seed();
        AnalyticsReport weekly = analytics.report(new AnalyticsQuery(null, LocalDate.of(2026, 10, 1), TODAY, Period.WEEK));
        assertEquals(List.of("2026-09-28", "2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26", "2026-11-02"),
                weekly.trend().stream().map(p -> p.start().toString()).toList());
        assertEquals(List.of(0, 0, 0, 2, 1, 2), weekly.trend().stream().map(p -> p.counts().totalApplications()).toList());

        AnalyticsReport all = analytics.report(RangeChoice.ALL, null);
        assertEquals(new AnalyticsQuery(null, LocalDate.of(2026, 9, 10), TODAY, Period.DAY), all.query());
        assertEquals(54, all.trend().size());
        assertEquals(4, all.totals().successful());
        assertEquals(counts(ApplicationStatus.SUCCESS, 1), all.trend().get(0).counts());
    }

    @Test
    void allTimeOfAShortHistoryStillCoversTheLast30DaysSoADayIsOneBarAmongAMonth() {
        assertEquals(new AnalyticsQuery(null, TODAY.minusDays(29), TODAY, Period.DAY),
                RangeChoice.ALL.query(null, TODAY, TODAY));
        assertEquals(new AnalyticsQuery(null, TODAY.minusDays(29), TODAY, Period.DAY),
                RangeChoice.ALL.query(null, TODAY, TODAY.minusDays(3)));
        assertEquals(new AnalyticsQuery(null, TODAY.minusDays(40), TODAY, Period.DAY),
                RangeChoice.ALL.query(null, TODAY, TODAY.minusDays(40)));
    }

    @Test
    void theRateOfFinishedApplicationsLeavesOutThoseUnderWayAndTheStartedOnesAreTheHostedTotal() {
        StatusCounts midRun = counts(ApplicationStatus.SUCCESS, 1, ApplicationStatus.FAILED, 1,
                ApplicationStatus.PROCESSING, 3, ApplicationStatus.NEEDS_INPUT, 1, ApplicationStatus.SKIPPED, 4,
                ApplicationStatus.QUEUED, 2);
        assertEquals(6, midRun.totalApplications());
        assertEquals(100.0 / 6, midRun.successRate(), 1e-9, "the hosted rate counts the ones under way");
        assertEquals(50.0, midRun.finishedSuccessRate());
        assertEquals(2, midRun.sentOrFailed());
        assertEquals(counts(ApplicationStatus.SUCCESS, 1, ApplicationStatus.FAILED, 1, ApplicationStatus.PROCESSING, 3,
                ApplicationStatus.NEEDS_INPUT, 1), midRun.started());
        assertEquals(counts(ApplicationStatus.SKIPPED, 4, ApplicationStatus.QUEUED, 2), midRun.notStarted());

        StatusCounts ended = counts(ApplicationStatus.SUCCESS, 3, ApplicationStatus.FAILED, 1);
        assertEquals(ended.successRate(), ended.finishedSuccessRate(), "the same once all ended sent or failed");
        assertNull(counts(ApplicationStatus.PROCESSING, 2).finishedSuccessRate());
    }

    @Test
    void monthlyPeriodsAndLongHistoriesGroupByMonthOrWeek() {
        assertEquals(Period.WEEK, RangeChoice.ALL.query(null, TODAY, TODAY.minusDays(200)).period());
        assertEquals(Period.MONTH, RangeChoice.ALL.query(null, TODAY, TODAY.minusYears(3)).period());
        seed();
        AnalyticsReport monthly = analytics.report(new AnalyticsQuery(null, LocalDate.of(2026, 9, 1), TODAY, Period.MONTH));
        assertEquals(List.of(1, 3, 2), monthly.trend().stream().map(p -> p.counts().totalApplications()).toList());
    }

    @Test
    void usageHasTheHostedFiguresOfEachProfileWithItsCapsAsTheRunLimitsCountThem() {
        seed();
        ProfileUsage usage = analytics.usage(dana.profileId());
        assertEquals(4, usage.totalApplications());
        assertEquals(2, usage.allTime().successful());
        assertEquals(1, usage.allTime().failed());
        // November began at 00:00 in Berlin, 23:00 UTC on 31 October: a3, a4 (and a5, queued).
        assertEquals(2, usage.monthlyApplications());
        assertEquals(1, usage.thisMonth().successful());
        assertEquals(0, usage.thisMonth().failed());
        assertEquals(new CapUse(2, 1000, 1, 500, YearMonth.of(2026, 11)), usage.caps());
        Map<String, ProfileUsage> everyProfile = analytics.usage().stream()
                .collect(java.util.stream.Collectors.toMap(ProfileUsage::profileId, u -> u));
        assertEquals(java.util.Set.of(dana.profileId(), sam.profileId()), everyProfile.keySet());
        assertEquals(new CapUse(2, 1000, 0, 500, YearMonth.of(2026, 11)), everyProfile.get(sam.profileId()).caps());
        ApplyDeskException missing = assertThrows(ApplyDeskException.class, () -> analytics.usage("prof_missing"));
        assertEquals(ErrorCode.NOT_FOUND, missing.code());
    }

    @Test
    void todayAndTheNewestApplicationsForTheDashboard() {
        seed();
        assertEquals(TODAY, analytics.today());
        StatusCounts today = analytics.counts(null, TODAY, TODAY);
        assertEquals(counts(ApplicationStatus.SUCCESS, 1, ApplicationStatus.NEEDS_INPUT, 1, ApplicationStatus.QUEUED, 1), today);
        assertEquals(2, analytics.counts(null, LocalDate.of(2026, 10, 26), TODAY).successful(), "this week");
        assertEquals(List.of("a5", "a4", "a3"), analytics.recent(null, 3).stream().map(Application::applicationId).toList());
        assertEquals(List.of("b2", "b1"), analytics.recent(sam.profileId(), 5).stream().map(Application::applicationId).toList());
    }

    @Test
    void noApplicationsGiveAnEmptyReportWithEveryDayAtZero() {
        AnalyticsReport report = analytics.report(RangeChoice.LAST_7_DAYS, null);
        assertTrue(report.isEmpty());
        assertNull(report.totals().successRate());
        assertEquals(7, report.trend().size());
        assertTrue(report.trend().stream().allMatch(p -> p.counts().equals(StatusCounts.NONE)));
        assertEquals(List.of(), report.byAts());
        assertEquals(List.of(), report.bySession());
        List<TrendPoint> allTime = analytics.report(RangeChoice.ALL, null).trend();
        assertEquals(30, allTime.size(), "all time covers at least the last 30 days");
        assertEquals(TODAY, allTime.get(29).start());
        assertEquals(0, analytics.usage(dana.profileId()).caps().totalUsed());
    }

    @Test
    void aBackwardsOrEndlessRangeOrAnUnknownPeriodIsRefusedWithASentence() {
        ApplyDeskException backwards = assertThrows(ApplyDeskException.class,
                () -> new AnalyticsQuery(null, TODAY, TODAY.minusDays(1), Period.DAY));
        assertEquals(ErrorCode.VALIDATION_ERROR, backwards.code());
        assertEquals("The start date 2026-11-02 is after the end date 2026-11-01. Choose a start on or before the end.",
                backwards.getMessage());
        ApplyDeskException tooMany = assertThrows(ApplyDeskException.class,
                () -> new AnalyticsQuery(null, TODAY.minusYears(5), TODAY, Period.DAY));
        assertEquals(ErrorCode.VALIDATION_ERROR, tooMany.code());
        assertEquals(Period.WEEK, Period.fromApiValue("Week"));
        ApplyDeskException unknown = assertThrows(ApplyDeskException.class, () -> Period.fromApiValue("hour"));
        assertEquals("The period must be day, week or month, not 'hour'.", unknown.getMessage());
    }

    private static TrendPoint point(List<TrendPoint> trend, String day) {
        return trend.stream().filter(p -> p.start().equals(LocalDate.parse(day))).findFirst().orElseThrow();
    }

    private static StatusCounts counts(Object... statusAndCount) {
        Map<ApplicationStatus, Integer> map = new EnumMap<>(ApplicationStatus.class);
        for (int i = 0; i < statusAndCount.length; i += 2) {
            map.put((ApplicationStatus) statusAndCount[i], (Integer) statusAndCount[i + 1]);
        }
        return new StatusCounts(map);
    }

    private void setting(String key, String value) {
        kit.db.jdbi().useExtension(AppSettingDao.class, dao -> dao.put(key, value));
    }

    private void session(String id, String type, Profile profile, String createdAt) {
        Instant at = Instant.parse(createdAt);
        kit.db.jdbi().useExtension(SessionDao.class, dao -> dao.insert(new SessionRow(id, type, profile.profileId(),
                "completed", null, null, null, null, null, null, false, "{\"titles\":[],\"locations\":[]}", null, at,
                at)));
        kit.db.jdbi().useExtension(RunDao.class, dao -> dao.insert("run_" + id, id, at, "completed"));
    }

    private void app(String id, String sessionId, Profile profile, AtsType ats, ApplicationStatus status, String createdAt) {
        Instant at = Instant.parse(createdAt);
        kit.db.jdbi().useExtension(ApplicationDao.class, dao -> dao.insert(new ApplicationRow(id, sessionId,
                "run_" + sessionId, 1, profile.profileId(), "https://example.com/jobs/" + id, "example:" + id, "example",
                id, "Engineer", "Example", null, ats.name(), status.name(), null, null, null, null, null, null, null,
                null, null, at, at)));
    }
}
