package io.applydesk.core.session;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the filters, limits and schedule of an autopilot request and returns them in their stored
 * spelling (trimmed, lower-case pattern and days, canonical work types). Only the schedule's shape is
 * checked here; when it next fires is the scheduler's business.
 */
final class AutopilotCheck {
    /** The hosted API's work types, in its spelling. */
    static final List<String> WORK_TYPES = List.of("Remote", "On-site", "Hybrid");
    static final Set<String> PATTERNS = Set.of("daily", "weekly", "monthly");
    private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

    private AutopilotCheck() {
    }

    static Filters filters(Filters filters) {
        if (filters == null || filters.jobTitle() == null || filters.jobTitle().isBlank()) {
            throw invalid("Say which job title to search for (filters.jobTitle), for example \"Software Engineer\".",
                    "filters.jobTitle");
        }
        List<String> locations = filters.location().stream().filter(l -> l != null && !l.isBlank())
                .map(String::trim).distinct().toList();
        List<String> workTypes = filters.workType().stream().map(AutopilotCheck::workType).distinct().toList();
        return new Filters(filters.jobTitle().trim(), locations, workTypes);
    }

    /** @throws ApplyDeskException VALIDATION_ERROR below 1, MAX_JOBS_EXCEEDED above 100 */
    static Limits limits(Limits limits) {
        if (limits == null || limits.maxJobsPerRun() == null) {
            return limits;
        }
        int max = limits.maxJobsPerRun();
        if (max < 1) {
            throw invalid("limits.maxJobsPerRun must be at least 1; it is " + max + ".", "limits.maxJobsPerRun");
        }
        if (max > SessionService.MAX_JOBS) {
            throw new ApplyDeskException(ErrorCode.MAX_JOBS_EXCEEDED, "A run can apply to at most "
                    + SessionService.MAX_JOBS + " jobs; limits.maxJobsPerRun is " + max + ".",
                    "limits.maxJobsPerRun");
        }
        return limits;
    }

    static Schedule schedule(Schedule schedule) {
        if (schedule == null) {
            throw invalid("A recurring session needs a schedule: pattern (daily, weekly or monthly), time "
                    + "(\"HH:mm\") and timezone.", "schedule");
        }
        String pattern = schedule.pattern() == null ? "" : schedule.pattern().trim().toLowerCase(Locale.ROOT);
        if (!PATTERNS.contains(pattern)) {
            throw invalid("'" + schedule.pattern() + "' is not a known schedule pattern. Use one of: daily, weekly, "
                    + "monthly.", "schedule.pattern");
        }
        String time = schedule.time() == null ? "" : schedule.time().trim();
        if (!TIME.matcher(time).matches()) {
            throw invalid("'" + schedule.time() + "' is not a time of day. Write it as \"HH:mm\" on the 24-hour "
                    + "clock, for example \"09:00\".", "schedule.time");
        }
        List<String> days = schedule.daysOfWeek().stream().map(AutopilotCheck::day).distinct().toList();
        if (pattern.equals("weekly") && days.isEmpty()) {
            throw invalid("A weekly schedule needs the days to run on (daysOfWeek), for example [\"monday\"].",
                    "schedule.daysOfWeek");
        }
        if (!pattern.equals("weekly") && !days.isEmpty()) {
            throw invalid("Only a weekly schedule takes daysOfWeek; a " + pattern + " schedule runs on every "
                    + (pattern.equals("daily") ? "day" : "month") + ".", "schedule.daysOfWeek");
        }
        return new Schedule(pattern, days, time, zone(schedule.timezone()));
    }

    private static String zone(String timezone) {
        if (timezone == null || timezone.isBlank()) {
            throw invalid("Say which time zone the schedule's time is in (schedule.timezone), for example "
                    + "\"America/New_York\".", "schedule.timezone");
        }
        // Only named zones: a fixed offset such as +01:00 would ignore daylight saving.
        if (!ZoneId.getAvailableZoneIds().contains(timezone.trim())) {
            throw invalid("'" + timezone + "' is not a known time zone. Use a name like \"Europe/London\" or "
                    + "\"America/New_York\".", "schedule.timezone");
        }
        return timezone.trim();
    }

    private static String day(String day) {
        String name = day == null ? "" : day.trim().toLowerCase(Locale.ROOT);
        boolean known = Arrays.stream(DayOfWeek.values()).anyMatch(d -> d.name().toLowerCase(Locale.ROOT).equals(name));
        if (!known) {
            throw invalid("'" + day + "' is not a day of the week. Use names like \"monday\".",
                    "schedule.daysOfWeek");
        }
        return name;
    }

    private static String workType(String type) {
        String given = type == null ? "" : type.trim();
        return WORK_TYPES.stream().filter(w -> w.equalsIgnoreCase(given)).findFirst().orElseThrow(() -> invalid(
                "'" + type + "' is not a work type. Use one of: " + String.join(", ", WORK_TYPES) + ".",
                "filters.workType"));
    }

    private static ApplyDeskException invalid(String sentence, String details) {
        return new ApplyDeskException(ErrorCode.VALIDATION_ERROR, sentence, details);
    }
}
