package io.applydesk.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.core.application.AnsweredQuestion;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationError;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.Attempt;
import io.applydesk.core.application.Evidence;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.application.Provenance;
import io.applydesk.core.common.PageRequest;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.run.RunStats;
import io.applydesk.core.run.RunStatus;
import io.applydesk.core.run.SessionRun;
import io.applydesk.core.session.SearchContext;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionStats;
import io.applydesk.core.session.SessionStatus;
import io.applydesk.core.session.SessionType;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiJsonTest {
    private static final Instant CREATED = Instant.parse("2024-02-14T11:00:00Z");
    private static final Instant DONE = Instant.parse("2024-02-14T11:05:00Z");

    static Session session() {
        return new Session("sess_abc123", SessionType.RUN_ONCE, "prof_xyz789", SessionStatus.ACTIVE, null, null, null,
                null, null, null, false, new SearchContext(List.of("Senior Software Engineer"), List.of()),
                new SessionStats(1, 0, 0, 0, 1, CREATED, null), CREATED, CREATED);
    }

    static Application application() {
        return new Application("app_abc123", "sess_abc123", "run_abc123", "prof_xyz789",
                "https://boards.greenhouse.io/acme/jobs/12345", "greenhouse:*:12345", "Senior Software Engineer",
                "Acme Corp", "12345", AtsType.GREENHOUSE, ApplicationStatus.SUCCESS, "john@example.com",
                "srch_abc123", "https://boards.greenhouse.io/acme/jobs/12345/confirmation",
                List.of(new AnsweredQuestion("Email", "email", "john@example.com",
                        Provenance.profileField("personalInformation.email"))),
                List.of(), null, List.of(new Attempt(1, "success", DONE)),
                new Evidence(Path.of("/data/evidence/app_abc123"), Path.of("/data/evidence/app_abc123/filled.png"),
                        null, null, null, "ff00"),
                DONE, CREATED, DONE);
    }

    @Test
    void sessionHasTheHostedShape() {
        ObjectNode json = ApiJson.session(session());
        assertEquals("sess_abc123", json.get("sessionId").asText());
        assertEquals("run_once", json.get("type").asText());
        assertEquals("prof_xyz789", json.get("candidateProfileId").asText());
        assertEquals("active", json.get("status").asText());
        assertEquals("2024-02-14T11:00:00Z", json.get("createdAt").asText());
        assertEquals(List.of("totalRuns", "totalApplications", "successfulApplications", "failedApplications",
                "jobsQueued", "lastRunAt"), keys(json.get("stats")));
        assertEquals(1, json.get("stats").get("jobsQueued").asInt());
        assertEquals("Senior Software Engineer", json.get("searchContext").get("titles").get(0).asText());
        assertTrue(json.get("searchContext").get("locations").isArray());
        assertFalse(json.has("schedule"), "absent for run_once");
        assertFalse(json.has("resumeId"), "absent when the profile's rules choose the resume");
    }

    @Test
    void runHasTheHostedShape() {
        ObjectNode json = ApiJson.run(new SessionRun("run_abc123", "sess_abc123", CREATED, DONE, RunStatus.COMPLETED,
                new RunStats(30, 25, 22, 3)));
        assertEquals(List.of("sessionRunId", "sessionId", "startedAt", "completedAt", "status", "stats"), keys(json));
        assertEquals("completed", json.get("status").asText());
        assertEquals("2024-02-14T11:05:00Z", json.get("completedAt").asText());
        assertEquals(List.of("jobsFound", "applicationsAttempted", "applicationsSuccessful", "applicationsFailed"),
                keys(json.get("stats")));
        assertEquals(22, json.get("stats").get("applicationsSuccessful").asInt());
    }

    @Test
    void applicationHasTheHostedSnakeCaseShapeFirstThenOurExtensions() {
        ObjectNode json = ApiJson.application(application());
        assertEquals(List.of("application_id", "job_url", "job_title", "company_name", "ats_type", "status",
                "candidate_email", "search_id", "result", "questions_and_answers", "error", "attempts", "created_at",
                "updated_at"), keys(json).subList(0, 14));
        assertEquals("greenhouse", json.get("ats_type").asText());
        assertEquals("SUCCESS", json.get("status").asText());
        assertEquals("https://boards.greenhouse.io/acme/jobs/12345/confirmation",
                json.get("result").get("confirmationUrl").asText());
        assertTrue(json.get("error").isNull());
        assertEquals("john@example.com", json.get("questions_and_answers").get("Email").asText());
        JsonNode attempt = json.get("attempts").get(0);
        assertEquals(1, attempt.get("attempt").asInt());
        assertEquals("success", attempt.get("status").asText());
        assertEquals("2024-02-14T11:05:00Z", attempt.get("timestamp").asText());
        JsonNode provenance = json.get("answers_provenance").get(0).get("provenance");
        assertEquals("profile_field", provenance.get("kind").asText());
        assertEquals("personalInformation.email", provenance.get("source").asText());
        assertEquals("/data/evidence/app_abc123/filled.png", json.get("evidence").get("filled_screenshot").asText());
        assertTrue(json.get("evidence").get("confirmation_screenshot").isNull());
    }

    @Test
    void failedApplicationHasErrorAndNoResult() {
        Application a = application();
        Application failed = new Application(a.applicationId(), a.sessionId(), a.sessionRunId(), a.profileId(),
                a.jobUrl(), a.jobKey(), a.jobTitle(), a.companyName(), a.jobRefId(), a.atsType(),
                ApplicationStatus.NEEDS_INPUT, a.candidateEmail(), null, null, List.of(),
                List.of(new PendingQuestion("Visa?", "select", List.of("Yes", "No"), true)),
                new ApplicationError(ErrorCode.MISSING_REQUIRED_FIELD, "A question needs your answer."),
                a.attempts(), null, null, a.createdAt(), a.updatedAt());
        ObjectNode json = ApiJson.application(failed);
        assertTrue(json.get("result").isNull());
        assertTrue(json.get("search_id").isNull());
        assertEquals("MISSING_REQUIRED_FIELD", json.get("error").get("code").asText());
        assertEquals("A question needs your answer.", json.get("error").get("message").asText());
        assertEquals("Visa?", json.get("pending_questions").get(0).get("label").asText());
        assertEquals("No", json.get("pending_questions").get(0).get("options").get(1).asText());
        assertTrue(json.get("evidence").isNull());
    }

    @Test
    void pageAndErrorBodies() {
        ObjectNode page = ApiJson.page(new PageRequest(2, 1).toPage(List.of(session()), 3), ApiJson::session);
        assertEquals("sess_abc123", page.get("data").get(0).get("sessionId").asText());
        assertEquals(List.of("page", "limit", "total", "totalPages"), keys(page.get("pagination")));
        assertEquals(3, page.get("pagination").get("totalPages").asInt());

        ObjectNode error = ApiJson.error(new ApplyDeskException(ErrorCode.INVALID_JOB_URL,
                "Job 3: 'x' is not a web link.", "jobs[2].link"));
        assertEquals("INVALID_JOB_URL", error.get("code").asText());
        assertEquals("Job 3: 'x' is not a web link.", error.get("message").asText());
        assertEquals("jobs[2].link", error.get("details").asText());
    }

    @Test
    void reportHoldsTheSessionAndItsApplications(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/report.json");
        SessionReport.write(file, session(), List.of(application()));

        JsonNode report = Json.mapper().readTree(file.toFile());
        assertEquals("run_once", report.get("session").get("type").asText());
        assertEquals("app_abc123", report.get("applications").get(0).get("application_id").asText());
        assertEquals(1, report.get("applications").size());
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }
}
