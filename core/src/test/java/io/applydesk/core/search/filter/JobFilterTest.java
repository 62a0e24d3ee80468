package io.applydesk.core.search.filter;

import static io.applydesk.core.search.filter.Postings.NOW;
import static io.applydesk.core.search.filter.Postings.job;
import static io.applydesk.core.search.filter.Postings.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.ExperienceLevel;
import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.JobType;
import io.applydesk.core.search.SalaryRange;
import io.applydesk.core.search.SearchRequest;
import io.applydesk.core.search.WorkType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JobFilterTest {

    static boolean keeps(String requestJson, JobPosting job) {
        return new JobFilter(SearchRequest.fromJson(requestJson), NOW).test(job);
    }

    @ParameterizedTest(name = "{0} keeps ''{1}'' ({2}): {3}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // single values or arrays
            "{\"titles\":\"Backend Engineer\",\"workType\":\"Remote\"} | Backend Developer | REMOTE | true",
            "{\"titles\":[\"Backend Engineer\"],\"workType\":[\"Remote\",\"Hybrid\"]} | Back-end Engineer | HYBRID | true",
            "{\"titles\":[\"Backend Engineer\"],\"workType\":\"Remote\"} | Backend Engineer | HYBRID | false",
            "{\"titles\":[\"Backend Engineer\"],\"workType\":\"On-site\"} | Backend Engineer | ON_SITE | true",
            "{\"titles\":[\"Backend Engineer\"],\"workType\":\"Remote\"} | Backend Engineer | null | false",
            // any of several titles
            "{\"titles\":[\"Data Scientist\",\"Backend Engineer\"]} | Senior Backend Engineer | null | true",
            // the title's seniority is a level, not words
            "{\"titles\":\"Senior Backend Engineer\"} | Backend Engineer III | null | true",
            "{\"titles\":\"Senior Backend Engineer\"} | Sr. Back End Engineer | null | true",
            "{\"titles\":\"Senior Backend Engineer\"} | Junior Backend Engineer | null | false",
            "{\"titles\":\"Intern\"} | Software Engineering Intern | null | true",
            "{\"titles\":\"Intern\"} | Software Engineer | null | false",
            // an explicit experienceLevel wins over the title's seniority
            "{\"titles\":\"Senior Backend Engineer\",\"experienceLevel\":[\"junior\",\"mid\"]} | Junior Backend Engineer | null | true",
            "{\"titles\":\"Backend Engineer\",\"experienceLevel\":\"senior\"} | Backend Engineer | null | false",
            "{\"titles\":\"Backend Engineer\",\"experienceLevel\":\"lead\"} | Staff Backend Engineer | null | true",
            // locations
            "{\"titles\":\"Backend Engineer\",\"locations\":[\"NYC\",\"Remote (US)\"]} | Backend Engineer | REMOTE | true",
            "{\"titles\":\"Backend Engineer\",\"locations\":\"Remote\"} | Backend Engineer | ON_SITE | false",
            // exclusions
            "{\"titles\":\"Backend Engineer\",\"excludeKeywords\":[\"Payments\"]} | Backend Engineer, Payments | null | false",
            "{\"titles\":\"Backend Engineer\",\"excludeKeywords\":\"pay\"} | Backend Engineer, Payments | null | true",
            "{\"titles\":\"Backend Engineer\",\"excludeCompanies\":\"ACME corp\"} | Backend Engineer | null | false",
            "{\"titles\":\"Backend Engineer\",\"excludeCompanies\":[\"acme\"]} | Backend Engineer | null | false",
            "{\"titles\":\"Backend Engineer\",\"excludeCompanies\":[\"Globex\"]} | Backend Engineer | null | true",
    })
    void filters(String request, String title, WorkType workType, boolean expected) {
        assertEquals(expected, keeps(request, job(title, workType, "New York, NY")));
    }

    @Test
    void jobTypeNeedsAKnownMatchingType() {
        JobPosting contract = with(job("Backend Engineer"), JobType.CONTRACT, null, NOW);
        assertTrue(keeps("{\"titles\":\"Backend Engineer\",\"jobType\":[\"contract\",\"part-time\"]}", contract));
        assertFalse(keeps("{\"titles\":\"Backend Engineer\",\"jobType\":\"full-time\"}", contract));
        assertFalse(keeps("{\"titles\":\"Backend Engineer\",\"jobType\":\"full-time\"}", job("Backend Engineer")));
    }

    @Test
    void salaryMinComparesPublishedUsdPayPerYearAndKeepsTheRest() {
        String request = "{\"titles\":\"Backend Engineer\",\"salaryMin\":150000}";
        JobPosting base = job("Backend Engineer");
        assertTrue(keeps(request, with(base, null, new SalaryRange(140000.0, 160000.0, "USD", SalaryRange.Period.YEAR), NOW)));
        assertFalse(keeps(request, with(base, null, new SalaryRange(90000.0, 120000.0, "USD", SalaryRange.Period.YEAR), NOW)));
        assertTrue(keeps(request, with(base, null, new SalaryRange(75.0, 80.0, "USD", SalaryRange.Period.HOUR), NOW)),
                "80 USD an hour is 166,400 a year");
        assertFalse(keeps(request, with(base, null, new SalaryRange(34.0, 47.0, "USD", SalaryRange.Period.HOUR), NOW)));
        assertTrue(keeps(request, with(base, null, null, NOW)), "no published pay: kept");
        assertTrue(keeps(request, with(base, null, new SalaryRange(50000.0, 60000.0, "EUR", SalaryRange.Period.YEAR), NOW)),
                "not comparable in USD: kept");
    }

    @Test
    void postedAtMaxAgeDaysDefaultsTo30AndKeepsUndatedJobs() {
        JobPosting base = job("Backend Engineer");
        assertTrue(keeps("{\"titles\":\"Backend Engineer\"}", with(base, null, null, NOW.minus(Duration.ofDays(29)))));
        assertFalse(keeps("{\"titles\":\"Backend Engineer\"}", with(base, null, null, NOW.minus(Duration.ofDays(31)))));
        assertFalse(keeps("{\"titles\":\"Backend Engineer\",\"postedAtMaxAgeDays\":7}",
                with(base, null, null, NOW.minus(Duration.ofDays(8)))));
        assertTrue(keeps("{\"titles\":\"Backend Engineer\",\"postedAtMaxAgeDays\":7}", with(base, null, null, null)));
    }

    @Test
    void excludeJobIdsMatchesTheAtsIdTheKeyOrTheLink() {
        JobPosting job = job("Backend Engineer");
        assertFalse(keeps("{\"titles\":\"Backend Engineer\",\"excludeJobIds\":\"" + job.atsJobId() + "\"}", job));
        assertFalse(keeps("{\"titles\":\"Backend Engineer\",\"excludeJobIds\":[\"" + job.jobKey() + "\"]}", job));
        assertFalse(keeps("{\"titles\":\"Backend Engineer\",\"excludeJobIds\":[\"" + job.applyUrl() + "\"]}", job));
        assertTrue(keeps("{\"titles\":\"Backend Engineer\",\"excludeJobIds\":[\"999\"]}", job));
    }

    @Test
    void onlyJobsOnAKnownAtsAreKept() {
        JobPosting job = job("Backend Engineer");
        JobPosting unknownHost = new JobPosting(new Board(AtsType.GREENHOUSE, "acme", "Acme"), null, "1",
                "Backend Engineer", List.of(), null, null, ExperienceLevel.MID, null, null,
                "https://acme.example/careers/1", "url:acme.example/careers/1");
        assertTrue(keeps("{\"titles\":\"Backend Engineer\"}", job));
        assertFalse(keeps("{\"titles\":\"Backend Engineer\"}", unknownHost));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{\"titles\":[]}",
            "{\"titles\":[\"  \"]}",
            "{\"titles\":\"Engineer\",\"results\":501}",
            "{\"titles\":\"Engineer\",\"results\":0}",
            "{\"titles\":\"Engineer\",\"workType\":\"Spaceship\"}",
            "{\"titles\":\"Engineer\",\"jobType\":\"gig\"}",
            "{\"titles\":\"Engineer\",\"experienceLevel\":\"wizard\"}",
            "{\"titles\":\"Engineer\",\"postedAtMaxAgeDays\":0}",
            "{\"titles\":\"Engineer\",\"salaryMin\":-1}",
            "{\"titles\":\"Engineer\",\"results\":\"many\"}",
            "{\"titles\":",
            "not json",
            "",
    })
    void badRequestsAreValidationErrors(String json) {
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> SearchRequest.fromJson(json));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void defaultsAndSingleValues() {
        SearchRequest r = SearchRequest.fromJson("{\"titles\":\"Engineer\",\"locations\":\"NYC\",\"jobType\":\"Full-Time\","
                + "\"userId\":\"u1\",\"companySizeMin\":50}");
        assertEquals(List.of("Engineer"), r.titles());
        assertEquals(List.of("NYC"), r.locations());
        assertEquals(List.of(JobType.FULL_TIME), r.jobType());
        assertEquals(30, r.postedAtMaxAgeDays());
        assertEquals(50, r.results());
        assertEquals(500, SearchRequest.fromJson("{\"titles\":\"Engineer\",\"results\":500}").results());
    }
}
