package io.applydesk.app.cli;

import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.PendingQuestion;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Prints one aligned line per application as it ends — status, "company — title" (or the link when
 * the list gave no names), then the confirmation link, the pending questions, or the error — and the
 * summary line at the end.
 *
 * <p>Thread-safe: {@link #ended} is called from the run coordinator's worker threads; each application
 * is printed once however often its end is reported.
 */
final class ProgressPrinter {
    /** Wide enough for the longest final status, AWAITING_REVIEW. */
    private static final int STATUS_WIDTH = 15;
    /** Long titles are not padded further than this, so short lines stay readable. */
    private static final int MAX_JOB_WIDTH = 60;

    private final PrintStream out;
    private final int jobWidth;
    private final Set<String> printed = ConcurrentHashMap.newKeySet();

    /** @param applications every application of the run, to size the job column before any line is printed */
    ProgressPrinter(PrintStream out, List<Application> applications) {
        this.out = out;
        this.jobWidth = Math.min(MAX_JOB_WIDTH,
                applications.stream().mapToInt(a -> jobLabel(a).length()).max().orElse(0));
    }

    /** Prints the application's line if it has ended and was not printed yet. */
    void ended(Application application) {
        if (application.status().isFinished() && printed.add(application.applicationId())) {
            out.println(line(application));
        }
    }

    /** Prints "5 applications: 4 SUCCESS, 1 NEEDS_INPUT" (statuses in their natural order). */
    void summary(List<Application> applications) {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        applications.forEach(a -> counts.merge(a.status(), 1L, Long::sum));
        String breakdown = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        int total = applications.size();
        out.println(total + (total == 1 ? " application" : " applications") + (total == 0 ? "" : ": " + breakdown));
    }

    String line(Application application) {
        String status = pad(application.status().name(), STATUS_WIDTH);
        String job = pad(jobLabel(application), jobWidth);
        String detail = detail(application);
        return (status + "  " + job + (detail.isEmpty() ? "" : "  " + detail)).stripTrailing();
    }

    private static String jobLabel(Application application) {
        String company = blankToNull(application.companyName());
        String title = blankToNull(application.jobTitle());
        if (company != null && title != null) {
            return company + " — " + title;
        }
        return company != null ? company : title != null ? title : application.jobUrl();
    }

    private static String detail(Application application) {
        if (application.status() == ApplicationStatus.SUCCESS && application.confirmationUrl() != null) {
            return application.confirmationUrl();
        }
        if (application.status() == ApplicationStatus.NEEDS_INPUT && !application.pendingQuestions().isEmpty()) {
            return "needs an answer to: " + application.pendingQuestions().stream()
                    .map(PendingQuestion::label)
                    .map(label -> "\"" + label + "\"")
                    .collect(Collectors.joining(", "));
        }
        if (application.error() != null) {
            return application.error().code() + ": " + application.error().message();
        }
        return "";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
