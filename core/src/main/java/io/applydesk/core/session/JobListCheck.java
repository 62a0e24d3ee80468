package io.applydesk.core.session;

import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.application.store.ApplicationRow;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.job.JobLink;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.job.JobListRow;
import io.applydesk.core.job.JobRef;
import io.applydesk.core.job.PracticeSite;
import io.applydesk.core.session.JobPreview.Verdict;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The per-row rules of a job list, shared by the wizard's preview and session creation: each link
 * must be a web link, and in practice mode on the practice site; a job (by {@link JobLink#canonicalKey()},
 * never the raw URL) already in the list, or with a live or discarded earlier application of the same
 * profile, is a duplicate. {@link #withoutRepeats} merges the repeats of a list a candidate gave at once by that
 * same key.
 */
final class JobListCheck {
    /** Earlier applications in these statuses, or discarded ones, block a new one. */
    static final Set<ApplicationStatus> BLOCKING = ApplicationStatus.blockingDuplicates();
    /** The blocking statuses and FAILED, read together: a failed one does not block, but its row says so. */
    private static final List<String> LOOKED_UP = Stream.concat(BLOCKING.stream(), Stream.of(ApplicationStatus.FAILED))
            .map(Enum::name).toList();

    private final JobLinkParser links;
    private final ZoneId zone;

    JobListCheck(JobLinkParser links, ZoneId zone) {
        this.links = links;
        this.zone = zone;
    }

    List<JobPreview> check(ApplicationDao applications, String profileId, List<JobRef> jobs) {
        List<JobLink> parsed = jobs.stream().map(this::parseOrNull).collect(Collectors.toList());
        Map<String, ApplicationRow> earlier = earlierApplications(applications, profileId, parsed);
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        List<JobPreview> rows = new ArrayList<>(jobs.size());
        for (int i = 0; i < jobs.size(); i++) {
            int rowNumber = i + 1;
            JobRef job = jobs.get(i);
            JobLink link = parsed.get(i);
            if (link == null) {
                rows.add(new JobPreview(rowNumber, job, null, Verdict.INVALID_LINK, invalidLinkMessage(rowNumber, job),
                        null, null, null));
                continue;
            }
            if (!links.isAppliable(link)) {
                rows.add(new JobPreview(rowNumber, job, link, Verdict.OFF_PRACTICE_SITE,
                        rowLabel(rowNumber, job) + ": " + PracticeSite.offSite(job.link()), null, null, null));
                continue;
            }
            Integer sameAsRow = firstRowOfKey.putIfAbsent(link.canonicalKey(), rowNumber);
            ApplicationRow before = earlier.get(link.canonicalKey());
            if (sameAsRow != null) {
                rows.add(new JobPreview(rowNumber, job, link, Verdict.DUPLICATE_IN_LIST,
                        "Same job as row " + sameAsRow + " of this list.", sameAsRow, null, null));
            } else if (before == null) {
                rows.add(new JobPreview(rowNumber, job, link, Verdict.OK, null, null, null, null));
            } else if (before.applicationStatus() == ApplicationStatus.FAILED) {
                rows.add(new JobPreview(rowNumber, job, link, Verdict.OK, failedBeforeMessage(before), null, null,
                        ApplicationStatus.FAILED));
            } else {
                rows.add(new JobPreview(rowNumber, job, link, Verdict.ALREADY_APPLIED, alreadyAppliedMessage(before),
                        null, before.id(), before.applicationStatus()));
            }
        }
        return rows;
    }

    /**
     * {@code rows} with each job once, by the key {@link #check} finds duplicates with: the first row of a job is
     * kept, in order. Rows that are no job link (nor any the reader could not read) are all kept. Every row is parsed
     * as {@link #check} parses it, so that the list kept has no DUPLICATE_IN_LIST row.
     */
    List<JobListRow> withoutRepeats(List<JobListRow> rows) {
        Set<String> seen = new HashSet<>();
        List<JobListRow> kept = new ArrayList<>(rows.size());
        for (JobListRow row : rows) {
            JobLink link = parseOrNull(row.job());
            if (link == null || seen.add(link.canonicalKey())) {
                kept.add(row);
            }
        }
        return kept;
    }

    private JobLink parseOrNull(JobRef job) {
        try {
            return job == null ? null : links.parse(job.link());
        } catch (ApplyDeskException notAWebLink) {
            return null;
        }
    }

    /**
     * Per job key, the earlier application that decides the row: the newest blocking one, else the newest FAILED
     * one (which does not block, but the candidate is told the job was tried before).
     */
    private static Map<String, ApplicationRow> earlierApplications(ApplicationDao applications, String profileId,
                                                                   List<JobLink> parsed) {
        Set<String> keys = parsed.stream().filter(Objects::nonNull).map(JobLink::canonicalKey)
                .collect(Collectors.toSet());
        if (keys.isEmpty()) {
            return Map.of();
        }
        Map<String, ApplicationRow> byKey = new HashMap<>();
        for (ApplicationRow row : applications.blockingForJobs(profileId, keys, LOOKED_UP)) { // newest first
            ApplicationRow held = byKey.get(row.jobKey());
            if (held == null || (held.applicationStatus() == ApplicationStatus.FAILED
                    && row.applicationStatus() != ApplicationStatus.FAILED)) {
                byKey.put(row.jobKey(), row);
            }
        }
        return byKey;
    }

    static String invalidLinkMessage(int rowNumber, JobRef job) {
        String link = job == null ? null : job.link();
        if (link == null || link.isBlank()) {
            return rowLabel(rowNumber, job) + " has no link.";
        }
        return rowLabel(rowNumber, job) + ": '" + link.trim() + "' is not a web link.";
    }

    /** "Job 3 (Acme, Backend Engineer)", or "Job 3" when the row names neither. */
    private static String rowLabel(int rowNumber, JobRef job) {
        String names = job == null ? "" : Stream.of(job.companyName(), job.title())
                .filter(s -> s != null && !s.isBlank()).map(String::trim).collect(Collectors.joining(", "));
        return "Job " + rowNumber + (names.isEmpty() ? "" : " (" + names + ")");
    }

    private String failedBeforeMessage(ApplicationRow earlier) {
        return "Applied to this job on " + LocalDate.ofInstant(earlier.createdAt(), zone) + ", and it failed ("
                + earlier.id() + "); it will be tried again.";
    }

    private String alreadyAppliedMessage(ApplicationRow earlier) {
        LocalDate day = LocalDate.ofInstant(earlier.createdAt(), zone);
        String id = " (" + earlier.id() + ").";
        switch (earlier.applicationStatus()) {
            case QUEUED:
            case PROCESSING:
                return "Already in the queue for this job since " + day + id;
            case NEEDS_INPUT:
                return "Already started for this job on " + day + "; it is waiting for your answers" + id;
            case AWAITING_REVIEW:
                return "Already filled in for this job on " + day + "; it is waiting for your review" + id;
            case UNCONFIRMED:
                return "Already submitted for this job on " + day
                        + ", but no confirmation was seen; it is waiting for you to check it" + id;
            case CANCELLED: // only a discarded one blocks
                return "You discarded the form filled in for this job on "
                        + LocalDate.ofInstant(earlier.updatedAt(), zone) + id;
            default:
                return "Already applied to this job on " + day + id;
        }
    }
}
