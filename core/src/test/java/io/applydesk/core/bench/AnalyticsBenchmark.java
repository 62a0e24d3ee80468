package io.applydesk.core.bench;

import io.applydesk.core.analytics.AnalyticsQuery;
import io.applydesk.core.analytics.AnalyticsService;
import io.applydesk.core.analytics.Period;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The analytics over the list benchmark's 100,000 applications spread over a year: the Analytics page's
 * reports (30 and 90 days by day, the whole year by week, one profile's year) and the dashboard's counts.
 * Prints the mean milliseconds of each; the page refreshes at most once a second, so the target is at most
 * 200 ms. Run with {@code ./mvnw -B -o -Pbench verify -pl core}; a benchmark, not a test: it asserts nothing.
 */
public final class AnalyticsBenchmark {
    private static final int ROUNDS = 10;
    /** The end of the benchmark's year of applications. */
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("applydesk-analytics-bench");
        DataDirectory data = new DataDirectory(dir);
        Database db = Database.open(data);
        try {
            ApplicationListBenchmark.insert(db);
            System.out.printf(Locale.ROOT, "%,d applications stored%n", ApplicationListBenchmark.APPLICATIONS);
            Clock clock = Clock.fixed(LAST_DAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            AnalyticsService analytics = new AnalyticsService(db, new ProfileService(db, data, clock), clock);
            measure("30 days by day, all profiles", i -> analytics.report(
                    new AnalyticsQuery(null, LAST_DAY.minusDays(29), LAST_DAY, Period.DAY)));
            measure("90 days by day, all profiles", i -> analytics.report(
                    new AnalyticsQuery(null, LAST_DAY.minusDays(89), LAST_DAY, Period.DAY)));
            measure("a year by week, all profiles", i -> analytics.report(
                    new AnalyticsQuery(null, LAST_DAY.minusYears(1), LAST_DAY, Period.WEEK)));
            measure("a year by week, one profile", i -> analytics.report(new AnalyticsQuery(
                    ApplicationListBenchmark.profileId(i % 10), LAST_DAY.minusYears(1), LAST_DAY, Period.WEEK)));
            measure("dashboard: this week's counts", i -> analytics.counts(null, LAST_DAY.minusDays(6), LAST_DAY));
            measure("dashboard: 5 newest", i -> analytics.recent(null, 5));
        } finally {
            db.close();
        }
    }

    private static void measure(String name, IntConsumer work) {
        for (int i = 0; i < 3; i++) {
            work.accept(i);
        }
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            work.accept(i);
        }
        double ms = (System.nanoTime() - start) / 1e6 / ROUNDS;
        System.out.printf(Locale.ROOT, "%-34s %8.1f ms (target <= 200 ms)%n", name, ms);
    }
}
