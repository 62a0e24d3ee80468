package io.applydesk.app.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.automation.sandbox.PracticeAts;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.run.store.SubmitJournal;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety end to end: the app runs in a separate JVM ({@link CrashChild}) against the practice ATS
 * that runs here and so outlives it; the test kills the app with SIGKILL ({@code destroyForcibly}) at
 * least {@value #KILLS} times, each time at another event line of its output (from the first status change
 * through filling and the submit to the last confirmation), and starts it again on the same data. After
 * every kill the database opens and holds only truthful statuses; after every completed session no job
 * was received twice, no application was lost, and SUCCESS holds exactly for the jobs the site received
 * (UNCONFIRMED only where the submit button had been clicked). Real headless Chromium in each child.
 *
 * <p>A click counts when H2 or the submit journal holds it: H2 2.5 loses its newest commits on some kills
 * (the test prints "H2 lost ..." when the database lacks a journaled click), and recovery takes the clicks from the journal. The
 * database file as each kill left it is kept beside the children's logs when the test fails.
 */
class CrashRecoveryTest {
    private static final int KILLS = 20;
    private static final int JOBS_PER_SESSION = 3;
    /** Bounds the test if the children keep finishing before their kill line. */
    private static final int MAX_SESSIONS = 12;
    private static final long CHILD_TIMEOUT_SECONDS = 180;
    /** A restarted app finishes its three jobs in well under a minute; a run that never ends fails the test. */
    private static final long SESSION_TIMEOUT_SECONDS = 300;

    /** Kept when the test fails: the children's logs there are the evidence. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path home;

    private PracticeAts practice;
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void tearDown() {
        children.forEach(Process::destroyForcibly);
        if (practice != null) {
            practice.close();
        }
    }

    @Test
    void killedAtTwentyPointsTheAppNeverSendsTwiceNorLosesAnApplicationAndTellsTheTruth() throws Exception {
        practice = PracticeAts.start(0);
        // Workday's six-page wizard with its sign-in takes several times longer than any other form: the kill
        // points it offers are the same events, so it is left to the engine tests and the run stays short.
        List<PracticeJob> jobs = practice.jobs().stream()
                .filter(job -> !job.needsCandidateInput() && job.atsType() != AtsType.WORKDAY).toList();
        assertEquals(jobs.size(), jobs.stream().map(PracticeJob::jobId).distinct().count(), "job ids identify jobs");
        int kills = 0;
        int childNumber = 0;
        for (int session = 0; kills < KILLS && session < MAX_SESSIONS; session++) {
            practice.clearRecords();
            Path dataDir = home.resolve("session-" + session);
            List<PracticeJob> group = new ArrayList<>();
            for (int i = 0; i < JOBS_PER_SESSION; i++) {
                group.add(jobs.get((session * JOBS_PER_SESSION + i) % jobs.size()));
            }
            // Up to three kills per session, then one start that runs it to the end.
            for (int k = 0; k < 3 && kills < KILLS; k++) {
                Child child = start(dataDir, group, childNumber++);
                // Spread over 1..23 lines: a session of three jobs prints about eight lines per job.
                int killAt = 1 + (kills * 11 + session * 3) % 23;
                if (!child.awaitLines(killAt)) {
                    break;
                }
                List<ProcessHandle> browsers = child.process.descendants().toList();
                child.process.destroyForcibly();
                assertTrue(child.process.waitFor(30, TimeUnit.SECONDS), "the killed app is gone");
                kills++;
                assertNoOrphans(browsers, kills);
                keepDatabaseAsKilled(dataDir, kills);
                checkTruthful(dataDir, group, false, "after kill " + kills + " at line " + killAt + "\n" + child.seen);
            }
            Child last = start(dataDir, group, childNumber++);
            int lastNumber = childNumber - 1;
            assertTrue(last.awaitDone(), () -> "the restarted app finished the session\n" + last.seen + "\n"
                    + tail(home.resolve("child-" + lastNumber + ".err")) + tail(home.resolve("child-" + lastNumber + ".log")));
            assertTrue(last.process.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, last.process.exitValue(), () -> String.join("\n", last.seen));
            checkTruthful(dataDir, group, true, "session " + session + " finished\n" + last.seen);
        }
        assertTrue(kills >= KILLS, "killed " + kills + " times");
    }

    /**
     * The Playwright driver and Chromium die with the killed app (their pipe to it closes): no orphan could
     * finish a submit, or race the restarted app on a page.
     */
    private static void assertNoOrphans(List<ProcessHandle> browsers, int kill) throws InterruptedException {
        for (ProcessHandle process : browsers) {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new AssertionError("after kill " + kill + ", " + process.info().command().orElse("process "
                        + process.pid()) + " outlived the app", e);
            }
        }
    }

    /** A copy of the database file exactly as the kill left it (before any reopen), kept with the logs on failure. */
    private void keepDatabaseAsKilled(Path dataDir, int kill) throws IOException {
        Path file = AppContext.dataDirectoryFor(AppOptions.defaults().withDataDir(dataDir).withPractice(true)).database()
                .resolve("applydesk.mv.db");
        if (java.nio.file.Files.exists(file)) {
            java.nio.file.Files.copy(file, home.resolve("kill-" + kill + ".mv.db"));
        }
    }

    private static String tail(Path file) {
        try {
            String text = java.nio.file.Files.readString(file);
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return "(no " + file.getFileName() + ")";
        }
    }

    /** One row of the child's database; {@code journaled} when the submit journal holds a click of it. */
    private record Stored(String jobId, String status, Instant submitClickedAt, boolean journaled) {
        boolean clicked() {
            return submitClickedAt != null || journaled;
        }
    }

    /**
     * Opens the child's database (proving it opens after a kill) and checks every status against what the
     * practice site received. With {@code finished}, also that every job has exactly one finished application.
     */
    private void checkTruthful(Path dataDir, List<PracticeJob> group, boolean finished, String context) {
        List<Stored> stored;
        Path practiceData = AppContext.dataDirectoryFor(AppOptions.defaults().withDataDir(dataDir).withPractice(true))
                .root();
        if (!practiceData.resolve("db").resolve("applydesk.mv.db").toFile().exists()) {
            assertFalse(finished, "a finished session has a database");
            return;
        }
        DataDirectory directory = new DataDirectory(practiceData);
        // Read before the database: a click is journaled before it is committed to H2.
        Set<String> journaled = SubmitJournal.beside(directory.database()).clicks().stream()
                .map(SubmitJournal.Click::applicationId).collect(Collectors.toSet());
        Database db = Database.open(directory);
        try {
            stored = db.jdbi().withHandle(h -> h.createQuery(
                            "SELECT job_ref_id, status, submit_clicked_at, id FROM application ORDER BY job_ref_id")
                    .map((rs, ctx) -> new Stored(rs.getString(1), rs.getString(2),
                            rs.getObject(3, java.time.OffsetDateTime.class) == null ? null
                                    : rs.getObject(3, java.time.OffsetDateTime.class).toInstant(),
                            journaled.contains(rs.getString(4))))
                    .list());
        } finally {
            db.close();
        }
        // Evidence for the journal's reason to be: clicks the database lacks (lost by H2, unless the kill fell
        // between the journal's write and H2's commit).
        stored.stream().filter(app -> app.journaled() && app.submitClickedAt() == null
                        && (app.status().equals("PROCESSING") || app.status().equals("QUEUED")))
                .forEach(app -> System.out.println("H2 lost the journaled click of " + app + "; " + context.lines()
                        .findFirst().orElse("")));
        Map<String, Long> received = practice.submissions().stream()
                .collect(Collectors.groupingBy(RecordedSubmission::jobId, Collectors.counting()));
        received.forEach((jobId, times) -> assertEquals(1L, times, () -> jobId + " received twice; " + context));
        Map<String, Stored> byJob = stored.stream().collect(Collectors.toMap(Stored::jobId, Function.identity(),
                (a, b) -> {
                    throw new AssertionError("two applications to " + a.jobId() + "; " + context);
                }));
        for (Stored app : stored) {
            boolean sent = received.containsKey(app.jobId());
            switch (app.status()) {
                case "SUCCESS":
                    assertTrue(sent, () -> app + " is SUCCESS but the site never received it; " + context);
                    break;
                case "UNCONFIRMED":
                    assertNotNull(app.submitClickedAt(), () -> app + " is UNCONFIRMED without a click; " + context);
                    break;
                case "PROCESSING":
                    assertFalse(finished, () -> app + " still PROCESSING; " + context);
                    assertTrue(!sent || app.clicked(),
                            () -> app + " was received but no submit click is stored; " + context);
                    break;
                case "QUEUED":
                    // Only after a kill: H2 may have lost the claim with the click; recovery takes it from the journal.
                    assertFalse(finished, () -> app + " left QUEUED; " + context);
                    assertTrue(!sent || app.journaled(), () -> app + " was received but says QUEUED; " + context);
                    break;
                default:
                    assertFalse(sent, () -> app + " was received but says " + app.status() + "; " + context);
            }
        }
        for (String jobId : received.keySet()) {
            assertTrue(byJob.containsKey(jobId), () -> "the site received " + jobId + " that no application sent; "
                    + context);
        }
        if (finished) {
            assertEquals(group.stream().map(PracticeJob::jobId).collect(Collectors.toSet()), byJob.keySet(),
                    () -> "every job has its application; " + context);
            Set<String> sentOrMaybe = stored.stream().filter(a -> a.status().equals("SUCCESS")
                    || a.status().equals("UNCONFIRMED")).map(Stored::jobId).collect(Collectors.toSet());
            assertTrue(sentOrMaybe.containsAll(received.keySet()), context);
        }
    }

    private Child start(Path dataDir, List<PracticeJob> group, int number) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                // About 27 short-lived app processes: the quick compiler alone starts each one sooner.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dorg.slf4j.simpleLogger.logFile=" + home.resolve("child-" + number + ".log"),
                CrashChild.class.getName(), dataDir.toString()));
        group.forEach(job -> command.add(job.jobId()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put(AppContext.PRACTICE_URL_VARIABLE, practice.baseUrl());
        builder.redirectError(home.resolve("child-" + number + ".err").toFile());
        Process process = builder.start();
        children.add(process);
        return new Child(process);
    }

    /** A running child and the lines it printed. */
    private static final class Child {
        final Process process;
        final List<String> seen = new ArrayList<>();
        private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private static final String END = "\u0000end";

        Child(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // The process was killed: its output ends here.
                } finally {
                    lines.add(END);
                }
            }, "crash-child-reader");
            reader.setDaemon(true);
            reader.start();
        }

        /** True once the child printed {@code count} event lines; false when it finished or died first. */
        boolean awaitLines(int count) throws InterruptedException {
            int events = 0;
            while (events < count) {
                String line = next();
                if (line.equals(END) || line.equals(CrashChild.DONE)) {
                    return false;
                }
                if (line.startsWith("status ") || line.startsWith("log ")) {
                    events++;
                }
            }
            return true;
        }

        /**
         * True once the child finished its session; false when it died first or is still at it after
         * {@link #SESSION_TIMEOUT_SECONDS} (it prints "waiting" every minute meanwhile, so {@link #next} never
         * times out).
         */
        boolean awaitDone() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SESSION_TIMEOUT_SECONDS);
            String line;
            do {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                line = next();
            } while (!line.equals(END) && !line.equals(CrashChild.DONE));
            return line.equals(CrashChild.DONE);
        }

        private String next() throws InterruptedException {
            String line = lines.poll(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("the app printed nothing for " + CHILD_TIMEOUT_SECONDS + " s:\n" + seen);
            }
            seen.add(line);
            return line;
        }
    }
}
