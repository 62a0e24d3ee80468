package io.applydesk.automation.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.automation.sandbox.workable.WorkableJob;
import io.applydesk.automation.sandbox.workable.WorkableJobs;
import io.applydesk.automation.sandbox.workable.WorkableReplica;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLink;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.json.Json;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Workable replica over plain HTTP: the page shell, the CV upload and parse, the JSON apply and failure states. */
class WorkableReplicaTest extends PracticeHttpTest {
    private static final WorkableJob BACKEND = WorkableJobs.BACKEND_ENGINEER;
    private static final byte[] RESUME = "%PDF-1.4 practice resume".getBytes(StandardCharsets.US_ASCII);

    @Test
    void offersWorkableJobsAtTheirApplyPageWhichTheLinkParserRecognises() {
        List<PracticeJob> jobs = ats.jobs().stream().filter(job -> job.atsType() == AtsType.WORKABLE).toList();
        assertEquals(List.of(BACKEND.shortcode(), WorkableJobs.RELIABILITY_ENGINEER.shortcode()),
                jobs.stream().map(PracticeJob::jobId).toList());
        JobLinkParser parser = new JobLinkParser(ats.hostAliases());
        for (PracticeJob job : jobs) {
            assertFalse(job.needsCandidateInput());
            assertTrue(job.url().endsWith("/apply/"), job.url());
            JobLink link = parser.parse(job.url());
            assertEquals(AtsType.WORKABLE, link.atsType());
            assertEquals(job.jobId(), link.jobId());
        }
    }

    @Test
    void pageIsAShellThatTheScriptRendersWithTheJobsQuestions() throws Exception {
        HttpResponse<String> page = get(ats.baseUrl() + WorkableReplica.PREFIX + BACKEND.path() + "/apply/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<div id=\"app\"></div>"), page.body());
        assertFalse(page.body().contains("data-ui=\"application-form\""), "the form is built by the script");
        assertTrue(page.body().matches("(?s).*\"key\"\\s*:\\s*\"QA_6130201\".*"), page.body());
        assertTrue(page.body().matches("(?s).*\"tab\"\\s*:\\s*\"application\".*"));
        HttpResponse<String> overview = get(ats.baseUrl() + WorkableReplica.PREFIX + BACKEND.path() + "/");
        assertTrue(overview.body().matches("(?s).*\"tab\"\\s*:\\s*\"overview\".*"));
        String script = get(ats.baseUrl() + WorkableReplica.PREFIX + "/assets/workable.js").body();
        assertTrue(script.contains("cookie-consent-accept") && script.contains(WorkableReplica.SUCCESS_MARKER));
    }

    @Test
    void theUploadAnswersATokenAndTheParsersImperfectGuesses() throws Exception {
        JsonNode answer = upload();
        assertTrue(answer.get("token").asText().matches("[0-9a-f]{32}"));
        assertEquals("resume.pdf", answer.get("filename").asText());
        assertEquals("JORDAN", answer.at("/parsed/firstname").asText());
        assertEquals(WorkableReplica.PARSED.get("email"), answer.at("/parsed/email").asText());
    }

    @Test
    void aCompleteApplicationIsRecordedWithItsFieldsAndResume() throws Exception {
        String token = upload().get("token").asText();
        HttpResponse<String> response = apply(complete(token));

        assertEquals(200, response.statusCode(), response.body());
        RecordedSubmission sent = ats.submissionsFor(BACKEND.shortcode()).get(0);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("firstname", List.of("Jordan"));
        expected.put("lastname", List.of("Rivera"));
        expected.put("email", List.of("jordan.rivera@example.com"));
        expected.put("headline", List.of(""));
        expected.put("phone", List.of("+15125550147"));
        expected.put("address", List.of(""));
        expected.put("summary", List.of(""));
        expected.put("cover_letter", List.of(""));
        expected.put("QA_6130201", List.of("true"));
        expected.put("QA_6130202", List.of("false"));
        expected.put("QA_6130203", List.of("135000 USD"));
        expected.put("resume", List.of(token));
        assertEquals(expected, sent.fields());
        assertEquals("workable", sent.atsType());
        assertArrayEquals(RESUME, sent.file("resume").bytes());
    }

    @Test
    void missingRequiredFieldsAndAnUnknownResumeAreRefusedWithFieldErrors() throws Exception {
        ObjectNode body = complete("0123456789abcdef0123456789abcdef");
        ((ObjectNode) body.get("candidate")).put("email", "");
        HttpResponse<String> response = apply(body);

        assertEquals(422, response.statusCode());
        JsonNode errors = Json.mapper().readTree(response.body()).get("errors");
        assertEquals(WorkableReplica.REQUIRED_MESSAGE, errors.get("email").asText());
        assertEquals(WorkableReplica.REQUIRED_MESSAGE, errors.get("resume").asText());
        assertEquals(2, errors.size());
        assertTrue(ats.submissions().isEmpty());
        assertEquals(1, ats.rejectedSubmissionCount());
    }

    @Test
    void aCaptchaJobAcceptsTheApplicationSentAgainWithTurnstilesToken() throws Exception {
        String token = upload().get("token").asText();
        ats.setFailure(BACKEND.shortcode(), PracticeFailure.CAPTCHA);
        assertEquals(403, apply(complete(token)).statusCode());
        ObjectNode solved = complete(token).put("cf-turnstile-response", WorkableReplica.TURNSTILE_SOLVED);
        HttpResponse<String> accepted = apply(solved);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals(1, ats.submissions().size());
        assertEquals(1, ats.rejectedSubmissionCount());
    }

    @Test
    void failureStatesAnswerAsWorkableAndCloudflareDo() throws Exception {
        String token = upload().get("token").asText();
        ats.setFailure(BACKEND.shortcode(), PracticeFailure.CAPTCHA);
        HttpResponse<String> challenged = apply(complete(token));
        assertEquals(403, challenged.statusCode());
        assertEquals("challenge", challenged.headers().firstValue("cf-mitigated").orElse(""));
        ats.setFailure(BACKEND.shortcode(), PracticeFailure.ALREADY_APPLIED);
        HttpResponse<String> duplicate = apply(complete(token));
        assertEquals(409, duplicate.statusCode());
        assertTrue(duplicate.body().contains(WorkableReplica.ALREADY_APPLIED_MESSAGE));
        ats.setFailure(BACKEND.shortcode(), PracticeFailure.SERVER_ERROR);
        assertEquals(500, apply(complete(token)).statusCode());
        ats.setFailure(BACKEND.shortcode(), PracticeFailure.CLOSED);
        assertEquals(404, get(ats.baseUrl() + WorkableReplica.PREFIX + BACKEND.path() + "/apply/").statusCode());
        assertEquals(404, apply(complete(token)).statusCode());
        assertTrue(ats.submissions().isEmpty());
        assertEquals(2, ats.rejectedSubmissionCount());
    }

    private ObjectNode complete(String token) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.putObject("candidate").put("firstname", "Jordan").put("lastname", "Rivera")
                .put("email", "jordan.rivera@example.com").put("phone", "+15125550147");
        body.putArray("answers")
                .add(Json.mapper().createObjectNode().put("question_key", "QA_6130201").put("checked", true))
                .add(Json.mapper().createObjectNode().put("question_key", "QA_6130202").put("checked", false))
                .add(Json.mapper().createObjectNode().put("question_key", "QA_6130203").put("body", "135000 USD"));
        body.put("resume", token);
        return body;
    }

    private String api(String action) {
        return ats.baseUrl() + WorkableReplica.PREFIX + "/api/v1/jobs/" + BACKEND.shortcode() + "/" + action;
    }

    private JsonNode upload() throws Exception {
        MultipartBody body = new MultipartBody().file("file", "resume.pdf", "application/pdf", RESUME);
        HttpResponse<String> response = post(api("form/upload"), body);
        assertEquals(200, response.statusCode(), response.body());
        return Json.mapper().readTree(response.body());
    }

    private HttpResponse<String> apply(JsonNode body) throws Exception {
        return postJson(api("apply"), body.toString());
    }
}
