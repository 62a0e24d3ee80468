package io.applydesk.automation.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.automation.sandbox.smartrecruiters.SmartRecruitersJob;
import io.applydesk.automation.sandbox.smartrecruiters.SmartRecruitersJobs;
import io.applydesk.automation.sandbox.smartrecruiters.SmartRecruitersReplica;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLink;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.json.Json;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
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

/** The SmartRecruiters replica over plain HTTP: posting and OneClick pages, the CV parse, the apply call, failures. */
class SmartRecruitersReplicaTest extends PracticeHttpTest {
    private static final SmartRecruitersJob QA = SmartRecruitersJobs.QA_ENGINEER;
    private static final byte[] RESUME = "%PDF-1.4 practice resume".getBytes(StandardCharsets.US_ASCII);

    @Test
    void jobsAreOneClickFormsWhichTheLinkParserReadsAsTheCompanysPublication() {
        List<PracticeJob> jobs = ats.jobs().stream().filter(job -> job.atsType() == AtsType.SMARTRECRUITERS).toList();
        assertEquals(List.of(SmartRecruitersJobs.PLATFORM_ENGINEER.publication(), QA.publication()),
                jobs.stream().map(PracticeJob::jobId).toList());
        JobLinkParser parser = new JobLinkParser(ats.hostAliases());
        for (PracticeJob job : jobs) {
            assertFalse(job.needsCandidateInput());
            JobLink link = parser.parse(job.url());
            assertEquals(AtsType.SMARTRECRUITERS, link.atsType());
        }
        assertEquals(AtsType.SMARTRECRUITERS, parser.parse(url(QA.postingPath())).atsType());
    }

    @Test
    void postingLinksToOneClickWhichStartsResumeFirstWithHiddenFileInputs() throws Exception {
        HttpResponse<String> posting = get(url(QA.postingPath()));
        assertEquals(200, posting.statusCode());
        assertTrue(posting.body().contains("href=\"" + SmartRecruitersReplica.PREFIX + QA.oneClickPath() + "\""),
                posting.body());
        String oneClick = get(url(QA.oneClickPath())).body();
        assertTrue(oneClick.contains("<input type=\"file\" id=\"resume-first-input\" class=\"oc-file-input\""), oneClick);
        assertTrue(oneClick.contains("I don't have a resume"));
        assertTrue(oneClick.contains("<form id=\"oneclick-form\" class=\"oc-form\" novalidate hidden>"));
        assertTrue(oneClick.contains("id=\"first-name-input\"") && oneClick.contains("id=\"phone-number-input\""));
    }

    @Test
    void theParseReadsTheResumeImperfectlyAndTheApplicationIsRecordedAsSent() throws Exception {
        JsonNode parsed = parse();
        assertEquals("JORDAN", parsed.at("/candidate/firstName").asText());
        ObjectNode body = complete(parsed.get("fileId").asText());

        HttpResponse<String> answer = apply(body);

        assertEquals(200, answer.statusCode(), answer.body());
        RecordedSubmission submission = ats.submissionsFor(QA.publication()).get(0);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("firstName", List.of("Jordan"));
        expected.put("lastName", List.of("Rivera"));
        expected.put("email", List.of("jordan.rivera@example.com"));
        expected.put("confirmEmail", List.of("jordan.rivera@example.com"));
        expected.put("phoneNumber", List.of("+1 5125550147"));
        expected.put("location", List.of("Austin, TX"));
        expected.put("answers[7a1b2c30]", List.of("No"));
        expected.put("answers[7a1b2c31]", List.of("Yes"));
        expected.put("consent", List.of("true"));
        assertEquals(expected, submission.fields());
        assertArrayEquals(RESUME, submission.file("resume").bytes());
        assertEquals("smartrecruiters", submission.atsType());
    }

    @Test
    void missingAnswersMismatchedEmailsAndNoResumeAreRefused() throws Exception {
        ObjectNode body = complete("no-such-file");
        body.put("confirmEmail", "someone@example.com");
        ((ObjectNode) body.get("answers")).remove("7a1b2c31");
        body.put("consent", false);

        HttpResponse<String> answer = apply(body);

        assertEquals(400, answer.statusCode());
        List<String> fields = new ArrayList<>();
        Json.mapper().readTree(answer.body()).get("errors").fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("confirmEmail", "resume", "answers[7a1b2c31]", "consent"), fields);
        assertTrue(ats.submissions().isEmpty());
        assertEquals(1, ats.rejectedSubmissionCount());
    }

    @Test
    void aCaptchaJobAcceptsTheApplicationOnceTheBrowserHoldsDataDomesCookie() throws Exception {
        ObjectNode body = complete(parse().get("fileId").asText());
        ats.setFailure(QA.publication(), PracticeFailure.CAPTCHA);
        String challenge = Json.mapper().readTree(apply(body).body()).get("url").asText();
        assertTrue(get(challenge).body().contains(SmartRecruitersReplica.SOLVED_CHALLENGE_COOKIE), "Verify hands it over");
        HttpResponse<String> accepted = send(HttpRequest.newBuilder(URI.create(api("apply")))
                .header("Content-Type", "application/json")
                .header("Cookie", "_ga=1; " + SmartRecruitersReplica.SOLVED_CHALLENGE_COOKIE)
                .POST(HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(body))).build());
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals(1, ats.submissions().size());
        assertEquals(1, ats.rejectedSubmissionCount());
    }

    @Test
    void failureStatesAnswerAsSmartRecruitersDoesAndRecordNothing() throws Exception {
        ObjectNode body = complete(parse().get("fileId").asText());
        ats.setFailure(QA.publication(), PracticeFailure.CAPTCHA);
        HttpResponse<String> blocked = apply(body);
        assertEquals(403, blocked.statusCode());
        String challenge = Json.mapper().readTree(blocked.body()).get("url").asText();
        assertTrue(challenge.contains("geo.captcha-delivery.com/captcha/?initialCid="), challenge);
        assertEquals(200, get(challenge).statusCode());
        Map<PracticeFailure, Integer> statuses = new LinkedHashMap<>();
        statuses.put(PracticeFailure.REJECTED, 400);
        statuses.put(PracticeFailure.ALREADY_APPLIED, 409);
        statuses.put(PracticeFailure.SERVER_ERROR, 500);
        statuses.put(PracticeFailure.CLOSED, 404);
        for (Map.Entry<PracticeFailure, Integer> failure : statuses.entrySet()) {
            ats.setFailure(QA.publication(), failure.getKey());
            assertEquals(failure.getValue(), apply(body).statusCode(), failure.getKey().name());
        }
        assertEquals(404, get(url(QA.oneClickPath())).statusCode());
        assertEquals(404, get(url(QA.postingPath())).statusCode());
        assertTrue(ats.submissions().isEmpty());
    }

    private ObjectNode complete(String fileId) {
        ObjectNode body = Json.mapper().createObjectNode().put("firstName", "Jordan").put("lastName", "Rivera")
                .put("email", "jordan.rivera@example.com").put("confirmEmail", "jordan.rivera@example.com")
                .put("phoneNumber", "+1 5125550147").put("location", "Austin, TX").put("resumeFileId", fileId)
                .put("consent", true);
        body.putObject("answers").put("7a1b2c30", "No").put("7a1b2c31", "Yes").put("7a1b2c32", "");
        return body;
    }

    private JsonNode parse() throws Exception {
        MultipartBody multipart = new MultipartBody().file("file", "resume.pdf", "application/pdf", RESUME);
        return Json.mapper().readTree(post(api("resume"), multipart).body());
    }

    private HttpResponse<String> apply(JsonNode body) throws Exception {
        return postJson(api("apply"), Json.mapper().writeValueAsString(body));
    }

    private String api(String action) {
        return url("/oneclick-ui/api/company/" + QA.company() + "/publication/" + QA.publication() + "/" + action);
    }

    private String url(String path) {
        return ats.baseUrl() + SmartRecruitersReplica.PREFIX + path;
    }
}
