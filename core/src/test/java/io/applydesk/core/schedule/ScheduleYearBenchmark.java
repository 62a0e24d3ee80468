package io.applydesk.core.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A simulated year of N recurring sessions (daily, weekly and monthly, in zones with and without
 * DST, slots on DST gaps and overlaps) through a real {@link Scheduler} on a real H2 database: the
 * slots fired against those expected by an independent minute-by-minute scan, and the time taken.
 * Run with {@code ./mvnw -B -Pbench -pl core verify -DskipTests}; {@code -Dbench.sessions=N}
 * (default 40).
 */
public final class ScheduleYearBenchmark {
    private static final Instant START = Instant.parse("2027-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("2028-01-01T00:00:00Z");
    private static final List<String> ZONES = List.of("America/New_York", "Europe/London", "Australia/Lord_Howe",
            "Asia/Kolkata", "Pacific/Apia", "UTC");
    private static final List<String> TIMES = List.of("02:30", "01:30", "09:00", "02:15", "23:45");

    private ScheduleYearBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int sessions = Integer.getInteger("bench.sessions", 40);
        Path dir = Files.createTempDirectory("schedule-bench");
        try (ScheduleTestKit kit = new ScheduleTestKit(dir)) {
            kit.setClock(START);
            long expected = 0;
            for (int i = 0; i < sessions; i++) {
                String zone = ZONES.get(i % ZONES.size());
                String time = TIMES.get(i % TIMES.size());
                LocalTime local = LocalTime.parse(time);
                Predicate<LocalDate> days;
                if (i % 3 == 0) {
                    kit.recurring("daily", List.of(), time, zone);
                    days = d -> true;
                } else if (i % 3 == 1) {
                    kit.recurring("weekly", List.of("monday", "thursday"), time, zone);
                    days = d -> d.getDayOfWeek() == DayOfWeek.MONDAY || d.getDayOfWeek() == DayOfWeek.THURSDAY;
                } else {
                    kit.recurring("monthly", List.of(), time, zone);
                    int day = START.atZone(ZoneId.of(zone)).getDayOfMonth();
                    days = d -> d.getDayOfMonth() == Math.min(day, d.lengthOfMonth());
                }
                expected += ScheduleTestKit.oracle(ZoneId.of(zone), local, days, START, END).size();
            }
            Scheduler scheduler = kit.scheduler(MissedSlotPolicy.RUN_ONCE_AT_START);

            long t0 = System.nanoTime();
            kit.runUntil(scheduler, END);
            Duration took = Duration.ofNanos(System.nanoTime() - t0);

            int fired = kit.fired.size();
            int distinct = new HashSet<>(kit.fired).size();
            System.out.printf(Locale.ROOT, "ScheduleYearBenchmark: %d sessions, one simulated year (2027)%n", sessions);
            System.out.printf(Locale.ROOT, "  slots fired %d, expected %d, fired twice %d, ratio fired/expected %.4f%n",
                    fired, expected, fired - distinct, fired / (double) expected);
            System.out.printf(Locale.ROOT, "  took %.1f s of real time, %.2f ms per slot%n",
                    took.toMillis() / 1000.0, took.toNanos() / 1e6 / Math.max(1, fired));
        }
    }
}
