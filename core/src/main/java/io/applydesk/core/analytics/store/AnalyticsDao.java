package io.applydesk.core.analytics.store;

import io.applydesk.core.application.store.ApplicationRow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.AllowUnusedBindings;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The aggregations behind the analytics, in portable SQL (H2 and PostgreSQL). Every query reads the
 * applications created in {@code [from, to)}, of one profile when {@code <profile>} is
 * {@link #ONE_PROFILE} and of all otherwise; V10's indexes let H2 read them from an index alone.
 * {@code <key>} and the periods' bounds are built from constants only, never from user text.
 */
@RegisterConstructorMapper(GroupCount.class)
@RegisterRowMapper(ApplicationRow.Mapper.class)
public interface AnalyticsDao {
    /** The {@code <profile>} condition that keeps one profile's applications. */
    String ONE_PROFILE = "AND a.profile_id = :profileId";
    /** The {@code <profile>} condition that keeps every profile's applications. */
    String ALL_PROFILES = "";

    /** Applications by {@code <key>} (a column of {@code application a}) and status. */
    @SqlQuery("SELECT <key> AS group_key, a.status, COUNT(*) AS n FROM application a "
            + "WHERE a.created_at >= :from AND a.created_at < :to <profile> GROUP BY <key>, a.status")
    @AllowUnusedBindings
    List<GroupCount> countBy(@Define("key") String key, @Define("profile") String profile,
                             @Bind("profileId") String profileId, @Bind("from") Instant from, @Bind("to") Instant to);

    /**
     * Applications by period and status: {@code group_key} is the period's index. {@code <periodIndex>} maps
     * {@code a.created_at} to the index of the period that holds it: a {@code CASE} that compares it with the
     * periods' first instants (bound as {@code :b<i>}) by halving, so each row costs a handful of comparisons.
     * WHY not a date function: days begin at local midnight in the candidate's zone, DST included, which no
     * portable SQL function knows (and H2's EXTRACT(EPOCH ...) was 30 times slower over 100,000 rows).
     */
    @SqlQuery("SELECT t.period_index AS group_key, t.status, COUNT(*) AS n FROM (SELECT <periodIndex> AS period_index, "
            + "a.status FROM application a WHERE a.created_at >= :from AND a.created_at < :to <profile>) t "
            + "GROUP BY t.period_index, t.status")
    @AllowUnusedBindings
    List<GroupCount> countByPeriod(@Define("periodIndex") String periodIndex, @BindMap Map<String, Instant> bounds,
                                   @Define("profile") String profile, @Bind("profileId") String profileId,
                                   @Bind("from") Instant from, @Bind("to") Instant to);

    /** When the first application was created, if there is one. */
    @SqlQuery("SELECT MIN(a.created_at) FROM application a WHERE 1 = 1 <profile>")
    @AllowUnusedBindings
    Optional<Instant> firstCreatedAt(@Define("profile") String profile, @Bind("profileId") String profileId);

    /** The newest applications, newest first. */
    @SqlQuery("SELECT a.* FROM application a WHERE 1 = 1 <profile> ORDER BY a.created_at DESC, a.id DESC "
            + "LIMIT :limit")
    @AllowUnusedBindings
    List<ApplicationRow> newest(@Define("profile") String profile, @Bind("profileId") String profileId,
                                @Bind("limit") int limit);
}
