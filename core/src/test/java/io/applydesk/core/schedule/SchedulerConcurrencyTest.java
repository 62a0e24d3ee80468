package io.applydesk.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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

class SchedulerConcurrencyTest {
    private static final Instant START = Instant.parse("2027-03-01T00:00:00Z");

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
        Instant end = Instant.parse("2027-05-01T00:00:00Z");
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
        kit.setClock(Instant.parse("2027-03-01T09:00:00Z"));

        // Without the wake-up the thread would sleep up to a minute; the wait here is shorter.
        scheduler.sessionsChanged();

        assertTrue(fired.await(30, TimeUnit.SECONDS), "the due slot was not fired");
        scheduler.close();
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().equals("applydesk-scheduler")));
    }
}
