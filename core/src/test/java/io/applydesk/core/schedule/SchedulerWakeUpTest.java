package io.applydesk.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.engine.ApplicationEngine;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.engine.ApplyRequest;
import io.applydesk.core.engine.EngineListener;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.run.RunCoordinator;
import io.applydesk.core.run.RunSettings;
import io.applydesk.core.session.AutopilotRequest;
import io.applydesk.core.session.Filters;
import io.applydesk.core.session.Schedule;
import io.applydesk.core.session.SessionService;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A started scheduler hears of recurring sessions created, paused, resumed and stopped through the session
 * service and the run coordinator, and brings their next run up to date at once instead of at its next
 * minute. Each wait below is far shorter than the minute the scheduler's thread sleeps without a wake-up.
 */
class SchedulerWakeUpTest {
    private static final Instant START = Instant.parse("2027-01-30T14:00:00Z");
    /** Well under the scheduler's one-minute sleep, well over a pass on a loaded machine. */
    private static final Duration PROMPTLY = Duration.ofSeconds(20);
    private static final Schedule DAILY_AT_NINE_IN_LONDON = new Schedule("daily", List.of(), "09:00",
            "Europe/London");

    @TempDir
    Path dir;
    private ScheduleTestKit kit;
    private Scheduler scheduler;
    private RunCoordinator coordinator;

    @BeforeEach
    void open() {
        kit = new ScheduleTestKit(dir);
        kit.setClock(START);
        scheduler = kit.scheduler(MissedSlotPolicy.RUN_ONCE_AT_START);
        coordinator = new RunCoordinator(kit.db, new NeverUsedEngine(), kit.sessions.profiles, kit.sessions.dirs, 1,
                kit.clock, RunSettings.defaults(ZoneOffset.UTC), new Random(1), null);
        // As the app wires it.
        kit.sessions.sessions.addSessionWatcher(scheduler::sessionsChanged);
        coordinator.addSessionWatcher(scheduler::sessionsChanged);
    }

    @AfterEach
    void close() {
        scheduler.close();
        coordinator.close();
        kit.close();
    }

    @Test
    void createdPausedResumedAndStoppedSessionsAreScheduledAtOnce() {
        Profile profile = kit.sessions.completeProfile("dana@example.com");
        // A session the first pass schedules; once it has its next run, the thread sleeps for a minute.
        String earlier = kit.recurring("daily", List.of(), "09:00", "Europe/London");
        scheduler.start();
        awaitNextRun(earlier, Optional::isPresent);

        SessionService sessions = kit.sessions.sessions;
        String created = sessions.createAutopilotRecurring(new AutopilotRequest(profile.profileId(),
                new Filters("Software Engineer", List.of("Remote"), List.of()), null, DAILY_AT_NINE_IN_LONDON,
                null, null, false)).sessionId();
        assertEquals(Optional.of(Instant.parse("2027-01-31T09:00:00Z")), awaitNextRun(created, Optional::isPresent));

        coordinator.pauseSession(created);
        assertEquals(Optional.empty(), awaitNextRun(created, Optional::isEmpty));

        kit.clock.advance(Duration.ofDays(1));
        coordinator.resumeSession(created);
        assertEquals(Optional.of(Instant.parse("2027-02-01T09:00:00Z")), awaitNextRun(created, Optional::isPresent),
                "scheduled from the resume, without the slot missed while paused");

        sessions.pause(created);
        assertEquals(Optional.empty(), awaitNextRun(created, Optional::isEmpty));
        sessions.resume(created);
        awaitNextRun(created, Optional::isPresent);
        coordinator.stopSession(created);
        assertEquals(Optional.empty(), awaitNextRun(created, Optional::isEmpty));
        assertEquals(List.of(), kit.firedFor(created), "none of its slots was due");
    }

    /** Polls the stored next run until it is as wanted, for at most {@link #PROMPTLY}; returns the last seen. */
    private Optional<Instant> awaitNextRun(String sessionId, Predicate<Optional<Instant>> wanted) {
        long deadline = System.nanoTime() + PROMPTLY.toNanos();
        Optional<Instant> next = kit.nextRunAt(sessionId);
        while (!wanted.test(next)) {
            assertTrue(System.nanoTime() < deadline, "the scheduler did not update " + sessionId + " promptly; "
                    + "its next run is still " + next);
            Thread.onSpinWait();
            next = kit.nextRunAt(sessionId);
        }
        return next;
    }

    /** Nothing is applied to here: no run is started. */
    private static final class NeverUsedEngine implements ApplicationEngine {
        @Override
        public ApplyOutcome apply(ApplyRequest request, EngineListener listener) {
            throw new AssertionError("no application runs in this test");
        }

        @Override
        public void close() {
        }
    }
}
