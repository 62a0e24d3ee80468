package io.applydesk.core.schedule;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.session.Schedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A validated recurring {@link Schedule}: which instants are its slots.
 *
 * <p>Slots are wall-clock times in the schedule's own time zone; the computer's time zone plays no
 * part. A slot whose local time does not exist (a spring-forward gap, or a day a zone skipped as
 * Pacific/Apia did on 2011-12-30) runs at the first instant after the gap; a slot whose local time
 * happens twice (the repeated autumn hour) runs once, at the earlier offset.
 *
 * <p>Monthly: the hosted API's schedule has no day-of-month field, so a monthly session runs on
 * the day of month it was created on (in the schedule's time zone), {@code dayOfMonth}. In a
 * month without that day (the 31st in April, the 29th in a February of a common year) it runs on
 * the month's last day.
 *
 * @param pattern    daily, weekly or monthly
 * @param daysOfWeek the weekly pattern's days; empty for the others
 * @param time       the local time of the slot
 * @param zone       the schedule's IANA time zone
 * @param dayOfMonth the monthly pattern's day (1..31); 0 for the others
 */
public record Recurrence(Frequency pattern, Set<DayOfWeek> daysOfWeek, LocalTime time, ZoneId zone, int dayOfMonth) {

    /** The hosted API's schedule patterns. */
    public enum Frequency { DAILY, WEEKLY, MONTHLY }

    private static final Pattern HH_MM = Pattern.compile("\\d{2}:\\d{2}");

    public Recurrence {
        daysOfWeek = Set.copyOf(daysOfWeek);
    }

    /**
     * Validates a session's schedule. {@code createdAt} is the session's creation, whose day of
     * month (in the schedule's zone) a monthly schedule runs on.
     *
     * @throws ApplyDeskException VALIDATION_ERROR naming the field and what is wrong with it
     */
    public static Recurrence of(Schedule schedule, Instant createdAt) {
        if (schedule == null) {
            throw invalid("A recurring session needs a schedule: a pattern, a time and a time zone.", "schedule");
        }
        Frequency pattern = pattern(schedule.pattern());
        LocalTime time = time(schedule.time());
        ZoneId zone = zone(schedule.timezone());
        Set<DayOfWeek> days = days(schedule.daysOfWeek());
        if (pattern == Frequency.WEEKLY && days.isEmpty()) {
            throw invalid("A weekly schedule needs at least one day in daysOfWeek, for example \"monday\".",
                    "schedule.daysOfWeek");
        }
        if (pattern != Frequency.WEEKLY && !days.isEmpty()) {
            throw invalid("daysOfWeek is only used by the weekly pattern; leave it empty for a "
                    + pattern.name().toLowerCase(Locale.ROOT) + " schedule.", "schedule.daysOfWeek");
        }
        int dayOfMonth = pattern == Frequency.MONTHLY ? createdAt.atZone(zone).getDayOfMonth() : 0;
        return new Recurrence(pattern, days, time, zone, dayOfMonth);
    }

    /** The first slot strictly after {@code after}. */
    public Instant nextRunAfter(Instant after) {
        LocalDate today = after.atZone(zone).toLocalDate();
        if (pattern == Frequency.MONTHLY) {
            // From the month before: a gap can move a slot past midnight into the next month.
            for (YearMonth m = YearMonth.from(today).minusMonths(1); ; m = m.plusMonths(1)) {
                Instant slot = slotOn(m.atDay(Math.min(dayOfMonth, m.lengthOfMonth())));
                if (slot.isAfter(after)) {
                    return slot;
                }
            }
        }
        // From the day before, for the same reason; a week and two days always holds the next slot.
        for (LocalDate d = today.minusDays(1); ; d = d.plusDays(1)) {
            if (pattern == Frequency.WEEKLY && !daysOfWeek.contains(d.getDayOfWeek())) {
                continue;
            }
            Instant slot = slotOn(d);
            if (slot.isAfter(after)) {
                return slot;
            }
        }
    }

    /** The instant of the slot on local date {@code day}, with the gap and overlap rules above. */
    Instant slotOn(LocalDate day) {
        LocalDateTime local = LocalDateTime.of(day, time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        // In an overlap, ofLocal without a preferred offset takes the earlier one.
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }

    private static Frequency pattern(String value) {
        String p = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        for (Frequency f : Frequency.values()) {
            if (f.name().equals(p)) {
                return f;
            }
        }
        throw invalid("The schedule pattern must be daily, weekly or monthly"
                + (value == null || value.isBlank() ? "." : ", not \"" + value + "\"."), "schedule.pattern");
    }

    private static LocalTime time(String value) {
        String t = value == null ? "" : value.trim();
        try {
            if (HH_MM.matcher(t).matches()) {
                return LocalTime.parse(t);
            }
        } catch (DateTimeParseException e) {
            // falls through to the one message for every bad time
        }
        throw invalid("The schedule time must be a 24-hour time written HH:mm, such as 09:00 or 18:30"
                + (t.isEmpty() ? "." : "; \"" + value + "\" is not one."), "schedule.time");
    }

    private static ZoneId zone(String value) {
        String z = value == null ? "" : value.trim();
        // Only named zones: a fixed offset such as +01:00 would silently ignore daylight saving.
        if (!ZoneId.getAvailableZoneIds().contains(z)) {
            throw invalid(z.isEmpty() ? "The schedule needs a time zone, such as America/New_York."
                    : "\"" + value + "\" is not a known time zone; use a name such as America/New_York or "
                    + "Europe/London.", "schedule.timezone");
        }
        return ZoneId.of(z);
    }

    private static Set<DayOfWeek> days(List<String> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : names) {
            String n = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
            try {
                days.add(DayOfWeek.valueOf(n));
            } catch (IllegalArgumentException e) {
                throw invalid("\"" + name + "\" is not a day of the week; use monday, tuesday, wednesday, thursday, "
                        + "friday, saturday or sunday.", "schedule.daysOfWeek");
            }
        }
        return days;
    }

    private static ApplyDeskException invalid(String message, String field) {
        return new ApplyDeskException(ErrorCode.VALIDATION_ERROR, message, field);
    }
}
