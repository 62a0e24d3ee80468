package io.applydesk.core.search.filter;

import io.applydesk.core.common.QuestionText;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.ExperienceLevel;
import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.SearchRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A search request's filters as one test on a posting: a known ATS, title, location, work type, job type,
 * experience level, pay, age and the exclusions. A job whose board gives no work type or job type does not match
 * a filter asking for one; jobs with unknown pay or no date are kept (the hosted API keeps jobs without published
 * pay).
 */
public final class JobFilter {
    private final SearchRequest request;
    private final Instant oldest;
    private final Set<String> excludedIds;
    private final Set<String> excludedCompanies;
    private final List<String> excludedKeywords;

    /** The filter of {@code request} as of {@code now} (ages count from it). */
    public JobFilter(SearchRequest request, Instant now) {
        this.request = request;
        this.oldest = now.minus(Duration.ofDays(request.postedAtMaxAgeDays()));
        this.excludedIds = request.excludeJobIds().stream().map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        this.excludedCompanies = request.excludeCompanies().stream().map(QuestionText::normalise)
                .collect(Collectors.toSet());
        this.excludedKeywords = request.excludeKeywords().stream().map(QuestionText::normalise)
                .filter(k -> !k.isEmpty()).toList();
    }

    public boolean test(JobPosting job) {
        return job.ats() != AtsType.UNKNOWN && !job.jobKey().startsWith("url:") // only jobs ApplyDesk can apply to
                && titleMatches(job)
                && (request.locations().isEmpty()
                    || request.locations().stream().anyMatch(l -> LocationMatcher.matches(l, job)))
                && (request.workType().isEmpty() || request.workType().contains(job.workType()))
                && (request.jobType().isEmpty() || request.jobType().contains(job.jobType()))
                && (request.experienceLevel().isEmpty() || request.experienceLevel().contains(job.experienceLevel()))
                && payMatches(job)
                && (job.postedAt() == null || !job.postedAt().isBefore(oldest))
                && !excluded(job);
    }

    /**
     * Any searched title matches: its role words are in the job's title, and the seniority it names (when the
     * request has no explicit experience level) is the job's level.
     */
    private boolean titleMatches(JobPosting job) {
        for (String title : request.titles()) {
            boolean rolesMatch = TitleMatcher.roleWords(title).isEmpty() || TitleMatcher.matches(title, job.title());
            ExperienceLevel level = TitleMatcher.levelOf(title);
            boolean levelMatches = level == null || !request.experienceLevel().isEmpty()
                    || level == job.experienceLevel();
            boolean saysSomething = !TitleMatcher.roleWords(title).isEmpty() || level != null;
            if (saysSomething && rolesMatch && levelMatches) {
                return true;
            }
        }
        return false;
    }

    private boolean payMatches(JobPosting job) {
        if (request.salaryMin() == null || job.salary() == null || !job.salary().comparableInUsd()) {
            return true;
        }
        return job.salary().yearlyUsdTop() >= request.salaryMin();
    }

    private boolean excluded(JobPosting job) {
        if (excludedIds.contains(lower(job.atsJobId())) || excludedIds.contains(lower(job.jobKey()))
                || excludedIds.contains(lower(job.applyUrl()))) {
            return true;
        }
        if (excludedCompanies.contains(QuestionText.normalise(job.companyName()))
                || excludedCompanies.contains(QuestionText.normalise(job.board().token()))) {
            return true;
        }
        String title = " " + QuestionText.normalise(job.title()) + " ";
        return excludedKeywords.stream().anyMatch(k -> title.contains(" " + k + " "));
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
