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
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
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
        String localSeconds = localSeconds(zone, from, to, bounds);
        Map<String, StatusCounts> byDay = group(dao.countByLocalDay(localSeconds, bounds, profile, q.profileId(),
                from, to));
        // Days into periods: each period sums the days from its start to the next period's start.
        Map<LocalDate, StatusCounts> byPeriod = new HashMap<>();
        byDay.forEach((epochDay, counts) -> byPeriod.merge(
                q.period().startOf(LocalDate.ofEpochDay(Long.parseLong(epochDay))), counts, StatusCounts::plus));
        return starts.stream().map(start -> new TrendPoint(start, byPeriod.getOrDefault(start, StatusCounts.NONE)))
                .toList();
    }

    /**
     * The SQL for {@code a.created_at} in local seconds since the epoch: its epoch seconds plus the zone's
     * offset, which changes only at the zone's transitions in {@code [from, to)} (bound as {@code :t<i>}).
     * Offsets are whole numbers written into the SQL; no text of the candidate's goes in.
     */
    private static String localSeconds(ZoneId zone, Instant from, Instant to, Map<String, Instant> bounds) {
        ZoneRules rules = zone.getRules();
        StringBuilder offset = new StringBuilder();
        Instant at = from;
        ZoneOffsetTransition next = rules.nextTransition(at);
        while (next != null && next.getInstant().isBefore(to)) {
            String name = "t" + bounds.size();
            bounds.put(name, next.getInstant());
            offset.append("WHEN a.created_at < CAST(:").append(name).append(" AS TIMESTAMP WITH TIME ZONE) THEN ")
                    .append(rules.getOffset(at).getTotalSeconds()).append(' ');
            at = next.getInstant();
            next = rules.nextTransition(at);
        }
        int last = rules.getOffset(at).getTotalSeconds();
        String offsetSql = offset.length() == 0 ? String.valueOf(last) : "CASE " + offset + "ELSE " + last + " END";
        return "EXTRACT(EPOCH FROM a.created_at) + " + offsetSql;
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
