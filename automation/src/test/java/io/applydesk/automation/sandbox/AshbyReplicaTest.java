package io.applydesk.automation.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.automation.sandbox.ashby.AshbyJob;
import io.applydesk.automation.sandbox.ashby.AshbyJobs;
import io.applydesk.automation.sandbox.ashby.AshbyReplica;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLink;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Ashby replica over plain HTTP: the page shell, the GraphQL-like endpoint, uploads and failure states. */
class AshbyReplicaTest extends PracticeHttpTest {
    private static final AshbyJob JAVA = AshbyJobs.JAVA_ENGINEER;
    private static final String LINKEDIN_PATH = "0f5a3c1e-2b44-4d6e-8a71-93c2d4e5f601";
    private static final String AUTHORIZED_PATH = "1a6b4d2f-3c55-4e7f-9b82-a4d3e5f60702";
    private static final String SPONSORSHIP_PATH = "2b7c5e30-4d66-4f80-8c93-b5e4f6071803";
    private static final String HEARD_PATH = "3c8d6f41-5e77-4091-9da4-c6f507182904";
    private static final byte[] RESUME = "%PDF-1.4 practice resume".getBytes(StandardCharsets.US_ASCII);

    @Test
    void offersAshbyJobsAtTheirApplicationTabWhichTheLinkParserRecognises() {
        List<PracticeJob> jobs = ats.jobs().stream().filter(job -> job.atsType() == AtsType.ASHBY).toList();
        assertEquals(List.of(JAVA.jobId(), AshbyJobs.PAYMENTS_ENGINEER.jobId()), jobs.stream().map(PracticeJob::jobId).toList());
        JobLinkParser parser = new JobLinkParser(ats.hostAliases());
        for (PracticeJob job : jobs) {
            assertFalse(job.needsCandidateInput());
            assertTrue(job.url().endsWith("/application"), job.url());
            JobLink link = parser.parse(job.url());
            assertEquals(AtsType.ASHBY, link.atsType());
        }
    }

    @Test
    void pageIsAnEmptyShellThatTheScriptHydrates() throws Exception {
        HttpResponse<String> page = get(ats.baseUrl() + AshbyReplica.PREFIX + JAVA.applicationPath());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<div id=\"root\"></div>"), page.body());
        assertFalse(page.body().contains("ashby-application-form-container"), "the form is built by the script");
        assertTrue(page.body().matches("(?s).*\"tab\"\\s*:\\s*\"application\".*"));
        HttpResponse<String> overview = get(ats.baseUrl() + AshbyReplica.PREFIX + JAVA.path());
        assertTrue(overview.body().matches("(?s).*\"tab\"\\s*:\\s*\"overview\".*"));
        HttpResponse<String> script = get(ats.baseUrl() + AshbyReplica.PREFIX + "/assets/ashby.js");
        assertTrue(script.body().contains("setTimeout(render"));
    }

    @Test
    void closedAndUnknownPostingsAnswerNotFound() throws Exception {
        String unknown = ats.baseUrl() + AshbyReplica.PREFIX + "/harborlight/00000000-0000-4000-8000-000000000000/application";
        assertEquals(404, get(unknown).statusCode());
        ats.setFailure(JAVA.jobId(), PracticeFailure.CLOSED);
        HttpResponse<String> closed = get(ats.baseUrl() + AshbyReplica.PREFIX + JAVA.applicationPath());
        assertEquals(404, closed.statusCode());
        assertTrue(closed.body().contains("Job not found"));
        JsonNode answer = submit(completeEntries(uploadResume()));
        assertEquals("NOT_FOUND", answer.at("/errors/0/extensions/code").asText());
        assertTrue(ats.submissions().isEmpty());
    }

    @Test
    void completeSubmissionIsRecordedWithItsFieldsAndResume() throws Exception {
        JsonNode answer = submit(completeEntries(uploadResume()));

        assertEquals("FormSubmitSuccess", answer.at("/data/submitApplicationFormAction/applicationFormResult/__typename").asText());
        RecordedSubmission submission = ats.submissionsFor(JAVA.jobId()).get(0);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put(AshbyJobs.NAME, List.of("Jordan Rivera"));
        expected.put(AshbyJobs.EMAIL, List.of("jordan.rivera@example.com"));
        expected.put(AshbyJobs.PHONE, List.of("+1 5125550147"));
        expected.put(AshbyJobs.LOCATION, List.of("Austin, Texas, United States"));
        expected.put(LINKEDIN_PATH, List.of("https://www.linkedin.com/in/jordan-rivera-demo"));
        expected.put(AUTHORIZED_PATH, List.of("true"));
        expected.put(SPONSORSHIP_PATH, List.of("false"));
        expected.put(HEARD_PATH, List.of("LinkedIn"));
        assertEquals(expected, submission.fields());
        assertEquals("ashby", submission.atsType());
        UploadedFile resume = submission.file(AshbyJobs.RESUME);
        assertEquals("resume.pdf", resume.fileName());
        assertArrayEquals(RESUME, resume.bytes());
    }

    @Test
    void typedLocationWithoutPickingAndMissingRequiredFieldsAreRefusedWithFieldErrors() throws Exception {
        ArrayNode entries = completeEntries(uploadResume());
        for (JsonNode entry : entries) {
            if (entry.get("path").asText().equals(AshbyJobs.LOCATION)) {
                ((ObjectNode) entry).put("value", "Austin");
            }
            if (entry.get("path").asText().equals(AUTHORIZED_PATH)) {
                ((ObjectNode) entry).putNull("value");
            }
        }
        JsonNode result = submit(entries).at("/data/submitApplicationFormAction/applicationFormResult");

        assertEquals("FormRender", result.get("__typename").asText());
        Map<String, String> errors = new LinkedHashMap<>();
        result.get("fieldErrors").forEach(error -> errors.put(error.get("path").asText(), error.get("message").asText()));
        assertEquals(Map.of(AshbyJobs.LOCATION, "Please select a location from the list.",
                AUTHORIZED_PATH, "This field is required."), errors);
        assertTrue(ats.submissions().isEmpty());
        assertEquals(1, ats.rejectedSubmissionCount());
    }

    @Test
    void failureStatesAnswerWithAshbysVerdictsAndRecordNothing() throws Exception {
        String handle = uploadResume();
        ats.setFailure(JAVA.jobId(), PracticeFailure.CAPTCHA);
        assertEquals(AshbyReplica.RECAPTCHA_CODE, submit(completeEntries(handle)).at("/errors/0/extensions/code").asText());
        ats.setFailure(JAVA.jobId(), PracticeFailure.ALREADY_APPLIED);
        assertEquals("FormSubmitBlocked", submit(completeEntries(handle))
                .at("/data/submitApplicationFormAction/applicationFormResult/__typename").asText());
        ats.setFailure(JAVA.jobId(), PracticeFailure.REJECTED);
        assertEquals("FormSubmitFailure", submit(completeEntries(handle))
                .at("/data/submitApplicationFormAction/applicationFormResult/__typename").asText());
        ats.setFailure(JAVA.jobId(), PracticeFailure.SERVER_ERROR);
        assertEquals("INTERNAL_SERVER_ERROR", submit(completeEntries(handle)).at("/errors/0/extensions/code").asText());
        assertTrue(ats.submissions().isEmpty());
        assertEquals(3, ats.rejectedSubmissionCount());
    }

    @Test
    void withoutConfirmationTheSubmissionIsRecordedButItsAnswerNeverComes() throws Exception {
        String handle = uploadResume();
        ats.setFailure(JAVA.jobId(), PracticeFailure.NO_CONFIRMATION);
        HttpRequest request = graphqlRequest("ApiSubmitSingleApplicationFormAction", submitVariables(completeEntries(handle)))
                .timeout(Duration.ofSeconds(1)).build();
        assertThrows(HttpTimeoutException.class, () -> send(request));
        assertEquals(1, ats.submissionsFor(JAVA.jobId()).size());
    }

    @Test
    void locationSearchSuggestsPlacesForTwoOrMoreLetters() throws Exception {
        JsonNode results = graphql("ApiLocationSearch", Json.mapper().createObjectNode().put("query", "austin"))
                .at("/data/locationSearch/results");
        assertEquals("Austin, Texas, United States", results.get(0).get("label").asText());
        assertEquals(2, results.size());
        assertEquals(0, graphql("ApiLocationSearch", Json.mapper().createObjectNode().put("query", "a"))
                .at("/data/locationSearch/results").size());
    }

    private String uploadResume() throws Exception {
        JsonNode created = graphql("ApiCreateFileUploadHandle", Json.mapper().createObjectNode()
                .put("fieldPath", AshbyJobs.RESUME).put("filename", "resume.pdf").put("contentType", "application/pdf"))
                .at("/data/createFileUploadHandle");
        MultipartBody body = new MultipartBody().file("file", "resume.pdf", "application/pdf", RESUME);
        HttpResponse<String> upload = post(ats.baseUrl() + created.get("uploadUrl").asText(), body);
        assertEquals(200, upload.statusCode());
        return created.get("handle").asText();
    }

    private static ArrayNode completeEntries(String resumeHandle) {
        ArrayNode entries = Json.mapper().createArrayNode();
        entries.addObject().put("path", AshbyJobs.NAME).put("value", "Jordan Rivera");
        entries.addObject().put("path", AshbyJobs.EMAIL).put("value", "jordan.rivera@example.com");
        entries.addObject().put("path", AshbyJobs.PHONE).put("value", "+1 5125550147");
        entries.addObject().put("path", AshbyJobs.LOCATION).putObject("value")
                .put("locationId", "loc_austin_tx_us").put("label", "Austin, Texas, United States");
        entries.addObject().put("path", AshbyJobs.RESUME).putObject("value").put("handle", resumeHandle);
        entries.addObject().put("path", LINKEDIN_PATH).put("value", "https://www.linkedin.com/in/jordan-rivera-demo");
        entries.addObject().put("path", AUTHORIZED_PATH).put("value", true);
        entries.addObject().put("path", SPONSORSHIP_PATH).put("value", false);
        entries.addObject().put("path", HEARD_PATH).put("value", "LinkedIn");
        return entries;
    }

    private JsonNode submit(ArrayNode entries) throws Exception {
        return graphql("ApiSubmitSingleApplicationFormAction", submitVariables(entries));
    }

    private static ObjectNode submitVariables(ArrayNode entries) {
        ObjectNode variables = Json.mapper().createObjectNode()
                .put("organizationHostedJobsPageName", JAVA.org()).put("jobPostingId", JAVA.jobId())
                .put("recaptchaToken", "token");
        variables.set("fieldEntries", entries);
        return variables;
    }

    /** Every answer is HTTP 200, as at Ashby: the verdict is in the body. */
    private JsonNode graphql(String operation, ObjectNode variables) throws Exception {
        HttpResponse<String> response = send(graphqlRequest(operation, variables).build());
        assertEquals(200, response.statusCode());
        return Json.mapper().readTree(response.body());
    }

    private HttpRequest.Builder graphqlRequest(String operation, ObjectNode variables) throws IOException {
        ObjectNode body = Json.mapper().createObjectNode().put("operationName", operation);
        body.set("variables", variables);
        return HttpRequest.newBuilder(URI.create(ats.baseUrl() + AshbyReplica.GRAPHQL_PATH + "?op=" + operation))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.mapper().writeValueAsString(body)));
    }
}
