package io.applydesk.app.ui.common;

import io.applydesk.core.schedule.Recurrence;
import io.applydesk.core.session.Schedule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A recurring schedule read back in words, with its next run: "Every Monday and Wednesday at 09:00, New York
 * time — next run Wed 2 Dec, 09:00". The one place the app words a schedule; the next run comes from
 * {@link Recurrence}, the rule the scheduler fires by, so the sentence and {@code next_run_at} agree.
 *
 * @param rule        the repetition alone, e.g. "Every Monday and Wednesday at 09:00, New York time" (for a session
 *                    that is paused or ended, whose next run is not due)
 * @param text        the whole sentence
 * @param nextRun     the schedule's first slot after the moment it was read
 * @param nextRunText the next run alone, in the schedule's zone, e.g. "Wed 2 Dec, 09:00"
 */
public record ScheduleSentence(String rule, String text, Instant nextRun, String nextRunText) {
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR_AND_TIME =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    /**
     * Reads a schedule back for a session created at {@code createdAt} (a monthly one runs on that day of month),
     * with its next run after {@code now}.
     *
     * @throws io.applydesk.core.error.ApplyDeskException VALIDATION_ERROR when the schedule is not valid
     */
    public static ScheduleSentence of(Schedule schedule, Instant createdAt, Instant now) {
        Recurrence recurrence = Recurrence.of(schedule, createdAt);
        ZoneId zone = recurrence.zone();
        Instant next = recurrence.nextRunAfter(now);
        ZonedDateTime local = next.atZone(zone);
        String when = (local.getYear() == now.atZone(zone).getYear() ? DAY_AND_TIME : DAY_YEAR_AND_TIME).format(local);
        String time = recurrence.time().toString();
        String rule = repetition(recurrence) + " at " + time + ", " + zoneName(zone);
        StringBuilder text = new StringBuilder(rule).append(" — next run ").append(when);
        if (!local.toLocalTime().equals(recurrence.time())) {
            // A spring-forward gap: the slot runs at the first instant after it, say so rather than look wrong.
            text.append(" (").append(time).append(" does not exist that day: the clocks go forward)");
        }
        return new ScheduleSentence(rule, text.toString(), next, when);
    }

    /** "America/New_York" → "New York time"; UTC and its aliases → "UTC". */
    static String zoneName(ZoneId zone) {
        String id = zone.normalized().getId();
        if (id.equals("Z") || id.equals("UTC") || id.endsWith("/UTC") || id.equals("Etc/UCT")) {
            return "UTC";
        }
        String city = id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
        return city + " time";
    }

    private static String repetition(Recurrence recurrence) {
        switch (recurrence.pattern()) {
            case DAILY:
                return "Every day";
            case WEEKLY:
                Set<DayOfWeek> days = recurrence.daysOfWeek();
                if (days.size() == 7) {
                    return "Every day";
                }
                if (days.equals(WEEKDAYS)) {
                    return "Every weekday (Monday to Friday)";
                }
                List<String> names = EnumSet.copyOf(days).stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).collect(Collectors.toList());
                return "Every " + joined(names);
            default:
                int day = recurrence.dayOfMonth();
                return "On the " + ordinal(day) + " of every month" + (day > 28 ? " (the last day in shorter months)" : "");
        }
    }

    /** "Monday", "Monday and Friday", "Monday, Wednesday and Friday". */
    private static String joined(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String ordinal(int day) {
        if (day % 100 >= 11 && day % 100 <= 13) {
            return day + "th";
        }
        switch (day % 10) {
            case 1:
                return day + "st";
            case 2:
                return day + "nd";
            case 3:
                return day + "rd";
            default:
                return day + "th";
        }
    }
}
