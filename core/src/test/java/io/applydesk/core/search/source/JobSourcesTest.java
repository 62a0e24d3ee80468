package io.applydesk.core.search.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.HostAlias;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.ExperienceLevel;
import io.applydesk.core.search.Fixtures;
import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.JobType;
import io.applydesk.core.search.SalaryRange;
import io.applydesk.core.search.WorkType;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JobSourcesTest {
    static final Instant FETCHED = Instant.parse("2026-08-10T12:00:00Z");
    final SourceContext real = new SourceContext(BoardApiSettings.real(), new JobLinkParser(), FETCHED);
    final JobSources sources = new JobSources();

    BoardPage parse(Board board, String body) {
        JobSource source = sources.forAts(board.ats()).orElseThrow();
        return source.parse(board, source.firstRequest(board, real), body, real);
    }

    @Test
    void greenhouseContentListReadsEveryJob() {
        Board board = new Board(AtsType.GREENHOUSE, "anthropic", "Anthropic");
        List<JobPosting> jobs = parse(board, Fixtures.read("greenhouse/boards-api-jobs-content.tideline.json")).jobs();

        assertEquals(4, jobs.size());
        JobPosting first = jobs.get(0);
        assertEquals("5101378008", first.atsJobId());
        assertEquals("Account Executive, Public Sector", first.title());
        assertEquals(List.of("Sydney, Australia"), first.locations());
        assertEquals(Instant.parse("2026-04-07T20:10:24Z"), first.postedAt());
        assertEquals("https://job-boards.greenhouse.io/anthropic/jobs/5101378008", first.applyUrl());
        assertEquals(new JobLinkParser().parse(first.applyUrl()).canonicalKey(), first.jobKey());
        assertEquals("Anthropic", first.companyName());
        assertEquals("Applied AI Architect, Industries", jobs.get(1).title(), "titles are trimmed");
        assertNull(first.salary());
    }

    @Test
    void greenhouseLocationTypeMetadataGivesTheWorkType() {
        String item = Fixtures.read("greenhouse/boards-api-job-listitem.recruiting_agent.json");
        List<JobPosting> jobs = parse(new Board(AtsType.GREENHOUSE, "anthropic", null), "{\"jobs\":[" + item + "]}")
                .jobs();

        assertEquals(WorkType.ON_SITE, jobs.get(0).workType());
        assertEquals("Anthropic", jobs.get(0).companyName());
        assertEquals(Instant.parse("2026-03-25T14:53:39Z"), jobs.get(0).postedAt());
    }

    @Test
    void greenhouseRequestFollowsTheLayout() {
        Board board = new Board(AtsType.GREENHOUSE, "northwind", "Northwind");
        assertEquals("https://boards-api.greenhouse.io/v1/boards/northwind/jobs?content=true",
                sources.forAts(AtsType.GREENHOUSE).orElseThrow().firstRequest(board, real).uri().toString());
        SourceContext practice = new SourceContext(BoardApiSettings.practice(URI.create("http://127.0.0.1:9000/")),
                new JobLinkParser(), FETCHED);
        assertEquals("http://127.0.0.1:9000/practice/board-api/greenhouse/v1/boards/northwind/jobs?content=true",
                sources.forAts(AtsType.GREENHOUSE).orElseThrow().firstRequest(board, practice).uri().toString());
    }

    @Test
    void leverListReadsCommitmentWorkplaceAndCreatedAt() {
        Board board = new Board(AtsType.LEVER, "palantir", "Palantir");
        BoardPage page = parse(board, Fixtures.read("lever/postings-api-list.tideline.json"));

        assertEquals(4, page.jobs().size());
        assertNull(page.next(), "a short page is the last");
        JobPosting second = page.jobs().get(1);
        assertEquals("Administrative Business Partner - Security", second.title());
        assertEquals(List.of("Palo Alto, CA"), second.locations());
        assertEquals(WorkType.HYBRID, second.workType());
        assertEquals(JobType.FULL_TIME, second.jobType());
        assertEquals(Instant.ofEpochMilli(1778622524938L), second.postedAt());
        assertEquals("lever:palantir:0bbfd4f4-41ff-4ec6-b73f-5200efd5d4d3", second.jobKey());
    }

    @Test
    void leverSalaryRangeIsReadWhenPublished() {
        String body = """
                [{"id":"5e1c0a3f-2b8e-4f43-9d6e-0a1b2c3d4e5f","text":"Sr. Software Engineer, Backend",
                  "categories":{"commitment":"Full-time","location":"Remote - US","allLocations":["Remote - US"]},
                  "workplaceType":"remote","salaryRange":{"currency":"USD","interval":"per-year-salary","min":150000,"max":190000},
                  "hostedUrl":"https://jobs.lever.co/acme/5e1c0a3f-2b8e-4f43-9d6e-0a1b2c3d4e5f"}]
                """;
        JobPosting job = parse(new Board(AtsType.LEVER, "acme", "Acme"), body).jobs().get(0);
        assertEquals(new SalaryRange(150000.0, 190000.0, "USD", SalaryRange.Period.YEAR), job.salary());
        assertEquals(WorkType.REMOTE, job.workType());
        assertEquals(ExperienceLevel.SENIOR, job.experienceLevel());
        assertEquals(List.of("Remote - US"), job.locations(), "the primary location and allLocations are one place");
    }

    @Test
    void leverSinglePostingFixtureParses() {
        String single = Fixtures.read("lever/postings-api-single.intern-radar.json");
        JobPosting job = parse(new Board(AtsType.LEVER, "palantir", "Palantir"), "[" + single + "]").jobs().get(0);
        assertEquals("Administrative Business Partner", job.title());
        assertEquals(List.of("London, United Kingdom"), job.locations());
        assertNull(job.salary());
    }

    @Test
    void leverFullPageAsksForTheNext() {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < LeverSource.PAGE; i++) {
            body.append(i == 0 ? "" : ",").append("{\"id\":\"00000000-0000-0000-0000-").append(String.format("%012d", i))
                    .append("\",\"text\":\"Engineer\",\"hostedUrl\":\"https://jobs.lever.co/acme/00000000-0000-0000-0000-")
                    .append(String.format("%012d", i)).append("\"}");
        }
        BoardPage page = parse(new Board(AtsType.LEVER, "acme", "Acme"), body.append("]").toString());
        assertEquals(100, page.jobs().size());
        assertEquals("https://api.lever.co/v0/postings/acme?mode=json&skip=100&limit=100", page.next().uri().toString());
    }

    @Test
    void ashbyReadsCompensationAndSkipsUnlistedJobs() {
        Board board = new Board(AtsType.ASHBY, "openai", "OpenAI");
        List<JobPosting> jobs = parse(board, Fixtures.read("ashby/posting-api-job-board.tideline.json")).jobs();

        assertEquals(2, jobs.size(), "the unlisted job is left out");
        JobPosting tpm = jobs.get(0);
        assertEquals("Technical Program Manager, Compute Infrastructure", tpm.title());
        assertEquals(new SalaryRange(257000.0, 335000.0, "USD", SalaryRange.Period.YEAR), tpm.salary());
        assertEquals(Instant.parse("2026-03-12T16:38:15.322Z"), tpm.postedAt());
        assertEquals(new JobLinkParser().parse(tpm.applyUrl()).canonicalKey(), tpm.jobKey());
        assertEquals("https://jobs.ashbyhq.com/openai/8fb1615c-34bf-47c4-a1d1-b7b2f836bbd3", tpm.applyUrl());
        assertNull(jobs.get(1).salary(), "no compensation tiers, no salary");
    }

    @Test
    void ashbyReadsSecondaryLocationsWorkplaceAndEmploymentType() {
        Board board = new Board(AtsType.ASHBY, "ramp", "Ramp");
        JobPosting job = parse(board, Fixtures.read("ashby/posting-api-job-board.intern-radar.json")).jobs().get(0);

        assertEquals("Security Engineer, Cloud", job.title());
        assertEquals(List.of("New York, NY (HQ)", "Remote (Canada)", "Remote (US)", "Miami, FL"), job.locations());
        assertEquals(WorkType.HYBRID, job.workType());
        assertEquals(JobType.FULL_TIME, job.jobType());
        assertEquals(ExperienceLevel.MID, job.experienceLevel());
    }

    @Test
    void ashbyUnknownOrganisationIsNotFound() {
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> parse(new Board(AtsType.ASHBY, "nope", "Nope"), "{\"success\":false}"));
        assertEquals(ErrorCode.NOT_FOUND, e.code());
    }

    @Test
    void smartRecruitersReadsLevelsTypesAndBuildsTheJobPage() {
        Board board = new Board(AtsType.SMARTRECRUITERS, "WesternDigital", "Western Digital");
        BoardPage page = parse(board, Fixtures.read("smartrecruiters/postings-list.intern-radar.json"));

        assertEquals(3, page.jobs().size());
        assertNull(page.next(), "totalFound 3 is reached");
        JobPosting manager = page.jobs().get(0);
        assertEquals("Western Digital", manager.companyName());
        assertEquals(List.of("Fujisawa, Kanagawa, Japan"), manager.locations());
        assertEquals(JobType.FULL_TIME, manager.jobType());
        assertEquals(ExperienceLevel.JUNIOR, manager.experienceLevel(), "SmartRecruiters' associate level");
        assertEquals(WorkType.ON_SITE, manager.workType());
        assertEquals("https://jobs.smartrecruiters.com/WesternDigital/744000141247940-environmental-health-safety-manager",
                manager.applyUrl());
        JobPosting intern = page.jobs().get(1);
        assertEquals(ExperienceLevel.INTERN, intern.experienceLevel());
        assertEquals(JobType.INTERNSHIP, intern.jobType());
        assertEquals(Instant.parse("2026-08-03T10:34:13.038Z"), intern.postedAt());
        assertEquals("smartrecruiters:westerndigital:744000141229015", intern.jobKey());
    }

    @Test
    void smartRecruitersPagesByOffsetUntilTotalFound() {
        Board board = new Board(AtsType.SMARTRECRUITERS, "Acme", "Acme");
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            content.append(i == 0 ? "" : ",").append("{\"id\":\"7440000000").append(String.format("%05d", i))
                    .append("\",\"name\":\"Engineer\"}");
        }
        BoardPage page = parse(board, "{\"offset\":0,\"limit\":100,\"totalFound\":250,\"content\":[" + content + "]}");
        assertEquals("https://api.smartrecruiters.com/v1/companies/Acme/postings?limit=100&offset=100",
                page.next().uri().toString());
        assertEquals(0, parse(board, "{\"offset\":0,\"limit\":100,\"totalFound\":0,\"content\":[]}").jobs().size());
    }

    @Test
    void workdayReadsRelativeDatesAndBuildsTheJobPage() {
        Board board = new Board(AtsType.WORKDAY, "acme.wd5/External", "Acme");
        BoardPage page = parse(board, Fixtures.read("workday/cxs-jobs-list.intern-radar.json"));

        assertEquals(4, page.jobs().size());
        assertNull(page.next());
        JobPosting first = page.jobs().get(0);
        assertEquals("Quantitative Researcher Intern, Summer 2027", first.title());
        assertEquals("R1505", first.atsJobId());
        assertEquals(FETCHED.minus(Duration.ofDays(18)), first.postedAt());
        assertEquals(ExperienceLevel.INTERN, first.experienceLevel());
        assertEquals(JobType.INTERNSHIP, first.jobType());
        assertEquals(List.of("Boston"), first.locations());
        assertEquals("https://acme.wd5.myworkdayjobs.com/External/job/Boston/"
                + "Quantitative-Researcher-Intern--Summer-2027_R1505", first.applyUrl());
        assertEquals(new JobLinkParser().parse(first.applyUrl()).canonicalKey(), first.jobKey());
        assertEquals(FETCHED.minus(Duration.ofDays(30)), page.jobs().get(3).postedAt(), "Posted 30+ Days Ago");
    }

    @Test
    void workdayPostsThePagedBodyAndFollowsFullPages() {
        Board board = new Board(AtsType.WORKDAY, "acme.wd5/External", "Acme");
        WorkdaySource source = new WorkdaySource();
        BoardRequest first = source.firstRequest(board, real);
        assertEquals("POST", first.method());
        assertEquals("https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/External/jobs", first.uri().toString());
        assertEquals("{\"appliedFacets\":{},\"limit\":20,\"offset\":0,\"searchText\":\"\"}", first.body());
        StringBuilder postings = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            postings.append(i == 0 ? "" : ",").append("{\"title\":\"Engineer\",\"externalPath\":\"/job/X/Engineer_R")
                    .append(i).append("\",\"postedOn\":\"Posted Today\"}");
        }
        BoardPage page = source.parse(board, first, "{\"total\":45,\"jobPostings\":[" + postings + "]}", real);
        assertEquals(FETCHED, page.jobs().get(0).postedAt());
        assertTrue(page.next().body().contains("\"offset\":20"));
        // Later pages report total 0: paging goes on while pages are full.
        BoardPage second = source.parse(board, page.next(), "{\"total\":0,\"jobPostings\":[" + postings + "]}", real);
        assertTrue(second.next().body().contains("\"offset\":40"));
    }

    @Test
    void workdayPracticeLinksKeepTheirKeyOnThePracticeServer() {
        URI practiceBase = URI.create("http://127.0.0.1:7123");
        JobLinkParser parser = new JobLinkParser(List.of(new HostAlias(practiceBase + "/practice/workday",
                AtsType.WORKDAY)));
        SourceContext practice = new SourceContext(BoardApiSettings.practice(practiceBase), parser, FETCHED);
        Board board = new Board(AtsType.WORKDAY, "acme.wd5/External", "Acme");
        WorkdaySource source = new WorkdaySource();
        BoardRequest first = source.firstRequest(board, practice);
        assertEquals("http://127.0.0.1:7123/practice/board-api/workday/acme.wd5/wday/cxs/acme/External/jobs",
                first.uri().toString());
        JobPosting job = source.parse(board, first, Fixtures.read("workday/cxs-jobs-list.intern-radar.json"), practice)
                .jobs().get(0);
        assertEquals("http://127.0.0.1:7123/practice/workday/acme/External/job/Boston/"
                + "Quantitative-Researcher-Intern--Summer-2027_R1505", job.applyUrl());
        assertTrue(job.jobKey().startsWith("workday:acme"), job.jobKey());
    }

    @Test
    void workableReadsTheWidgetShape() {
        String body = """
                {"name":"Fernleaf","description":"We grow.","jobs":[
                 {"title":"Senior Backend Engineer","shortcode":"A1B2C3D4E5","code":"","employment_type":"Full-time",
                  "telecommuting":true,"department":"Eng","url":"https://apply.workable.com/fernleaf/j/A1B2C3D4E5/",
                  "shortlink":"https://apply.workable.com/j/A1B2C3D4E5","application_url":"https://apply.workable.com/fernleaf/j/A1B2C3D4E5/apply",
                  "published_on":"2026-08-01","created_at":"2026-07-30","country":"United States","city":"Austin","state":"Texas",
                  "experience":"Mid-Senior level","locations":[{"country":"United States","countryCode":"US","city":"Austin","region":"Texas","hidden":false}]},
                 {"title":"Office Manager","shortcode":"FFFFFFFFFF","employment_type":"Part-time","telecommuting":false,
                  "url":"https://apply.workable.com/fernleaf/j/FFFFFFFFFF/","published_on":"2026-07-01","locations":[]}]}
                """;
        List<JobPosting> jobs = parse(new Board(AtsType.WORKABLE, "fernleaf", null), body).jobs();

        assertEquals(2, jobs.size());
        JobPosting senior = jobs.get(0);
        assertEquals("Fernleaf", senior.companyName());
        assertEquals("A1B2C3D4E5", senior.atsJobId());
        assertEquals(WorkType.REMOTE, senior.workType());
        assertEquals(JobType.FULL_TIME, senior.jobType());
        assertEquals(ExperienceLevel.SENIOR, senior.experienceLevel(), "'Mid-Senior level' says nothing; the title does");
        assertEquals(List.of("Austin, Texas, United States"), senior.locations());
        assertEquals(Instant.parse("2026-08-01T00:00:00Z"), senior.postedAt());
        assertEquals(JobType.PART_TIME, jobs.get(1).jobType());
        assertNull(jobs.get(1).workType());
    }

    @Test
    void recruiteeReadsOffers() {
        String body = """
                {"offers":[{"id":101,"slug":"backend-developer","title":"Jr. Backend Developer","location":"Amsterdam, Netherlands",
                  "city":"Amsterdam","country":"Netherlands","country_code":"NL","remote":false,"hybrid":true,"on_site":false,
                  "careers_url":"https://fernleaf.recruitee.com/o/backend-developer","careers_apply_url":"https://fernleaf.recruitee.com/o/backend-developer/c/new",
                  "company_name":"Fernleaf BV","employment_type_code":"fulltime","experience_code":"entry_level",
                  "status":"published","published_at":"2026-08-02 09:30:00 UTC","salary":{"min":"4000","max":"5000","period":"month","currency":"EUR"}},
                 {"id":102,"slug":"draft","title":"Draft","status":"draft","careers_url":"https://fernleaf.recruitee.com/o/draft"}]}
                """;
        List<JobPosting> jobs = parse(new Board(AtsType.RECRUITEE, "fernleaf", "Fernleaf"), body).jobs();

        assertEquals(1, jobs.size(), "only published offers");
        JobPosting job = jobs.get(0);
        assertEquals("Fernleaf BV", job.companyName());
        assertEquals(WorkType.HYBRID, job.workType());
        assertEquals(JobType.FULL_TIME, job.jobType());
        assertEquals(ExperienceLevel.JUNIOR, job.experienceLevel());
        assertEquals(Instant.parse("2026-08-02T09:30:00Z"), job.postedAt());
        assertEquals(new SalaryRange(4000.0, 5000.0, "EUR", SalaryRange.Period.MONTH), job.salary());
        assertEquals("recruitee:fernleaf:backend-developer", job.jobKey());
        assertEquals("https://fernleaf.recruitee.com/api/offers/", sources.forAts(AtsType.RECRUITEE).orElseThrow()
                .firstRequest(new Board(AtsType.RECRUITEE, "fernleaf", null), real).uri().toString());
    }

    @Test
    void bambooHrReadsTheCareersList() {
        String body = """
                {"meta":{"totalCount":2},"result":[
                 {"id":"17","jobOpeningName":"Customer Support Specialist","departmentId":"3","departmentLabel":"Support",
                  "employmentStatusLabel":"Full-Time","location":{"city":"Denver","state":"Colorado"},
                  "atsLocation":{"country":"United States","state":"Colorado","province":null,"city":"Denver"},"isRemote":null,"locationType":"0"},
                 {"id":"18","jobOpeningName":"Support Intern","employmentStatusLabel":"Part-Time","location":{"city":null,"state":null},
                  "atsLocation":{"country":null,"state":null,"province":null,"city":null},"isRemote":true,"locationType":"1"}]}
                """;
        List<JobPosting> jobs = parse(new Board(AtsType.BAMBOOHR, "fernleaf", "Fernleaf"), body).jobs();

        assertEquals(2, jobs.size());
        assertEquals(List.of("Denver, Colorado, United States"), jobs.get(0).locations());
        assertEquals(WorkType.ON_SITE, jobs.get(0).workType());
        assertEquals(JobType.FULL_TIME, jobs.get(0).jobType());
        assertEquals("https://fernleaf.bamboohr.com/careers/17", jobs.get(0).applyUrl());
        assertEquals("bamboohr:fernleaf:17", jobs.get(0).jobKey());
        assertNull(jobs.get(0).postedAt());
        assertEquals(WorkType.REMOTE, jobs.get(1).workType());
        assertEquals(JobType.PART_TIME, jobs.get(1).jobType(), "the board's type wins over the title");
        assertEquals(ExperienceLevel.INTERN, jobs.get(1).experienceLevel());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "greenhouse | acme | https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true | P/greenhouse/v1/boards/acme/jobs?content=true",
            "lever | acme | https://api.lever.co/v0/postings/acme?mode=json&skip=0&limit=100 | P/lever/v0/postings/acme?mode=json&skip=0&limit=100",
            "ashby | Acme | https://api.ashbyhq.com/posting-api/job-board/Acme?includeCompensation=true | P/ashby/posting-api/job-board/Acme?includeCompensation=true",
            "workable | acme | https://apply.workable.com/api/v1/widget/accounts/acme?details=true | P/workable/api/v1/widget/accounts/acme?details=true",
            "smartrecruiters | Acme | https://api.smartrecruiters.com/v1/companies/Acme/postings?limit=100&offset=0 | P/smartrecruiters/v1/companies/Acme/postings?limit=100&offset=0",
            "recruitee | acme | https://acme.recruitee.com/api/offers/ | P/recruitee/acme/api/offers/",
            "workday | acme.wd5/External | https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/External/jobs | P/workday/acme.wd5/wday/cxs/acme/External/jobs",
            "bamboohr | acme | https://acme.bamboohr.com/careers/list | P/bamboohr/acme/careers/list",
    })
    void requestsFollowTheBoardApiLayout(String ats, String token, String realUrl, String practiceUrl) {
        Board board = new Board(AtsType.fromApiValue(ats), token, "Acme");
        JobSource source = sources.forAts(board.ats()).orElseThrow();
        SourceContext practice = new SourceContext(BoardApiSettings.practice(URI.create("http://127.0.0.1:9000")),
                new JobLinkParser(), FETCHED);

        assertEquals(realUrl, source.firstRequest(board, real).uri().toString());
        assertEquals(practiceUrl.replace("P/", "http://127.0.0.1:9000/practice/board-api/"),
                source.firstRequest(board, practice).uri().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"greenhouse", "lever", "ashby", "workable", "smartrecruiters", "recruitee", "workday",
            "bamboohr"})
    void aBodyThatIsNotTheApiShapeIsAValidationErrorNamingTheBoard(String ats) {
        Board board = new Board(AtsType.fromApiValue(ats), ats.equals("workday") ? "acme.wd1/Site" : "acme", "Acme");
        for (String body : List.of("<html>Service unavailable</html>", "", "{\"unexpected\":true}", "42")) {
            ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> parse(board, body), body);
            assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
            assertTrue(e.getMessage().contains("'" + board.token() + "'") && e.getMessage().contains("Acme"),
                    e.getMessage());
        }
    }
}
