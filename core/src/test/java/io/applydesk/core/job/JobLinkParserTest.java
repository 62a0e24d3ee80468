package io.applydesk.core.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JobLinkParserTest {
    private final JobLinkParser parser = new JobLinkParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // url | ats | tenant | jobId | canonicalKey
        "https://boards.greenhouse.io/acme/jobs/4012345 | GREENHOUSE | acme | 4012345 | greenhouse:*:4012345",
        "https://boards.eu.greenhouse.io/Acme/jobs/4012345?gh_src=abc | GREENHOUSE | acme | 4012345 | greenhouse:*:4012345",
        "https://job-boards.greenhouse.io/acme/jobs/4012345 | GREENHOUSE | acme | 4012345 | greenhouse:*:4012345",
        "https://job-boards.eu.greenhouse.io/imc/jobs/4012345#app | GREENHOUSE | imc | 4012345 | greenhouse:*:4012345",
        "https://boards.greenhouse.io/embed/job_app?for=acme&token=4012345 | GREENHOUSE | acme | 4012345 | greenhouse:*:4012345",
        "https://job-boards.greenhouse.io/embed/job_app?token=4012345&for=acme&validityToken=xyz | GREENHOUSE | acme | 4012345 | greenhouse:*:4012345",
        "https://careers.acme.com/jobs/open?gh_jid=4012345&gh_src=li | GREENHOUSE | - | 4012345 | greenhouse:*:4012345",
        "https://boards.greenhouse.io/acme | GREENHOUSE | acme | - | url:boards.greenhouse.io/acme",
        "https://jobs.lever.co/northwind/5ac21346-8e0c-4494-8e7a-3eb92ff77902 | LEVER | northwind | 5ac21346-8e0c-4494-8e7a-3eb92ff77902 | lever:northwind:5ac21346-8e0c-4494-8e7a-3eb92ff77902",
        "https://jobs.lever.co/Northwind/5AC21346-8E0C-4494-8E7A-3EB92FF77902/apply?lever-source=LinkedIn | LEVER | northwind | 5ac21346-8e0c-4494-8e7a-3eb92ff77902 | lever:northwind:5ac21346-8e0c-4494-8e7a-3eb92ff77902",
        "https://jobs.eu.lever.co/northwind/5ac21346-8e0c-4494-8e7a-3eb92ff77902/thanks | LEVER | northwind | 5ac21346-8e0c-4494-8e7a-3eb92ff77902 | lever:northwind:5ac21346-8e0c-4494-8e7a-3eb92ff77902",
        "https://jobs.ashbyhq.com/NorthWind/1f0e9a3c-55b8-4a8e-9d4e-0c1d2e3f4a5b | ASHBY | NorthWind | 1f0e9a3c-55b8-4a8e-9d4e-0c1d2e3f4a5b | ashby:*:1f0e9a3c-55b8-4a8e-9d4e-0c1d2e3f4a5b",
        "https://jobs.ashbyhq.com/NorthWind/1f0e9a3c-55b8-4a8e-9d4e-0c1d2e3f4a5b/application?utm_source=x | ASHBY | NorthWind | 1f0e9a3c-55b8-4a8e-9d4e-0c1d2e3f4a5b | ashby:*:1f0e9a3c-55b8-4a8e-9d4e-0c1d2e3f4a5b",
        "https://northwind.example/careers?ashby_jid=1f0e9a3c-55b8-4a8e-9d4e-0c1d2e3f4a5b | ASHBY | - | 1f0e9a3c-55b8-4a8e-9d4e-0c1d2e3f4a5b | ashby:*:1f0e9a3c-55b8-4a8e-9d4e-0c1d2e3f4a5b",
        "https://apply.workable.com/northwind/j/4A1B2C3D4E/ | WORKABLE | northwind | 4A1B2C3D4E | workable:*:4A1B2C3D4E",
        "https://apply.workable.com/northwind/j/4a1b2c3d4e/apply/ | WORKABLE | northwind | 4A1B2C3D4E | workable:*:4A1B2C3D4E",
        "https://apply.workable.com/j/4A1B2C3D4E | WORKABLE | - | 4A1B2C3D4E | workable:*:4A1B2C3D4E",
        "https://northwind.workable.com/j/4A1B2C3D4E | WORKABLE | northwind | 4A1B2C3D4E | workable:*:4A1B2C3D4E",
        "https://jobs.smartrecruiters.com/Northwind/743999912345678-senior-data-engineer | SMARTRECRUITERS | northwind | 743999912345678 | smartrecruiters:northwind:743999912345678",
        "https://jobs.smartrecruiters.com/northwind/743999912345678?trid=abc | SMARTRECRUITERS | northwind | 743999912345678 | smartrecruiters:northwind:743999912345678",
        "https://jobs.smartrecruiters.com/oneclick-ui/company/Northwind/publication/0b7e3c52-1d2a-4f4e-9a7b-6c5d4e3f2a1b?dcr_ci=Northwind | SMARTRECRUITERS | northwind | 0b7e3c52-1d2a-4f4e-9a7b-6c5d4e3f2a1b | smartrecruiters:northwind:0b7e3c52-1d2a-4f4e-9a7b-6c5d4e3f2a1b",
        "https://careers.smartrecruiters.com/Northwind | SMARTRECRUITERS | northwind | - | url:careers.smartrecruiters.com/Northwind",
        "https://northwind.wd5.myworkdayjobs.com/External/job/Seattle-WA/Data-Engineer_R1505 | WORKDAY | northwind | R1505 | workday:northwind:R1505",
        "https://northwind.wd5.myworkdayjobs.com/en-US/External/job/Seattle-WA/Data-Engineer_R1505/apply | WORKDAY | northwind | R1505 | workday:northwind:R1505",
        "https://northwind.wd5.myworkdayjobs.com/External/job/Seattle-WA/Data-Engineer_R1505/apply/applyManually | WORKDAY | northwind | R1505 | workday:northwind:R1505",
        "https://wd5.myworkdaysite.com/recruiting/northwind/External/job/Seattle-WA/Data-Engineer_R1505/apply/autofillWithResume | WORKDAY | northwind | R1505 | workday:northwind:R1505",
        "https://wd3.myworkdaysite.com/en-US/recruiting/northwind/Careers/job/Remote/Analyst_JR-1001 | WORKDAY | northwind | JR-1001 | workday:northwind:JR-1001",
        "https://northwind.wd1.myworkdayjobs.com/Careers/job/Austin/Engineer_2601695-1/useMyLastApplication | WORKDAY | northwind | 2601695-1 | workday:northwind:2601695-1",
        "https://northwind.bamboohr.com/careers/42 | BAMBOOHR | northwind | 42 | bamboohr:northwind:42",
        "https://northwind.bamboohr.com/jobs/view.php?id=42&source=indeed | BAMBOOHR | northwind | 42 | bamboohr:northwind:42",
        "https://northwind.recruitee.com/o/data-engineer | RECRUITEE | northwind | data-engineer | recruitee:northwind:data-engineer",
        "https://northwind.recruitee.com/o/data-engineer/c/new?utm_medium=x | RECRUITEE | northwind | data-engineer | recruitee:northwind:data-engineer",
        "https://www.northwind.example/careers/data-engineer/ | UNKNOWN | - | - | url:northwind.example/careers/data-engineer",
        "http://Northwind.Example:8080/jobs?jobId=77&utm_source=x&ref=y#top | UNKNOWN | - | - | url:northwind.example:8080/jobs?jobid=77",
    })
    void recognisesEveryAts(String url, AtsType ats, String tenant, String jobId, String key) {
        JobLink link = parser.parse(url);
        assertEquals(ats, link.atsType(), "ats");
        assertEquals(tenant, link.tenant(), "tenant");
        assertEquals(jobId, link.jobId(), "jobId");
        assertEquals(key, link.canonicalKey(), "key");
        assertEquals(url, link.uri().toString());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "https://boards.greenhouse.io/acme/jobs/4012345 | https://job-boards.eu.greenhouse.io/acme/jobs/4012345?gh_src=x",
        "https://boards.greenhouse.io/acme/jobs/4012345 | https://boards.greenhouse.io/embed/job_app?for=acme&token=4012345",
        "https://boards.greenhouse.io/acme/jobs/4012345 | https://careers.acme.com/open-roles?gh_jid=4012345",
        "https://jobs.lever.co/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902 | http://jobs.lever.co/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902/apply?lever-source=x",
        "https://jobs.ashbyhq.com/Acme/1f0e9a3c-55b8-4a8e-9d4e-0c1d2e3f4a5b/application | https://acme.example/jobs?ashby_jid=1f0e9a3c-55b8-4a8e-9d4e-0c1d2e3f4a5b&ashby_jid_source=x",
        "https://apply.workable.com/acme/j/4A1B2C3D4E/apply/ | https://apply.workable.com/j/4A1B2C3D4E",
        "https://acme.wd5.myworkdayjobs.com/en-US/External/job/X/Title_R1505 | https://wd5.myworkdaysite.com/recruiting/acme/External/job/X/Title_R1505/apply",
        "https://acme.recruitee.com/o/data-engineer | https://acme.recruitee.com/o/data-engineer/c/new",
        "https://acme.example/careers/role-1/ | http://www.acme.example/careers/role-1?utm_campaign=x&source=y&ref=z#apply",
    })
    void variantsOfOneJobHaveOneKey(String a, String b) {
        assertEquals(parser.parse(a).canonicalKey(), parser.parse(b).canonicalKey());
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', value = {
        "https://boards.greenhouse.io/acme/jobs/4012345 | https://boards.greenhouse.io/acme/jobs/4012346",
        "https://jobs.lever.co/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902 | https://jobs.lever.co/other/5ac21346-8e0c-4494-8e7a-3eb92ff77902",
        "https://acme.wd5.myworkdayjobs.com/External/job/X/Title_R1505 | https://other.wd5.myworkdayjobs.com/External/job/X/Title_R1505",
        "https://acme.example/jobs?id=1 | https://acme.example/jobs?id=2",
        "https://acme.example/careers/Role | https://acme.example/careers/role",
    })
    void differentJobsHaveDifferentKeys(String a, String b) {
        assertNotEquals(parser.parse(a).canonicalKey(), parser.parse(b).canonicalKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hello", "www.acme.com/jobs/1", "ftp://acme.com/job", "mailto:jobs@acme.com",
        "https://", "http:///jobs/1", "https://acme.com/a b", "/jobs/1"})
    void refusesAnythingButAbsoluteWebLinks(String text) {
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> parser.parse(text));
        assertEquals(ErrorCode.INVALID_JOB_URL, e.code());
        assertEquals("'" + text.trim() + "' is not a web link to a job posting; it must start with http:// or https://.",
                e.getMessage());
    }

    @Test
    void refusesNull() {
        assertEquals(ErrorCode.INVALID_JOB_URL, assertThrows(ApplyDeskException.class, () -> parser.parse(null)).code());
    }

    @Test
    void hostAliasMakesAPrefixActAsTheAtsHost() {
        JobLinkParser aliased = new JobLinkParser(List.of(
                new HostAlias("http://127.0.0.1:4321/practice/greenhouse", AtsType.GREENHOUSE),
                new HostAlias("http://127.0.0.1:4321/practice/workday/", AtsType.WORKDAY),
                new HostAlias("http://127.0.0.1:4321/practice/bamboohr", AtsType.BAMBOOHR)));

        JobLink gh = aliased.parse("http://127.0.0.1:4321/practice/greenhouse/northwind/jobs/1001?gh_src=x");
        assertEquals(AtsType.GREENHOUSE, gh.atsType());
        assertEquals("northwind", gh.tenant());
        assertEquals("1001", gh.jobId());
        assertEquals(parser.parse("https://boards.greenhouse.io/northwind/jobs/1001").canonicalKey(), gh.canonicalKey());
        assertEquals("http://127.0.0.1:4321/practice/greenhouse/northwind/jobs/1001?gh_src=x", gh.uri().toString());

        JobLink wd = aliased.parse("http://127.0.0.1:4321/practice/workday/northwind/External/job/Leeds/Analyst_R77/apply");
        assertEquals(AtsType.WORKDAY, wd.atsType());
        assertEquals("workday:northwind:R77", wd.canonicalKey());

        JobLink bamboo = aliased.parse("http://127.0.0.1:4321/practice/bamboohr/northwind/careers/42");
        assertEquals("bamboohr:northwind:42", bamboo.canonicalKey());
    }

    @Test
    void aliasedLinkThatIsNotAJobPageKeepsTheAtsAndAUrlKey() {
        JobLinkParser aliased = new JobLinkParser(List.of(
                new HostAlias("http://127.0.0.1:4321/practice/greenhouse", AtsType.GREENHOUSE)));
        JobLink board = aliased.parse("http://127.0.0.1:4321/practice/greenhouse/northwind");
        assertEquals(AtsType.GREENHOUSE, board.atsType());
        assertEquals(null, board.jobId());
        assertEquals(parser.parse("https://boards.greenhouse.io/northwind").canonicalKey(), board.canonicalKey());
    }

    @Test
    void careersSiteAliasKeysAJobByItsSiteWhateverThePort() {
        JobLink before = new JobLinkParser(List.of(new HostAlias("http://127.0.0.1:4321/practice/careers", AtsType.UNKNOWN)))
                .parse("http://127.0.0.1:4321/practice/careers/fernleaf-studio/jobs/backend-developer");
        JobLink after = new JobLinkParser(List.of(new HostAlias("http://127.0.0.1:5555/practice/careers", AtsType.UNKNOWN)))
                .parse("http://127.0.0.1:5555/practice/careers/fernleaf-studio/jobs/backend-developer");

        assertEquals(AtsType.UNKNOWN, before.atsType());
        assertEquals("url:fernleaf-studio/jobs/backend-developer", before.canonicalKey());
        assertEquals(before.canonicalKey(), after.canonicalKey());
        assertNotEquals(before.canonicalKey(), new JobLinkParser(List.of(new HostAlias("http://127.0.0.1:4321/practice/careers", AtsType.UNKNOWN)))
                .parse("http://127.0.0.1:4321/practice/careers/brightwater-bakery/jobs/backend-developer").canonicalKey());
    }

    @Test
    void aliasPrefixMustEndAtASegmentBoundary() {
        JobLinkParser aliased = new JobLinkParser(List.of(
                new HostAlias("http://127.0.0.1:4321/practice/greenhouse", AtsType.GREENHOUSE)));
        JobLink other = aliased.parse("http://127.0.0.1:4321/practice/greenhouse2/northwind/jobs/1001");
        assertEquals(AtsType.UNKNOWN, other.atsType());
        assertEquals("url:127.0.0.1:4321/practice/greenhouse2/northwind/jobs/1001", other.canonicalKey());
    }

    @Test
    void employerPageWithoutAtsHintIsUnknown() {
        JobLink link = parser.parse("http://127.0.0.1:4321/employer/northwind/jobs/1001");
        assertEquals(AtsType.UNKNOWN, link.atsType());
        assertEquals("url:127.0.0.1:4321/employer/northwind/jobs/1001", link.canonicalKey());
    }
}
