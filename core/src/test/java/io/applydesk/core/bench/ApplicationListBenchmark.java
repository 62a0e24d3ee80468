package io.applydesk.core.bench;

import io.applydesk.core.application.ApplicationQuery;
import io.applydesk.core.application.ApplicationService;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.common.PageRequest;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Lists and filters 100,000 applications in H2 (the real migrations, a file database in a temporary
 * directory) a page of 100 at a time: by session, by status, by profile newest first, and unfiltered,
 * first pages and deep ones. Prints the mean milliseconds per page of each; the target is at most 20 ms.
 * Run with {@code ./mvnw -B -o -Pbench verify -pl core}; a benchmark, not a test: it asserts nothing.
 */
public final class ApplicationListBenchmark {
    static final int APPLICATIONS = 100_000;
    private static final int PROFILES = 10;
    private static final int SESSIONS = 200;
    private static final int PAGE = 100;
    private static final int ROUNDS = 30;
    private static final Instant START = Instant.parse("2025-12-01T00:00:00Z");

    private ApplicationListBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("applydesk-list-bench");
        Database db = Database.open(new DataDirectory(dir));
        try {
            long insertStart = System.nanoTime();
            insert(db);
            System.out.printf(Locale.ROOT, "Inserted %,d applications (with one attempt each) in %.1f s%n",
                    APPLICATIONS, (System.nanoTime() - insertStart) / 1e9);
            ApplicationService service = new ApplicationService(db);
            PageRequest first = PageRequest.of(1, PAGE);
            PageRequest deep = PageRequest.of(4, PAGE);
            measure("by session, page 1", i -> service.list(
                    new ApplicationQuery(sessionId(i % SESSIONS), null, null, first)));
            measure("by session, page 4", i -> service.list(
                    new ApplicationQuery(sessionId(i % SESSIONS), null, null, deep)));
            measure("by status, page 1", i -> service.list(
                    new ApplicationQuery(null, null, status(i), first)));
            measure("by status, page 50", i -> service.list(
                    new ApplicationQuery(null, null, status(i), PageRequest.of(50, PAGE))));
            measure("by session and status, page 1", i -> service.list(
                    new ApplicationQuery(sessionId(i % SESSIONS), null, status(i), first)));
            measure("all, page 1", i -> service.list(new ApplicationQuery(null, null, null, first)));
            measure("all, page 500", i -> service.list(new ApplicationQuery(null, null, null, PageRequest.of(500, PAGE))));
            measure("by profile, newest first, page 1", i -> newestOfProfile(db, profileId(i % PROFILES), 0));
            measure("by profile, newest first, page 20", i -> newestOfProfile(db, profileId(i % PROFILES), 19 * PAGE));
            measure("newest first, page 1", i -> newest(db));
        } finally {
            db.close();
        }
    }

    private static void measure(String name, IntConsumer page) {
        for (int i = 0; i < 5; i++) {
            page.accept(i);
        }
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            page.accept(i);
        }
        double ms = (System.nanoTime() - start) / 1e6 / ROUNDS;
        System.out.printf(Locale.ROOT, "%-36s %7.2f ms per page (target <= 20 ms)%n", name, ms);
    }

    /** A profile's history as the UI shows it: newest first. */
    private static void newestOfProfile(Database db, String profileId, int offset) {
        db.jdbi().useHandle(h -> h.createQuery("SELECT a.* FROM application a JOIN (SELECT id, created_at "
                        + "FROM application WHERE profile_id = :p ORDER BY profile_id DESC, created_at DESC, id DESC "
                        + "LIMIT :limit OFFSET :offset) p ON a.id = p.id ORDER BY p.created_at DESC, p.id DESC")
                .bind("p", profileId).bind("limit", PAGE).bind("offset", offset).mapToMap().list());
    }

    private static void newest(Database db) {
        db.jdbi().useHandle(h -> h.createQuery("SELECT * FROM application ORDER BY created_at DESC, id DESC LIMIT :limit")
                .bind("limit", PAGE).mapToMap().list());
    }

    /** Stores the benchmark's 100,000 applications (200 sessions, 10 profiles, a year), shared with {@link AnalyticsBenchmark}. */
    static void insert(Database db) {
        db.jdbi().useTransaction(h -> {
            PreparedBatch sessions = h.prepareBatch("INSERT INTO session (id, type, candidate_profile_id, status, "
                    + "review_mode, search_context, created_at, updated_at) VALUES (?, 'run_once', ?, 'completed', "
                    + "FALSE, '{}', ?, ?)");
            PreparedBatch runs = h.prepareBatch("INSERT INTO session_run (id, session_id, started_at, completed_at, "
                    + "status) VALUES (?, ?, ?, ?, 'completed')");
            for (int s = 0; s < SESSIONS; s++) {
                Instant at = START.plus(Duration.ofHours(s));
                sessions.add(sessionId(s), profileId(s % PROFILES), at, at);
                runs.add("run_" + s, sessionId(s), at, at);
            }
            sessions.execute();
            runs.execute();
        });
        int perSession = APPLICATIONS / SESSIONS;
        for (int s = 0; s < SESSIONS; s++) {
            int session = s;
            db.jdbi().useTransaction(h -> {
                PreparedBatch apps = h.prepareBatch("INSERT INTO application (id, session_id, session_run_id, "
                        + "list_position, profile_id, job_url, job_key, job_tenant, job_ats_id, job_title, "
                        + "company_name, ats_type, status, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'GREENHOUSE', ?, ?, ?)");
                PreparedBatch attempts = h.prepareBatch("INSERT INTO application_attempt (application_id, attempt, "
                        + "status, recorded_at) VALUES (?, 1, ?, ?)");
                for (int p = 0; p < perSession; p++) {
                    int n = session * perSession + p;
                    String id = "app_" + n;
                    String status = status(n).name();
                    // Spread over a year, interleaving sessions as a recurring autopilot would.
                    Instant at = START.plus(Duration.ofMinutes((long) p * 1051 + session));
                    String tenant = "company" + (n % 3000);
                    apps.add(id, sessionId(session), "run_" + session, p + 1, profileId(session % PROFILES),
                            "https://boards.greenhouse.io/" + tenant + "/jobs/" + n, "greenhouse:" + tenant + ":" + n,
                            tenant, String.valueOf(n), "Engineer " + n, "Company " + (n % 3000), status, at, at);
                    attempts.add(id, status.toLowerCase(Locale.ROOT), at);
                }
                apps.execute();
                attempts.execute();
            });
        }
    }

    private static final List<ApplicationStatus> STATUSES = List.of(ApplicationStatus.values());

    private static ApplicationStatus status(int n) {
        // Mostly SUCCESS and FAILED, as a long history is.
        int k = Math.floorMod(n * 7919, 20);
        return k < 12 ? ApplicationStatus.SUCCESS : k < 16 ? ApplicationStatus.FAILED : STATUSES.get(k % STATUSES.size());
    }

    private static String sessionId(int s) {
        return "sess_" + s;
    }

    static String profileId(int p) {
        return "prof_" + p;
    }
}
