package io.applydesk.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.session.Schedule;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecurrenceTest {
    private static final Instant CREATED = Instant.parse("2027-01-01T12:00:00Z");

    @ParameterizedTest(name = "{7}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // pattern | days | time | zone | created | after | expected next slot | what it shows
        "daily   | -                | 09:00 | America/New_York   | -                    | 2027-01-10T00:00:00Z | 2027-01-10T14:00:00Z | New York winter, EST",
        "daily   | -                | 09:00 | America/New_York   | -                    | 2027-07-10T12:00:00Z | 2027-07-10T13:00:00Z | New York summer, EDT",
        "daily   | -                | 02:30 | America/New_York   | -                    | 2027-03-14T05:00:00Z | 2027-03-14T07:00:00Z | New York spring-forward: 02:30 runs at 03:00 EDT",
        "daily   | -                | 02:30 | America/New_York   | -                    | 2027-03-14T07:00:00Z | 2027-03-15T06:30:00Z | the day after the gap is normal again",
        "daily   | -                | 01:30 | America/New_York   | -                    | 2027-11-07T04:00:00Z | 2027-11-07T05:30:00Z | New York fall-back: the earlier 01:30 (EDT)",
        "daily   | -                | 01:30 | America/New_York   | -                    | 2027-11-07T05:30:00Z | 2027-11-08T06:30:00Z | the repeated 01:30 (EST) does not run again",
        "weekly  | monday           | 09:00 | America/New_York   | -                    | 2027-01-11T14:00:00Z | 2027-01-18T14:00:00Z | strictly after: a slot at the instant itself is not next",
        "weekly  | monday,wednesday | 09:00 | Europe/London      | -                    | 2027-03-26T12:00:00Z | 2027-03-29T08:00:00Z | London weekly, Friday to the Monday after spring-forward (BST)",
        "weekly  | Wednesday,monday | 09:00 | Europe/London      | -                    | 2027-03-29T08:00:00Z | 2027-03-31T08:00:00Z | London weekly, Monday to Wednesday; day names in any case",
        "daily   | -                | 01:30 | Europe/London      | -                    | 2027-03-28T00:00:00Z | 2027-03-28T01:00:00Z | London spring-forward: 01:30 runs at 02:00 BST",
        "daily   | -                | 01:30 | Europe/London      | -                    | 2027-10-30T23:59:00Z | 2027-10-31T00:30:00Z | London autumn: the earlier 01:30 (BST)",
        "daily   | -                | 01:30 | Europe/London      | -                    | 2027-10-31T00:30:00Z | 2027-11-01T01:30:00Z | London autumn: the repeated 01:30 (GMT) does not run",
        "daily   | -                | 02:15 | Australia/Lord_Howe | -                   | 2027-10-02T14:00:00Z | 2027-10-02T15:30:00Z | Lord Howe 30-minute gap: 02:15 runs at 02:30 (+11)",
        "daily   | -                | 01:45 | Australia/Lord_Howe | -                   | 2027-04-03T14:00:00Z | 2027-04-03T14:45:00Z | Lord Howe 30-minute overlap: the earlier 01:45 (+11)",
        "daily   | -                | 01:45 | Australia/Lord_Howe | -                   | 2027-04-03T14:45:00Z | 2027-04-04T15:15:00Z | Lord Howe: the repeated 01:45 (+10:30) does not run",
        "daily   | -                | 09:00 | Asia/Kolkata       | -                    | 2027-06-01T03:30:00Z | 2027-06-02T03:30:00Z | Kolkata +05:30, no DST",
        "monthly | -                | 09:00 | Asia/Kolkata       | 2027-01-31T10:00:00Z | 2027-02-01T00:00:00Z | 2027-02-28T03:30:00Z | monthly on the 31st: February's last day",
        "monthly | -                | 09:00 | Asia/Kolkata       | 2027-01-31T10:00:00Z | 2027-04-01T00:00:00Z | 2027-04-30T03:30:00Z | monthly on the 31st: April's last day",
        "monthly | -                | 09:00 | Asia/Kolkata       | 2027-01-31T10:00:00Z | 2027-04-30T03:30:00Z | 2027-05-31T03:30:00Z | monthly on the 31st: back to the 31st in May",
        "monthly | -                | 09:00 | Asia/Kolkata       | 2028-01-29T10:00:00Z | 2028-02-01T00:00:00Z | 2028-02-29T03:30:00Z | monthly on the 29th: leap-year February has it",
        "monthly | -                | 09:00 | Asia/Kolkata       | 2027-01-29T10:00:00Z | 2027-02-01T00:00:00Z | 2027-02-28T03:30:00Z | monthly on the 29th: common-year February does not",
        "monthly | -                | 09:00 | Asia/Kolkata       | 2027-01-30T20:00:00Z | 2027-03-01T00:00:00Z | 2027-03-31T03:30:00Z | the creation day is read in the schedule's zone (31st there, 30th in UTC)",
        "monthly | -                | 09:00 | America/New_York   | 2027-01-15T12:00:00Z | 2027-12-15T14:00:00Z | 2028-01-15T14:00:00Z | monthly across the new year",
        "daily   | -                | 09:00 | Pacific/Apia       | -                    | 2011-12-29T20:00:00Z | 2011-12-30T10:00:00Z | Apia skipped 2011-12-30: its slot runs at the first instant after, Dec 31 00:00",
        "daily   | -                | 09:00 | Pacific/Apia       | -                    | 2011-12-30T10:00:00Z | 2011-12-30T19:00:00Z | Apia Dec 31 09:00 at +14",
        "weekly  | sunday           | 09:00 | Pacific/Apia       | -                    | 2027-01-01T00:00:00Z | 2027-01-02T20:00:00Z | Apia today, +13",
    })
    void nextRunAfter(String pattern, String days, String time, String zone, String created, String after,
                      String expected, String what) {
        List<String> daysOfWeek = days == null ? List.of() : Arrays.asList(days.split(","));
        Recurrence r = Recurrence.of(new Schedule(pattern, daysOfWeek, time, zone),
                created == null ? CREATED : Instant.parse(created));
        assertEquals(Instant.parse(expected), r.nextRunAfter(Instant.parse(after)), what);
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // pattern | days | time | zone | field | message
        "hourly  | -       | 09:00 | Europe/London  | schedule.pattern    | The schedule pattern must be daily, weekly or monthly, not \"hourly\".",
        "-       | -       | 09:00 | Europe/London  | schedule.pattern    | The schedule pattern must be daily, weekly or monthly.",
        "daily   | -       | 9:00  | Europe/London  | schedule.time       | The schedule time must be a 24-hour time written HH:mm, such as 09:00 or 18:30; \"9:00\" is not one.",
        "daily   | -       | 24:00 | Europe/London  | schedule.time       | The schedule time must be a 24-hour time written HH:mm, such as 09:00 or 18:30; \"24:00\" is not one.",
        "daily   | -       | 09:60 | Europe/London  | schedule.time       | The schedule time must be a 24-hour time written HH:mm, such as 09:00 or 18:30; \"09:60\" is not one.",
        "daily   | -       | -     | Europe/London  | schedule.time       | The schedule time must be a 24-hour time written HH:mm, such as 09:00 or 18:30.",
        "daily   | -       | 09:00 | Mars/Olympus   | schedule.timezone   | \"Mars/Olympus\" is not a known time zone; use a name such as America/New_York or Europe/London.",
        "daily   | -       | 09:00 | +01:00         | schedule.timezone   | \"+01:00\" is not a known time zone; use a name such as America/New_York or Europe/London.",
        "daily   | -       | 09:00 | -              | schedule.timezone   | The schedule needs a time zone, such as America/New_York.",
        "weekly  | -       | 09:00 | Europe/London  | schedule.daysOfWeek | A weekly schedule needs at least one day in daysOfWeek, for example \"monday\".",
        "weekly  | funday  | 09:00 | Europe/London  | schedule.daysOfWeek | \"funday\" is not a day of the week; use monday, tuesday, wednesday, thursday, friday, saturday or sunday.",
        "daily   | monday  | 09:00 | Europe/London  | schedule.daysOfWeek | daysOfWeek is only used by the weekly pattern; leave it empty for a daily schedule.",
    })
    void invalidSchedulesAreRefusedWithASentence(String pattern, String days, String time, String zone, String field,
                                                 String message) {
        List<String> daysOfWeek = days == null ? List.of() : Arrays.asList(days.split(","));
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> Recurrence.of(new Schedule(pattern, daysOfWeek, time, zone), CREATED));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals(field, e.details());
        assertEquals(message, e.getMessage());
    }

    @Test
    void aMissingScheduleIsRefused() {
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> Recurrence.of(null, CREATED));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("A recurring session needs a schedule: a pattern, a time and a time zone.", e.getMessage());
    }
}
