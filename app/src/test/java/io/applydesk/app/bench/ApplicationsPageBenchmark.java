package io.applydesk.app.bench;

import io.applydesk.app.ui.applications.ApplicationsViewModel;
import io.applydesk.app.ui.applications.Choice;
import io.applydesk.app.ui.common.InlineTaskExecutor;
import io.applydesk.app.ui.common.ManualDebouncer;
import io.applydesk.app.ui.common.StubDialogService;
import io.applydesk.app.ui.common.UiTestKit;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.export.ApplicationExporter;
import io.applydesk.core.job.AtsType;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The Applications page's model (its ViewModel with the real services on an H2 file database with the real
 * migrations) over 0 and over 100,000 stored applications: the heap in use once the page is open, and the
 * milliseconds a page change or a filter takes at 100,000 (the database read, the count and the ViewModel's
 * update, with tasks run inline). Run with {@code ./mvnw -B -o -Pbench -pl app -am verify -DskipTests}; a
 * benchmark, not a test: it prints figures and asserts nothing.
 */
public final class ApplicationsPageBenchmark {
    private static final int APPLICATIONS = 100_000;
    private static final int SESSIONS = 200;
    private static final int COMPANIES = 3_000;
    private static final int ROUNDS = 20;
    private static final Instant START = Instant.parse("2025-12-01T00:00:00Z");
    private static final List<AtsType> ATS = List.of(AtsType.GREENHOUSE, AtsType.LEVER, AtsType.ASHBY,
            AtsType.WORKABLE, AtsType.SMARTRECRUITERS, AtsType.WORKDAY, AtsType.BAMBOOHR, AtsType.RECRUITEE);
    /** About what the engine stores per application: eight answers with their provenance, and evidence paths. */
    private static final String ANSWERS = "[" + String.join(",", java.util.Collections.nCopies(8,
            "{\"question\":\"What is your email address?\",\"fieldName\":\"email\",\"answer\":\"dana@example.com\","
                    + "\"provenance\":{\"kind\":\"PROFILE_FIELD\",\"source\":\"personalInformation.email\"}}")) + "]";
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private ApplicationsPageBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        long empty = openPage(0, false);
        long full = openPage(APPLICATIONS, true);
        System.out.printf(Locale.ROOT, "Heap used with the page open: %.1f MB over 0 applications, %.1f MB over %,d "
                + "(+%.1f MB, ratio %.2f)%n", mb(empty), mb(full), APPLICATIONS, mb(full - empty), (double) full / empty);
    }

    /** Opens the page over {@code count} stored applications; returns the heap used with it open. */
    private static long openPage(int count, boolean timeIt) throws IOException {
        Path dir = Files.createTempDirectory("applydesk-page-bench");
        try (UiTestKit kit = new UiTestKit(dir, 1)) {
            if (count > 0) {
                long start = System.nanoTime();
                insert(kit, count);
                System.out.printf(Locale.ROOT, "Inserted %,d applications in %.1f s%n", count,
                        (System.nanoTime() - start) / 1e9);
            }
            long before = settledHeap();
            ManualDebouncer searchPause = new ManualDebouncer();
            ApplicationsViewModel page = new ApplicationsViewModel(kit.applications, kit.sessions, kit.profiles,
                    kit.coordinator, new ApplicationExporter(kit.applications, Clock.systemUTC(), ZoneOffset.UTC),
                    link -> { }, new InlineTaskExecutor(), new StubDialogService(), searchPause, ZoneOffset.UTC);
            long openStart = System.nanoTime();
            page.activate();
            double openMs = (System.nanoTime() - openStart) / 1e6;
            long after = settledHeap();
            System.out.printf(Locale.ROOT, "%,d applications: page opened in %.1f ms (%s, %d rows shown); heap used "
                            + "%.1f MB before opening it, %.1f MB with it open%n", count, openMs,
                    page.countTextProperty().get(), page.rows().size(), mb(before), mb(after));
            if (timeIt) {
                measureChanges(page, searchPause);
            }
            page.deactivate();
            return after;
        }
    }

    private static void measureChanges(ApplicationsViewModel page, ManualDebouncer searchPause) {
        measure("next page (pages 2-21)", i -> page.nextPage(), () -> {
            while (page.canGoBackProperty().get()) {
                page.previousPage();
            }
        });
        measure("status filter (SUCCESS / FAILED)", i -> page.statusProperty().set(
                choice(page.statusChoices(), i % 2 == 0 ? ApplicationStatus.SUCCESS : ApplicationStatus.FAILED)), () -> { });
        measure("status FAILED, next page", i -> page.nextPage(), () -> { });
        page.statusProperty().set(page.statusChoices().get(0));
        measure("ATS filter (each ATS in turn)", i -> page.atsProperty().set(choice(page.atsChoices(),
                ATS.get(i % ATS.size()))), () -> { });
        page.atsProperty().set(page.atsChoices().get(0));
        measure("company filter", i -> page.companyProperty().set(page.companyChoices().get(1 + i % 400)), () -> { });
        page.companyProperty().set(page.companyChoices().get(0));
        page.fromDateProperty().set(LocalDate.of(2026, 1, 1));
        measure("date range (from 1 Jan to a month's end)", i -> page.toDateProperty().set(
                LocalDate.of(2026, 1 + i % 10, 1).plusMonths(1).minusDays(1)), () -> { });
        page.fromDateProperty().set(null);
        page.toDateProperty().set(null);
        measure("search text (company, title or link)", i -> {
            page.searchTextProperty().set(i % 2 == 0 ? "company " + (100 + i) : "engineer " + (5000 + i));
            searchPause.fire();
        }, () -> { });
        measure("status SUCCESS + ATS Lever + search", i -> {
            page.statusProperty().set(choice(page.statusChoices(), ApplicationStatus.SUCCESS));
            page.atsProperty().set(choice(page.atsChoices(), AtsType.LEVER));
            page.searchTextProperty().set("engineer " + (i + 1));
            searchPause.fire();
        }, page::clearFilters);
    }

    private static void measure(String name, java.util.function.IntConsumer change, Runnable reset) {
        for (int i = 0; i < 3; i++) {
            change.accept(i);
        }
        reset.run();
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            change.accept(i);
        }
        double ms = (System.nanoTime() - start) / 1e6 / ROUNDS;
        System.out.printf(Locale.ROOT, "%-40s %7.1f ms per change%n", name, ms);
    }

    private static <T> Choice<T> choice(List<Choice<T>> choices, T value) {
        return choices.stream().filter(c -> value.equals(c.value())).findFirst().orElseThrow();
    }

    /** The heap in use after collections stop freeing anything. */
    private static long settledHeap() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used - 64 * 1024) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /**
     * Stores {@code count} applications in 200 sessions with one SQL statement per table (H2's SYSTEM_RANGE):
     * mostly SUCCESS and FAILED as a long history is, spread over a year and over eight ATSs and 3,000
     * companies, each with one attempt and eight answers with their provenance.
     */
    private static void insert(UiTestKit kit, int count) {
        String profileId = kit.completeProfile("dana@example.com").profileId();
        String statuses = "ARRAY[" + IntStream.range(0, 20).mapToObj(k -> "'" + status(k) + "'")
                .collect(Collectors.joining(", ")) + "]";
        String atsTypes = "ARRAY[" + ATS.stream().map(a -> "'" + a.name() + "'").collect(Collectors.joining(", ")) + "]";
        kit.database.jdbi().useTransaction(h -> {
            h.createUpdate("INSERT INTO session (id, type, candidate_profile_id, status, review_mode, search_context, "
                            + "created_at, updated_at) SELECT 'sess_' || X, 'run_once', CAST(:profile AS VARCHAR(40)), "
                            + "'completed', FALSE, '{}', CAST(:start AS TIMESTAMP WITH TIME ZONE), "
                            + "CAST(:start AS TIMESTAMP WITH TIME ZONE) "
                            + "FROM SYSTEM_RANGE(0, :last)")
                    .bind("profile", profileId).bind("start", START).bind("last", SESSIONS - 1).execute();
            h.createUpdate("INSERT INTO session_run (id, session_id, started_at, completed_at, status) "
                            + "SELECT 'run_' || X, 'sess_' || X, CAST(:start AS TIMESTAMP WITH TIME ZONE), "
                            + "CAST(:start AS TIMESTAMP WITH TIME ZONE), 'completed' FROM SYSTEM_RANGE(0, :last)")
                    .bind("start", START).bind("last", SESSIONS - 1).execute();
            // n: the application's number; its session is n mod 200, its time n minutes after START apart.
            h.createUpdate("INSERT INTO application (id, session_id, session_run_id, list_position, profile_id, "
                            + "job_url, job_key, job_title, company_name, ats_type, status, candidate_email, "
                            + "questions_and_answers, evidence, created_at, updated_at) "
                            + "SELECT 'app_' || X, 'sess_' || MOD(X, " + SESSIONS + "), 'run_' || MOD(X, " + SESSIONS
                            + "), X / " + SESSIONS + " + 1, CAST(:profile AS VARCHAR(40)), "
                            + "'https://jobs.example.com/' || LOWER(ARRAY_GET(" + atsTypes + ", MOD(X, 8) + 1)) "
                            + "|| '/company' || MOD(X, " + COMPANIES + ") || '/' || X, "
                            + "'key:' || X, 'Engineer ' || X, 'Company ' || MOD(X, " + COMPANIES + "), "
                            + "ARRAY_GET(" + atsTypes + ", MOD(X, 8) + 1), "
                            + "ARRAY_GET(" + statuses + ", MOD(X * 7919, 20) + 1), 'dana@example.com', "
                            + "CAST(:answers AS VARCHAR(1000000)), "
                            + "'{\"directory\":\"/data/evidence/app_' || X || '\"}', "
                            + "DATEADD(MINUTE, X * 5, CAST(:start AS TIMESTAMP WITH TIME ZONE)), "
                            + "DATEADD(MINUTE, X * 5, CAST(:start AS TIMESTAMP WITH TIME ZONE)) "
                            + "FROM SYSTEM_RANGE(0, :last)")
                    .bind("profile", profileId).bind("answers", ANSWERS).bind("start", START).bind("last", count - 1)
                    .execute();
            h.createUpdate("INSERT INTO application_attempt (application_id, attempt, status, recorded_at) "
                    + "SELECT id, 1, LOWER(status), created_at FROM application").execute();
        });
    }

    private static ApplicationStatus status(int k) {
        List<ApplicationStatus> all = List.of(ApplicationStatus.values());
        return k < 12 ? ApplicationStatus.SUCCESS : k < 16 ? ApplicationStatus.FAILED : all.get(k % all.size());
    }
}
