package io.applydesk.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.session.Schedule;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScheduleSentenceTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void weeklyNamesTheDaysTheZoneAndTheNextRunInThatZone() {
        // Monday 30 Nov 2026, 15:00 in New York: Monday's 09:00 has passed, so Wednesday's is next.
        Instant now = ZonedDateTime.of(2026, 11, 30, 15, 0, 0, 0, NEW_YORK).toInstant();
        ScheduleSentence read = ScheduleSentence.of(
                new Schedule("weekly", List.of("wednesday", "monday"), "09:00", "America/New_York"), now, now);

        assertEquals("Every Monday and Wednesday at 09:00, New York time — next run Wed 2 Dec, 09:00", read.text());
        assertEquals(ZonedDateTime.of(2026, 12, 2, 9, 0, 0, 0, NEW_YORK).toInstant(), read.nextRun());
        assertEquals("Wed 2 Dec, 09:00", read.nextRunText());
        assertEquals("Every Monday and Wednesday at 09:00, New York time", read.rule());
    }

    @Test
    void threeDaysAreListedWithCommasAndTheFiveWeekdaysByName() {
        Instant now = Instant.parse("2026-11-30T20:00:00Z");
        assertEquals("Every Monday, Wednesday and Friday at 18:30, London time — next run Wed 2 Dec, 18:30",
                ScheduleSentence.of(new Schedule("weekly", List.of("friday", "monday", "wednesday"), "18:30",
                        "Europe/London"), now, now).text());
        assertEquals("Every weekday (Monday to Friday) at 07:00, Tokyo time — next run Tue 1 Dec, 07:00",
                ScheduleSentence.of(new Schedule("weekly", List.of("monday", "tuesday", "wednesday", "thursday",
                        "friday"), "07:00", "Asia/Tokyo"), now, now).text());
    }

    @Test
    void onTheSpringForwardDayASlotInTheGapRunsWhenTheClocksHaveGoneForwardAndSaysSo() {
        // 8 Mar 2026: New York goes from 02:00 to 03:00, so 02:30 does not exist.
        Instant now = ZonedDateTime.of(2026, 3, 7, 12, 0, 0, 0, NEW_YORK).toInstant();
        ScheduleSentence read = ScheduleSentence.of(
                new Schedule("daily", List.of(), "02:30", "America/New_York"), now, now);

        assertEquals("Every day at 02:30, New York time — next run Sun 8 Mar, 03:00 "
                + "(02:30 does not exist that day: the clocks go forward)", read.text());
        assertEquals(Instant.parse("2026-03-08T07:00:00Z"), read.nextRun());
    }

    @Test
    void inTheRepeatedAutumnHourTheSlotRunsOnceAtTheEarlierOffset() {
        // 1 Nov 2026: New York repeats 01:00–02:00; 01:30 first happens at 05:30 UTC (EDT).
        Instant now = ZonedDateTime.of(2026, 10, 31, 12, 0, 0, 0, NEW_YORK).toInstant();
        ScheduleSentence read = ScheduleSentence.of(
                new Schedule("daily", List.of(), "01:30", "America/New_York"), now, now);

        assertEquals("Every day at 01:30, New York time — next run Sun 1 Nov, 01:30", read.text());
        assertEquals(Instant.parse("2026-11-01T05:30:00Z"), read.nextRun());
    }

    @Test
    void monthlyOnThe31stRunsOnTheLastDayOfAShorterMonth() {
        ZoneId london = ZoneId.of("Europe/London");
        Instant created = ZonedDateTime.of(2026, 1, 31, 10, 0, 0, 0, london).toInstant();
        Instant now = ZonedDateTime.of(2026, 2, 1, 8, 0, 0, 0, london).toInstant();
        ScheduleSentence read = ScheduleSentence.of(new Schedule("monthly", List.of(), "09:00", "Europe/London"),
                created, now);

        assertEquals("On the 31st of every month (the last day in shorter months) at 09:00, London time — next run "
                + "Sat 28 Feb, 09:00", read.text());
    }

    @Test
    void monthlyOnAnEarlyDayNeedsNoNoteAndANextRunInAnotherYearShowsTheYear() {
        Instant now = Instant.parse("2026-12-03T12:00:00Z");
        assertEquals("On the 3rd of every month at 09:00, UTC — next run Sun 3 Jan 2027, 09:00",
                ScheduleSentence.of(new Schedule("monthly", List.of(), "09:00", "UTC"), now, now).text());
    }

    @Test
    void anUnknownTimeZoneIsRefusedWithTheCoreSentence() {
        Instant now = Instant.parse("2026-11-30T20:00:00Z");
        ApplyDeskException refused = assertThrows(ApplyDeskException.class, () -> ScheduleSentence.of(
                new Schedule("daily", List.of(), "09:00", "Mars/Olympus_Mons"), now, now));
        assertEquals(ErrorCode.VALIDATION_ERROR, refused.code());
        assertEquals("schedule.timezone", refused.details());
    }

    @ParameterizedTest
    @CsvSource({"1,1st", "2,2nd", "3,3rd", "4,4th", "11,11th", "12,12th", "13,13th", "21,21st", "22,22nd", "23,23rd",
            "30,30th", "31,31st"})
    void ordinalsReadAsWords(int day, String expected) {
        assertEquals(expected, ScheduleSentence.ordinal(day));
    }

    @ParameterizedTest
    @CsvSource({"America/New_York,New York time", "America/Argentina/Buenos_Aires,Buenos Aires time", "UTC,UTC",
            "Etc/UTC,UTC", "Europe/London,London time"})
    void zonesAreNamedByTheirCity(String zone, String expected) {
        assertEquals(expected, ScheduleSentence.zoneName(ZoneId.of(zone)));
    }
}
