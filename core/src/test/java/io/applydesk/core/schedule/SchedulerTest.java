package io.applydesk.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.json.JsonText;
import io.applydesk.core.schedule.store.ScheduleDao;
import io.applydesk.core.session.Schedule;
import io.applydesk.core.session.SessionControl;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchedulerTest {
    private static final Instant START = Instant.parse("2027-01-30T14:00:00Z");

    @TempDir
    Path dir;
    private ScheduleTestKit kit;

    @BeforeEach
    void open() {
        kit = new ScheduleTestKit(dir);
        kit.setClock(START);
    }

    @AfterEach
    void close() {
        kit.close();
    }

    private String dailyAtNineInLondon() {
        return kit.recurring("daily", List.of(), "09:00", "Europe/London");
    }

    @Test
    void aSimulatedYearFiresExactlyTheSlotsOfEverySchedule() {
        // Created 2027-01-31 01:00 at Lord Howe: the monthly session runs on the 31st (or the month's last day).
        String newYork = kit.recurring("daily", List.of(), "02:30", "America/New_York");
        String london = kit.recurring("weekly", List.of("sunday"), "01:30", "Europe/London");
        String lordHowe = kit.recurring("monthly", List.of(), "02:15", "Australia/Lord_Howe");
        String kolkata = kit.recurring("weekly", List.of("monday", "friday"), "09:00", "Asia/Kolkata");
        String apia = kit.recurring("daily", List.of(), "00:30", "Pacific/Apia");
        Instant end = Instant.parse("2028-03-01T00:00:00Z");
        Scheduler scheduler = kit.scheduler(MissedSlotPolicy.RUN_ONCE_AT_START);

        kit.runUntil(scheduler, end);

        ZoneId ny = ZoneId.of("America/New_York");
        ZoneId lh = ZoneId.of("Australia/Lord_Howe");
        assertEquals(ScheduleTestKit.oracle(ny, LocalTime.of(2, 30), d -> true, START, end), kit.firedFor(newYork));
        assertEquals(ScheduleTestKit.oracle(ZoneId.of("Europe/London"), LocalTime.of(1, 30),
                d -> d.getDayOfWeek() == DayOfWeek.SUNDAY, START, end), kit.firedFor(london));
        assertEquals(ScheduleTestKit.oracle(lh, LocalTime.of(2, 15),
                d -> d.getDayOfMonth() == Math.min(31, d.lengthOfMonth()), START, end), kit.firedFor(lordHowe));
        assertEquals(ScheduleTestKit.oracle(ZoneId.of("Asia/Kolkata"), LocalTime.of(9, 0),
                d -> d.getDayOfWeek() == DayOfWeek.MONDAY || d.getDayOfWeek() == DayOfWeek.FRIDAY, START, end),
                kit.firedFor(kolkata));
        assertEquals(ScheduleTestKit.oracle(ZoneId.of("Pacific/Apia"), LocalTime.of(0, 30), d -> true, START, end),
                kit.firedFor(apia));
        // The DST days themselves, written out: New York's 02:30 on 2027-03-14 ran at 03:00 EDT, once on
        // 2027-11-07; Lord Howe's monthly slot ran on the 28th of February and the 29th in 2028.
        assertTrue(kit.firedFor(newYork).contains(Instant.parse("2027-03-14T07:00:00Z")));
        assertTrue(kit.firedFor(newYork).contains(Instant.parse("2027-11-07T07:30:00Z")));
        assertTrue(kit.firedFor(lordHowe).containsAll(List.of(Instant.parse("2027-02-27T15:15:00Z"),
                Instant.parse("2028-02-28T15:15:00Z"))));
        assertEquals(14, kit.firedFor(lordHowe).size());
        assertEquals(395, kit.firedFor(newYork).size());
        assertTrue(kit.fired.stream().allMatch(s -> s.outcome() == SlotOutcome.FIRED && s.slotCount() == 1));
        assertEquals(Optional.of(Instant.parse("2028-03-01T07:30:00Z")), kit.nextRunAt(newYork));
        assertEquals(kit.firedFor(apia).size(), scheduler.history(apia, 1000).size());
    }

    @Test
    void slotsMissedWhileClosedRunOnceAtStart() {
        String id = dailyAtNineInLondon();
        Scheduler scheduler = kit.scheduler(MissedSlotPolicy.RUN_ONCE_AT_START);
        assertEquals(Optional.of(Instant.parse("2027-01-31T09:00:00Z")), scheduler.tick());

        // ApplyDesk closed until 2027-02-10 12:00: ten slots passed (31 January to 9 February... and the 10th).
        kit.setClock(Instant.parse("2027-02-10T12:00:00Z"));
        scheduler.tick();
        scheduler.tick();

        assertEquals(List.of(new DueSlot(id, Instant.parse("2027-02-10T09:00:00Z"), SlotOutcome.CAUGHT_UP, 11,
                Instant.parse("2027-01-31T09:00:00Z"))), kit.fired);
        SlotRecord record = scheduler.history(id, 10).get(0);
        assertEquals(SlotOutcome.CAUGHT_UP, record.outcome());
        assertEquals("run_1", record.runId());
        assertEquals(Instant.parse("2027-02-10T12:00:00Z"), record.handledAt());
        assertEquals(Optional.of(Instant.parse("2027-02-11T09:00:00Z")), kit.nextRunAt(id));
    }

    @Test
    void slotsMissedWhileClosedCanBeSkippedAndAreRecorded() {
        String id = kit.recurring("weekly", List.of("monday"), "09:00", "Europe/London");
        Scheduler scheduler = kit.scheduler(MissedSlotPolicy.SKIP);
        scheduler.tick();
        kit.setClock(Instant.parse("2027-02-20T12:00:00Z"));

        scheduler.tick();

        assertTrue(kit.fired.isEmpty());
        List<SlotRecord> history = scheduler.history(id, 10);
        assertEquals(1, history.size());
        assertEquals(SlotOutcome.SKIPPED, history.get(0).outcome());
        assertEquals(3, history.get(0).slotCount());
        assertEquals(Instant.parse("2027-02-01T09:00:00Z"), history.get(0).firstSlotAt());
        assertEquals(Instant.parse("2027-02-15T09:00:00Z"), history.get(0).slotAt());
        assertNull(history.get(0).handledAt());
        assertEquals(Optional.of(Instant.parse("2027-02-22T09:00:00Z")), kit.nextRunAt(id));
    }

    @Test
    void aSlotALittleLateIsOnTimeButOneLaterThanTheGraceIsMissed() {
        String id = dailyAtNineInLondon();
        Scheduler scheduler = kit.scheduler(MissedSlotPolicy.SKIP);
        scheduler.tick();
        kit.setClock(Instant.parse("2027-01-31T09:14:00Z"));
        scheduler.tick();
        kit.setClock(Instant.parse("2027-02-01T09:16:00Z"));
        scheduler.tick();

        assertEquals(List.of(Instant.parse("2027-01-31T09:00:00Z")), kit.firedFor(id));
        assertEquals(List.of(SlotOutcome.SKIPPED, SlotOutcome.FIRED),
                scheduler.history(id, 10).stream().map(SlotRecord::outcome).toList());
    }

    @Test
    void pausingClearsTheNextRunAndResumingCountsFromTheResume() {
        String id = dailyAtNineInLondon();
        Scheduler scheduler = kit.scheduler(MissedSlotPolicy.RUN_ONCE_AT_START);
        SessionControl control = new SessionControl(kit.db, kit.clock);
        kit.runUntil(scheduler, Instant.parse("2027-02-02T12:00:00Z"));

        control.pause(id);
        scheduler.tick();
        assertEquals(Optional.empty(), kit.nextRunAt(id));
        kit.runUntil(scheduler, Instant.parse("2027-02-06T10:00:00Z"));
        control.resume(id);
        kit.runUntil(scheduler, Instant.parse("2027-02-08T12:00:00Z"));

        assertEquals(List.of(Instant.parse("2027-01-31T09:00:00Z"), Instant.parse("2027-02-01T09:00:00Z"),
                Instant.parse("2027-02-02T09:00:00Z"), Instant.parse("2027-02-07T09:00:00Z"),
                Instant.parse("2027-02-08T09:00:00Z")), kit.firedFor(id));
        assertEquals(Optional.of(Instant.parse("2027-02-09T09:00:00Z")), kit.nextRunAt(id));
    }

    @Test
    void aStoppedSessionLosesItsNextRunAndNeverFires() {
        String id = dailyAtNineInLondon();
        Scheduler scheduler = kit.scheduler(MissedSlotPolicy.RUN_ONCE_AT_START);
        scheduler.tick();
        new SessionControl(kit.db, kit.clock).stop(id);

        assertEquals(Optional.empty(), scheduler.tick());
        kit.runUntil(scheduler, Instant.parse("2027-03-01T00:00:00Z"));

        assertTrue(kit.fired.isEmpty());
        assertEquals(Optional.empty(), kit.nextRunAt(id));
    }

    @Test
    void rescheduleComputesTheNextRunFromTheNewSchedule() {
        String id = dailyAtNineInLondon();
        Scheduler scheduler = kit.scheduler(MissedSlotPolicy.RUN_ONCE_AT_START);
        kit.runUntil(scheduler, Instant.parse("2027-02-01T12:00:00Z"));

        // Monday 1 February 12:00 → every Friday at 18:00 in New York.
        Optional<Instant> next = scheduler.reschedule(id,
                new Schedule("weekly", List.of("friday"), "18:00", "America/New_York"));
        kit.runUntil(scheduler, Instant.parse("2027-02-13T00:00:00Z"));

        assertEquals(Optional.of(Instant.parse("2027-02-05T23:00:00Z")), next);
        assertEquals(List.of(Instant.parse("2027-01-31T09:00:00Z"), Instant.parse("2027-02-01T09:00:00Z"),
                Instant.parse("2027-02-05T23:00:00Z"), Instant.parse("2027-02-12T23:00:00Z")), kit.firedFor(id));
        assertEquals("weekly", kit.sessions.sessions.get(id).schedule().pattern());
    }

    @Test
    void aScheduleChangedByAnotherWriterIsNoticedOnTheNextPass() {
        String id = dailyAtNineInLondon();
        Scheduler scheduler = kit.scheduler(MissedSlotPolicy.RUN_ONCE_AT_START);
        scheduler.tick();
        kit.db.jdbi().useHandle(h -> h.createUpdate("UPDATE session SET schedule = :s WHERE id = :id")
                .bind("s", JsonText.write(new Schedule("daily", List.of(), "21:00", "Europe/London")))
                .bind("id", id).execute());

        assertEquals(Optional.of(Instant.parse("2027-01-30T21:00:00Z")), scheduler.tick());
    }

    @Test
    void rescheduleRefusesABadScheduleAndAnotherKindOfSession() {
        String id = dailyAtNineInLondon();
        String runOnce = kit.insert("run_once", null);
        Scheduler scheduler = kit.scheduler(MissedSlotPolicy.RUN_ONCE_AT_START);
        scheduler.tick();

        ApplyDeskException bad = assertThrows(ApplyDeskException.class,
                () -> scheduler.reschedule(id, new Schedule("daily", List.of(), "09:00", "Europe/Londn")));
        ApplyDeskException notRecurring = assertThrows(ApplyDeskException.class,
                () -> scheduler.reschedule(runOnce, new Schedule("daily", List.of(), "09:00", "Europe/London")));
        ApplyDeskException missing = assertThrows(ApplyDeskException.class,
                () -> scheduler.reschedule("sess_none", new Schedule("daily", List.of(), "09:00", "Europe/London")));

        assertEquals(ErrorCode.VALIDATION_ERROR, bad.code());
        assertEquals("schedule.timezone", bad.details());
        assertEquals("Only a recurring autopilot session has a schedule to change.", notRecurring.getMessage());
        assertEquals(ErrorCode.NOT_FOUND, missing.code());
        assertEquals("09:00", kit.sessions.sessions.get(id).schedule().time());
        assertEquals(Optional.of(Instant.parse("2027-01-31T09:00:00Z")), kit.nextRunAt(id));
    }

    @Test
    void aStoredScheduleThatCannotRunDoesNotStopTheOthers() {
        String broken = kit.recurring("fortnightly", List.of(), "09:00", "Europe/London");
        String good = kit.recurring("daily", List.of(), "09:00", "Europe/London");
        Scheduler scheduler = kit.scheduler(MissedSlotPolicy.RUN_ONCE_AT_START);

        kit.runUntil(scheduler, Instant.parse("2027-02-01T12:00:00Z"));

        assertEquals(2, kit.firedFor(good).size());
        assertEquals(List.of(), kit.firedFor(broken));
        assertEquals(Optional.empty(), kit.nextRunAt(broken));
        // Not looked at again (nor warned about on every pass) until its schedule changes.
        assertEquals(List.of(), kit.db.jdbi().withExtension(ScheduleDao.class,
                dao -> dao.needingAttention(kit.clock.instant())));
    }

    @Test
    void aHandlerThatFailsIsRecordedAndTheSlotIsNotRunAgain() {
        String id = dailyAtNineInLondon();
        Scheduler scheduler = new Scheduler(kit.db, kit.clock, slot -> {
            throw new ApplyDeskException(ErrorCode.PROFILE_INCOMPLETE, "The profile has no resume.");
        }, () -> MissedSlotPolicy.RUN_ONCE_AT_START, Scheduler.DEFAULT_GRACE);
        scheduler.tick();
        kit.setClock(Instant.parse("2027-01-31T09:00:00Z"));

        scheduler.tick();
        scheduler.tick();

        List<SlotRecord> history = scheduler.history(id, 10);
        assertEquals(1, history.size());
        assertEquals("The profile has no resume.", history.get(0).errorMessage());
        assertNull(history.get(0).runId());
    }

    @Test
    void aRestartedSchedulerNeverFiresAClaimedSlotAgain() {
        String id = dailyAtNineInLondon();
        kit.runUntil(kit.scheduler(MissedSlotPolicy.RUN_ONCE_AT_START), Instant.parse("2027-01-31T09:00:00Z"));
        assertEquals(1, kit.fired.size());

        // A new scheduler (the app started again) at the same instant, then on through the next slot.
        kit.runUntil(kit.scheduler(MissedSlotPolicy.RUN_ONCE_AT_START), Instant.parse("2027-02-01T09:00:00Z"));

        assertEquals(List.of(Instant.parse("2027-01-31T09:00:00Z"), Instant.parse("2027-02-01T09:00:00Z")),
                kit.firedFor(id));
    }

    @Test
    void theComputersTimeZoneHasNoPartInTheSlots() {
        String id = kit.recurring("daily", List.of(), "09:00", "America/New_York");
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            Scheduler scheduler = new Scheduler(kit.db, java.time.Clock.fixed(START, ZoneId.of("Asia/Tokyo")),
                    kit.recorder, () -> MissedSlotPolicy.SKIP, Scheduler.DEFAULT_GRACE);
            assertEquals(Optional.of(Instant.parse("2027-01-30T14:00:00Z").plus(Duration.ofDays(1))),
                    scheduler.tick());
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
            kit.runUntil(kit.scheduler(MissedSlotPolicy.SKIP), Instant.parse("2027-02-02T00:00:00Z"));
        } finally {
            TimeZone.setDefault(before);
        }
        assertEquals(List.of(Instant.parse("2027-01-31T14:00:00Z"), Instant.parse("2027-02-01T14:00:00Z")),
                kit.firedFor(id));
    }

    @Test
    void twoSchedulersOnOneDatabaseFireEverySlotExactlyOnce() throws Exception {
        List<String> zones = List.of("Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String zone = zones.get(i % zones.size());
            ids.add(i % 3 == 2 ? kit.recurring("weekly", List.of("sunday", "tuesday"), "01:30", zone)
                    : kit.recurring("daily", List.of(), i % 2 == 0 ? "02:15" : "09:00", zone));
        }
        // A second Database on the same file: another app instance's connections to the same H2 database.
        Database second = Database.open(new DataDirectory(dir));
        Scheduler one = kit.scheduler(MissedSlotPolicy.RUN_ONCE_AT_START);
        Scheduler two = new Scheduler(second, kit.clock, kit.recorder, () -> MissedSlotPolicy.RUN_ONCE_AT_START,
                Scheduler.DEFAULT_GRACE);
        Instant end = Instant.parse("2027-04-01T00:00:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Optional<Instant>>> both = List.of(one::tick, two::tick);
            Optional<Instant> next = Optional.of(START);
            while (next.isPresent() && !next.get().isAfter(end)) {
                kit.setClock(next.get());
                next = Optional.empty();
                for (Future<Optional<Instant>> f : pool.invokeAll(both)) {
                    Optional<Instant> n = f.get();
                    if (n.isPresent() && (next.isEmpty() || n.get().isBefore(next.get()))) {
                        next = n;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(kit.fired.size(), new HashSet<>(kit.fired).size(), "a slot fired twice");
        int expected = 0;
        for (int i = 0; i < ids.size(); i++) {
            ZoneId zone = ZoneId.of(zones.get(i % zones.size()));
            List<Instant> slots = i % 3 == 2
                    ? ScheduleTestKit.oracle(zone, LocalTime.of(1, 30), d -> d.getDayOfWeek() == DayOfWeek.SUNDAY
                    || d.getDayOfWeek() == DayOfWeek.TUESDAY, START, end)
                    : ScheduleTestKit.oracle(zone, i % 2 == 0 ? LocalTime.of(2, 15) : LocalTime.of(9, 0), d -> true,
                    START, end);
            assertEquals(slots, kit.firedFor(ids.get(i)), ids.get(i) + " in " + zone);
            expected += slots.size();
        }
        assertEquals(expected, kit.fired.size());
        assertTrue(kit.fired.stream().allMatch(s -> s.outcome() == SlotOutcome.FIRED));
    }

    @Test
    void theThreadWakesOnASessionChangeFiresTheDueSlotAndStopsOnClose() throws Exception {
        CountDownLatch fired = new CountDownLatch(1);
        Scheduler scheduler = new Scheduler(kit.db, kit.clock, slot -> {
            fired.countDown();
            return null;
        }, () -> MissedSlotPolicy.RUN_ONCE_AT_START, Scheduler.DEFAULT_GRACE);
        scheduler.start();
        kit.recurring("daily", List.of(), "09:00", "Europe/London");
        kit.setClock(Instant.parse("2027-01-31T09:00:00Z"));

        // Without the wake-up the thread would sleep up to a minute; the wait here is shorter.
        scheduler.sessionsChanged();

        assertTrue(fired.await(30, TimeUnit.SECONDS), "the due slot was not fired");
        scheduler.close();
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().equals("applydesk-scheduler")));
    }
}
