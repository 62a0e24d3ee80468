package io.applydesk.core.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.json.Json;
import java.util.List;
import java.util.Objects;

/**
 * A job search, as the hosted API's {@code POST /jobs/search} takes it (apply-api-facts.md), plus ApplyDesk's own
 * exclusions. Every filter may be given as one value or a list. Defaults: {@code postedAtMaxAgeDays} 30,
 * {@code results} 50 (at most 500).
 *
 * @param titles             the titles searched for (required): a job matches any of them
 * @param locations          places (any of them); empty for anywhere
 * @param workType           Remote / On-site / Hybrid; empty for any
 * @param jobType            full-time / part-time / contract / internship; empty for any
 * @param experienceLevel    intern ... executive; empty for any (the titles' seniority words then count)
 * @param salaryMin          the least yearly pay in USD; jobs that publish no comparable pay are kept
 * @param postedAtMaxAgeDays the oldest posting, in days; jobs without a date are kept
 * @param results            how many jobs at most, newest first
 * @param excludeJobIds      jobs left out, by ATS job id, job key or link
 * @param excludeCompanies   companies left out, by name or board token
 * @param excludeKeywords    words or phrases that leave out a job whose title has them
 */
public record SearchRequest(List<String> titles, List<String> locations, List<WorkType> workType,
                            List<JobType> jobType, List<ExperienceLevel> experienceLevel, Integer salaryMin,
                            Integer postedAtMaxAgeDays, Integer results, List<String> excludeJobIds,
                            List<String> excludeCompanies, List<String> excludeKeywords) {
    public static final int DEFAULT_RESULTS = 50;
    public static final int MAX_RESULTS = 500;
    public static final int DEFAULT_MAX_AGE_DAYS = 30;

    public SearchRequest {
        titles = texts(titles);
        if (titles.isEmpty()) {
            throw invalid("A search needs at least one job title.", "titles");
        }
        locations = texts(locations);
        workType = values(workType);
        jobType = values(jobType);
        experienceLevel = values(experienceLevel);
        if (salaryMin != null && salaryMin < 0) {
            throw invalid("The minimum salary cannot be negative.", "salaryMin");
        }
        postedAtMaxAgeDays = postedAtMaxAgeDays == null ? DEFAULT_MAX_AGE_DAYS : postedAtMaxAgeDays;
        if (postedAtMaxAgeDays < 1) {
            throw invalid("postedAtMaxAgeDays must be at least 1 day.", "postedAtMaxAgeDays");
        }
        results = results == null ? DEFAULT_RESULTS : results;
        if (results < 1 || results > MAX_RESULTS) {
            throw invalid("A search returns between 1 and " + MAX_RESULTS + " results; " + results
                    + " was asked for.", "results");
        }
        excludeJobIds = texts(excludeJobIds);
        excludeCompanies = texts(excludeCompanies);
        excludeKeywords = texts(excludeKeywords);
    }

    /** A search for these titles and locations with every default. */
    public static SearchRequest of(List<String> titles, List<String> locations) {
        return new SearchRequest(titles, locations, null, null, null, null, null, null, null, null, null);
    }

    /**
     * Reads the request body; single values are taken as one-element lists, unknown keys (e.g.
     * {@code companySizeMin}, {@code userId}) are ignored.
     *
     * @throws ApplyDeskException VALIDATION_ERROR when it is not JSON or a value is not allowed
     */
    public static SearchRequest fromJson(String json) {
        try {
            SearchRequest request = Json.mapper().readerFor(SearchRequest.class)
                    .with(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY).readValue(json == null ? "" : json);
            if (request == null) {
                throw invalid("The search request is empty.", null);
            }
            return request;
        } catch (JsonProcessingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ApplyDeskException refusal) {
                    throw refusal;
                }
            }
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "The search request could not be read: "
                    + e.getOriginalMessage(), null, e);
        }
    }

    private static ApplyDeskException invalid(String message, String field) {
        return new ApplyDeskException(ErrorCode.VALIDATION_ERROR, message, field);
    }

    private static List<String> texts(List<String> values) {
        return values == null ? List.of()
                : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
    }

    private static <T> List<T> values(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).distinct().toList();
    }
}
