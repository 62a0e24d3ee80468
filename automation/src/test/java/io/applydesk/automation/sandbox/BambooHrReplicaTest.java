package io.applydesk.automation.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.automation.sandbox.bamboohr.BambooHrJob;
import io.applydesk.automation.sandbox.bamboohr.BambooHrJobs;
import io.applydesk.automation.sandbox.bamboohr.BambooHrReplica;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLink;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.json.Json;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The BambooHR replica over plain HTTP: the opening's page, the application POST and its failure states. */
class BambooHrReplicaTest extends PracticeHttpTest {
    private static final BambooHrJob DATA = BambooHrJobs.DATA_ENGINEER;
    private static final byte[] RESUME = "%PDF-1.4 practice resume".getBytes(StandardCharsets.US_ASCII);

    @Test
    void openingsAreAtTheirCareersUrlWhichTheLinkParserReadsAsTheSubDomainTenant() {
        List<PracticeJob> jobs = ats.jobs().stream().filter(job -> job.atsType() == AtsType.BAMBOOHR).toList();
        assertEquals(List.of("47", "112"), jobs.stream().map(PracticeJob::jobId).toList());
        JobLinkParser parser = new JobLinkParser(ats.hostAliases());
        for (PracticeJob job : jobs) {
            assertFalse(job.needsCandidateInput());
            JobLink link = parser.parse(job.url());
            assertEquals(AtsType.BAMBOOHR, link.atsType());
        }
        assertEquals(ats.baseUrl() + "/practice/bamboohr/pecanstreetcoop/careers/112", jobs.get(1).url());
    }

    @Test
    void pageFoldsTheFormAwayAndHidesTheResumeInput() throws Exception {
        HttpResponse<String> page = get(url(DATA.path()));
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<section class=\"CareersApplication\" aria-labelledby=\"apply-heading\" hidden>"), html);
        assertTrue(html.contains("type=\"file\" class=\"fab-FileUpload__input\" hidden"), html);
        assertTrue(html.contains("name=\"customQuestions[410]\""), html);
        assertTrue(html.contains("<meta property=\"og:site_name\" content=\"Pecan Street Co-op\">"), html);
    }

    @Test
    void completeApplicationIsRecordedWithItsFieldsAndResume() throws Exception {
        HttpResponse<String> answer = post(complete().file("resume", "resume.pdf", "application/pdf", RESUME));

        assertEquals(200, answer.statusCode(), answer.body());
        RecordedSubmission submission = ats.submissionsFor(DATA.jobId()).get(0);
        assertEquals(complete().fieldsSent(), submission.fields());
        assertEquals("bamboohr", submission.atsType());
        assertArrayEquals(RESUME, submission.file(BambooHrJobs.RESUME).bytes());
    }

    @Test
    void missingRequiredFieldsAreRefusedWithFieldErrors() throws Exception {
        HttpResponse<String> answer = post(new Body().field("firstName", "Jordan"));

        assertEquals(400, answer.statusCode());
        JsonNode errors = Json.mapper().readTree(answer.body()).get("errors");
        List<String> names = new ArrayList<>();
        errors.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("lastName", "email", "phone", "resume", "linkedinUrl", "customQuestions[410]"), names);
        assertEquals("This field is required.", errors.get("resume").asText());
        assertTrue(ats.submissions().isEmpty());
        assertEquals(1, ats.rejectedSubmissionCount());
    }

    @Test
    void aCaptchaJobAsksForTheChallengeAndAcceptsTheApplicationOnceItIsTicked() throws Exception {
        ats.setFailure(DATA.jobId(), PracticeFailure.CAPTCHA);
        HttpResponse<String> refused = post(complete().file("resume", "resume.pdf", "application/pdf", RESUME));
        assertEquals(403, refused.statusCode());
        assertTrue(Json.mapper().readTree(refused.body()).path("captcha").asBoolean(), refused.body());
        HttpResponse<String> accepted = post(complete().field("g-recaptcha-response", BambooHrReplica.RECAPTCHA_SOLVED)
                .file("resume", "resume.pdf", "application/pdf", RESUME));
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals(1, ats.submissions().size());
        assertEquals(1, ats.rejectedSubmissionCount());
    }

    @Test
    void failureStatesAnswerAsBambooHrDoesAndRecordNothing() throws Exception {
        Body body = complete().file("resume", "resume.pdf", "application/pdf", RESUME);
        Map<PracticeFailure, Integer> statuses = new LinkedHashMap<>();
        statuses.put(PracticeFailure.REJECTED, 400);
        statuses.put(PracticeFailure.CAPTCHA, 403);
        statuses.put(PracticeFailure.ALREADY_APPLIED, 409);
        statuses.put(PracticeFailure.SERVER_ERROR, 500);
        statuses.put(PracticeFailure.CLOSED, 404);
        for (Map.Entry<PracticeFailure, Integer> failure : statuses.entrySet()) {
            ats.setFailure(DATA.jobId(), failure.getKey());
            assertEquals(failure.getValue(), post(body).statusCode(), failure.getKey().name());
        }
        assertEquals(404, get(url(DATA.path())).statusCode());
        assertTrue(ats.submissions().isEmpty());
    }

    private static Body complete() {
        return new Body().field("firstName", "Jordan").field("lastName", "Rivera")
                .field("email", "jordan.rivera@example.com").field("phone", "+1 5125550147")
                .field("linkedinUrl", "https://www.linkedin.com/in/jordan-rivera-demo")
                .field("referredBy", "").field("customQuestions[410]", "No");
    }

    /** A multipart body and the non-blank fields the replica should record from it. */
    private static final class Body {
        private final MultipartBody multipart = new MultipartBody();
        private final Map<String, List<String>> sent = new LinkedHashMap<>();

        Body field(String name, String value) {
            multipart.field(name, value);
            if (!value.isBlank()) {
                sent.put(name, List.of(value));
            }
            return this;
        }

        Body file(String name, String fileName, String type, byte[] bytes) {
            multipart.file(name, fileName, type, bytes);
            return this;
        }

        Map<String, List<String>> fieldsSent() {
            return sent;
        }
    }

    private HttpResponse<String> post(Body body) throws Exception {
        return post(url(DATA.path() + "/apply"), body.multipart);
    }

    private String url(String path) {
        return ats.baseUrl() + BambooHrReplica.PREFIX + path;
    }
}
