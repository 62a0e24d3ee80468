package io.applydesk.core.analytics;

import io.applydesk.core.analytics.store.AnalyticsDao;
import io.applydesk.core.analytics.store.GroupCount;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.store.ApplicationColumns;
import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.run.RunLimits;
import io.applydesk.core.run.RunSettings;
import io.applydesk.core.run.store.LimitDao;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.store.SessionDao;
import io.applydesk.core.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The usage figures and analytics of the hosted API ({@code /usage}, {@code /users/:id/usage},
 * {@code /analytics/summary}), computed by SQL aggregations over the stored applications. Days, weeks and
 * months are calendar ones in the candidate's zone (the run settings' zone, as the caps use), and an
 * application counts for the moment it was created. Thread-safe; every call reads the database afresh.
 */
public final class AnalyticsService {
    /** The by-session table shows at most this many sessions, the newest. */
    public static final int MAX_SESSIONS = 50;
    /** Later than any application: the end of "all time". */
    private static final Instant END_OF_TIME = Instant.parse("9999-12-31T00:00:00Z");

    private final Database db;
    private final Jdbi jdbi;
    private final ProfileService profiles;
    private final Clock clock;

    public AnalyticsService(Database db, ProfileService profiles, Clock clock) {
        this.db = db;
        this.jdbi = db.jdbi();
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The candidate's zone, where days and months begin (the run settings' {@code run.zone}). */
    public ZoneId zone() {
        return RunSettings.load(db).zone();
    }

    /** Today in the candidate's zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone());
    }

    /**
     * The figures of a range chosen as on the hosted {@code /analytics/summary}, ending today.
     *
     * @param profileId one profile's applications, or null for all
     */
    public AnalyticsReport report(RangeChoice range, String profileId) {
        LocalDate firstDay = range == RangeChoice.ALL
                ? jdbi.withExtension(AnalyticsDao.class, dao -> dao.firstCreatedAt(profileCondition(profileId), profileId))
                        .map(at -> LocalDate.ofInstant(at, zone())).orElse(null)
                : null;
        return report(range.query(profileId, today(), firstDay));
    }

    /** The totals, the trend by period, and the split by ATS and by session of the query's range. */
    public AnalyticsReport report(AnalyticsQuery q) {
        ZoneId zone = zone();
        Instant from = q.startDate().atStartOfDay(zone).toInstant();
        Instant to = q.endDate().plusDays(1).atStartOfDay(zone).toInstant();
        String profile = profileCondition(q.profileId());
        List<LocalDate> starts = periodStarts(q);
        return jdbi.inTransaction(h -> {
            AnalyticsDao dao = h.attach(AnalyticsDao.class);
            Map<String, StatusCounts> byAts = group(dao.countBy("a." + ApplicationColumns.ATS_TYPE, profile,
                    q.profileId(), from, to));
            StatusCounts totals = byAts.values().stream().reduce(StatusCounts.NONE, StatusCounts::plus);
            List<AtsFigures> ats = byAts.entrySet().stream()
                    .map(e -> new AtsFigures(AtsType.fromApiValue(e.getKey()), e.getValue()))
                    .sorted(Comparator.comparingInt((AtsFigures f) -> -f.counts().totalApplications())
                            .thenComparing(f -> f.ats().displayName()))
                    .toList();
            return new AnalyticsReport(q, totals, trend(dao, starts, q, zone, profile, from, to), ats,
                    sessions(h, dao.countBy("a." + ApplicationColumns.SESSION_ID, profile, q.profileId(), from, to)));
        });
    }

    /**
     * The applications created from the start of {@code startDate} to the end of {@code endDate} (the
     * candidate's calendar days), by status: the dashboard's "today" and "this week".
     */
    public StatusCounts counts(String profileId, LocalDate startDate, LocalDate endDate) {
        ZoneId zone = zone();
        return countsBetween(profileId, startDate.atStartOfDay(zone).toInstant(),
                endDate.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Every profile's usage and caps, in the profiles' order. */
    public List<ProfileUsage> usage() {
        return profiles.list().stream().map(this::usage).toList();
    }

    /**
     * The profile's usage as the hosted {@code /users/:id/usage} reports it: all time, this calendar month,
     * and its caps (counted by the run limits themselves).
     *
     * @throws io.applydesk.core.error.ApplyDeskException NOT_FOUND when the profile does not exist
     */
    public ProfileUsage usage(String profileId) {
        return usage(profiles.get(profileId));
    }

    private ProfileUsage usage(Profile profile) {
        RunSettings settings = RunSettings.load(db);
        Instant now = clock.instant();
        LocalDate monthStart = LocalDate.ofInstant(now, settings.zone()).withDayOfMonth(1);
        String id = profile.profileId();
        return new ProfileUsage(id, profile.name(), countsBetween(id, Instant.EPOCH, END_OF_TIME),
                countsBetween(id, monthStart.atStartOfDay(settings.zone()).toInstant(), END_OF_TIME),
                jdbi.withExtension(LimitDao.class, dao -> new RunLimits(settings).use(dao, id, now)));
    }

    /**
     * The newest applications, newest first (the dashboard's "recent applications").
     *
     * @param profileId one profile's, or null for all
     */
    public List<Application> recent(String profileId, int limit) {
        return jdbi.inTransaction(h -> h.attach(ApplicationDao.class).withAttempts(
                h.attach(AnalyticsDao.class).newest(profileCondition(profileId), profileId, limit)));
    }

    private StatusCounts countsBetween(String profileId, Instant from, Instant to) {
        return jdbi.withExtension(AnalyticsDao.class, dao -> group(dao.countBy("a." + ApplicationColumns.PROFILE_ID,
                profileCondition(profileId), profileId, from, to))).values().stream()
                .reduce(StatusCounts.NONE, StatusCounts::plus);
    }

    private static String profileCondition(String profileId) {
        return profileId == null ? AnalyticsDao.ALL_PROFILES : AnalyticsDao.ONE_PROFILE;
    }

    /** The first day of every period from the query's start to its end. */
    private static List<LocalDate> periodStarts(AnalyticsQuery q) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = q.period().startOf(q.startDate()); !d.isAfter(q.endDate()); d = q.period().next(d)) {
            starts.add(d);
        }
        return starts;
    }

    private static List<TrendPoint> trend(AnalyticsDao dao, List<LocalDate> starts, AnalyticsQuery q, ZoneId zone,
                                          String profile, Instant from, Instant to) {
        Map<String, Instant> bounds = new HashMap<>();
        for (int i = 1; i < starts.size(); i++) {
            bounds.put("b" + i, starts.get(i).atStartOfDay(zone).toInstant());
        }
        Map<String, StatusCounts> counts = group(dao.countByPeriod(periodIndex(0, starts.size()), bounds, profile,
                q.profileId(), from, to));
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            points.add(new TrendPoint(starts.get(i), counts.getOrDefault(String.valueOf(i), StatusCounts.NONE)));
        }
        return points;
    }

    /**
     * The SQL for the index, among periods {@code [lo, hi)}, of the period that holds {@code a.created_at}: the
     * periods are halved until one is left, {@code :b<i>} being period i's first instant. Only whole numbers and
     * parameter names go into the SQL.
     */
    private static String periodIndex(int lo, int hi) {
        if (hi - lo == 1) {
            return String.valueOf(lo);
        }
        int mid = (lo + hi) / 2;
        return "CASE WHEN a.created_at < CAST(:b" + mid + " AS TIMESTAMP WITH TIME ZONE) THEN " + periodIndex(lo, mid)
                + " ELSE " + periodIndex(mid, hi) + " END";
    }

    /** The sessions with applications in the range, newest first, with those applications' counts. */
    private static List<SessionFigures> sessions(Handle h, List<GroupCount> rows) {
        Map<String, StatusCounts> counts = group(rows);
        if (counts.isEmpty()) {
            return List.of();
        }
        Map<String, Object> ids = new LinkedHashMap<>();
        counts.keySet().forEach(id -> ids.put("id" + ids.size(), id));
        String where = "WHERE s.id IN (" + ids.keySet().stream().map(k -> ":" + k).collect(Collectors.joining(", "))
                + ")";
        List<Session> sessions = h.attach(SessionDao.class).page(where, ids, MAX_SESSIONS, 0);
        return sessions.stream().map(s -> new SessionFigures(s, counts.get(s.sessionId()))).toList();
    }

    /** Rows of (group, status, n) as counts per group, in the order groups first appear. */
    private static Map<String, StatusCounts> group(List<GroupCount> rows) {
        Map<String, Map<ApplicationStatus, Integer>> byGroup = new LinkedHashMap<>();
        for (GroupCount row : rows) {
            byGroup.computeIfAbsent(row.groupKey(), k -> new EnumMap<>(ApplicationStatus.class))
                    .merge(ApplicationStatus.valueOf(row.status()), row.n(), Integer::sum);
        }
        return byGroup.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new StatusCounts(e.getValue()), (a, b) -> a, LinkedHashMap::new));
    }
}
