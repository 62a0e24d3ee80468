package io.applydesk.core.session;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.schedule.Recurrence;
import io.applydesk.core.search.WorkType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Checks the filters, limits and schedule of an autopilot request and returns them in their stored
 * spelling (trimmed, lower-case pattern and days, canonical work types). Only the schedule's shape is
 * checked here; when it next fires is the scheduler's business.
 */
final class AutopilotCheck {

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

    /**
     * The schedule in its stored spelling (lower-case pattern and days, "HH:mm", the zone's id); its checks are
     * {@link Recurrence#of}'s, the same the scheduler applies.
     */
    static Schedule schedule(Schedule schedule, Instant createdAt) {
        Recurrence recurrence = Recurrence.of(schedule, createdAt);
        List<String> days = recurrence.daysOfWeek().stream().sorted()
                .map(day -> day.name().toLowerCase(Locale.ROOT)).toList();
        return new Schedule(recurrence.pattern().name().toLowerCase(Locale.ROOT), days,
                recurrence.time().toString(), recurrence.zone().getId());
    }

    private static String workType(String type) {
        try {
            return WorkType.fromWire(type == null ? "" : type.trim()).wireName();
        } catch (ApplyDeskException e) {
            throw invalid(e.getMessage(), "filters.workType");
        }
    }

    private static ApplyDeskException invalid(String sentence, String details) {
        return new ApplyDeskException(ErrorCode.VALIDATION_ERROR, sentence, details);
    }
}
