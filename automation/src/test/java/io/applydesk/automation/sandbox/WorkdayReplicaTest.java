package io.applydesk.automation.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.automation.sandbox.workday.WorkdayJob;
import io.applydesk.automation.sandbox.workday.WorkdayJobs;
import io.applydesk.automation.sandbox.workday.WorkdayReplica;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLink;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Workday replica over HTTP: its URLs, pages, the per-tenant account wall and the server's own checks. */
class WorkdayReplicaTest extends PracticeHttpTest {
    private static final String STRONG = "Str0ng!Passw0rd";

    @Test
    void jobUrlsAreWorkdayLinksOfTwoTenants() {
        JobLinkParser parser = new JobLinkParser(ats.hostAliases());
        List<PracticeJob> jobs = ats.jobs().stream().filter(job -> job.atsType() == AtsType.WORKDAY).toList();
        assertEquals(2, jobs.size());
        for (PracticeJob job : jobs) {
            JobLink link = parser.parse(job.url());
            WorkdayJob workday = WorkdayJobs.find(link.tenant(), job.jobId()).orElseThrow();
            assertEquals(AtsType.WORKDAY, link.atsType());
            assertEquals("workday:" + workday.tenant() + ":" + workday.reqId(), link.canonicalKey());
            assertFalse(job.needsCandidateInput());
        }
        assertEquals(List.of("northwind", "acme"), jobs.stream().map(j -> parser.parse(j.url()).tenant()).toList());
    }

    @Test
    void postingLeadsToTheChoicePageAndTheFlow() throws Exception {
        String url = ats.baseUrl() + WorkdayReplica.PREFIX + WorkdayJobs.ACME_PLATFORM_ENGINEER.path();
        HttpResponse<String> posting = get(url);
        assertEquals(200, posting.statusCode());
        assertTrue(posting.body().contains("<button type=\"button\" data-automation-id=\"adventureButton\">Apply</button>"));
        String choice = get(url + "/apply").body();
        for (String id : List.of("applyAdventurePage", "autofillWithResume", "applyManually", "useMyLastApplication")) {
            assertTrue(choice.contains("data-automation-id=\"" + id + "\""), id);
        }
        assertTrue(get(url + "/apply/applyManually").body().contains("data-automation-id=\"applyFlowPage\""));
    }

    @Test
    void closedPostingAnswers404() throws Exception {
        WorkdayJob job = WorkdayJobs.NORTHWIND_DATA_ENGINEER;
        ats.setFailure(job.reqId(), PracticeFailure.CLOSED);
        HttpResponse<String> response = get(ats.baseUrl() + WorkdayReplica.PREFIX + job.path() + "/apply/applyManually");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("The page you are looking for doesn't exist."));
    }

    @Test
    void accountsAreKeptPerTenant() throws Exception {
        String email = "sam@example.com";
        assertTrue(account("acme", "create", email, STRONG, "").has("token"));
        assertEquals("An account already exists for this email address. Sign in instead.",
                account("acme", "create", email, STRONG, "").path("error").asText());
        assertTrue(account("acme", "signin", email, STRONG, "").has("token"));
        assertTrue(account("acme", "signin", email, "Wrong!Passw0rd", "").path("error").asText().startsWith("Wrong email"));
        // another tenant knows nothing of it
        assertTrue(account("northwind", "signin", email, STRONG, "").has("error"));
        assertTrue(account("northwind", "create", "weak@example.com", "password", "").path("error").asText()
                .startsWith("Password must"));
        assertEquals(1, ats.replica(WorkdayReplica.class).accounts().creations("acme", email));
    }

    @Test
    void aFilledBeecatcherIsSilentlyIgnored() throws Exception {
        JsonNode answer = account("acme", "create", "bot@example.com", STRONG, "http://spam.example");
        assertEquals(0, answer.size());
        assertFalse(ats.replica(WorkdayReplica.class).accounts().hasAccount("acme", "bot@example.com"));
        assertEquals(1, ats.replica(WorkdayReplica.class).accounts().botRequests());
    }

    @Test
    void emailVerificationHoldsANewAccount() throws Exception {
        ats.setFailure(WorkdayJobs.ACME_PLATFORM_ENGINEER.reqId(), PracticeFailure.SECURITY_CODE);
        assertTrue(account("acme", "create", "new@example.com", STRONG, "").path("verify").asText().contains("new@example.com"));
        assertTrue(account("acme", "signin", "new@example.com", STRONG, "").has("verify"));
    }

    @Test
    void submitWithoutSavedPagesIsRefusedWithWorkdaysMessages() throws Exception {
        String token = account("acme", "create", "empty@example.com", STRONG, "").path("token").asText();
        JsonNode answer = api("acme", "submit", "{\"token\":\"" + token + "\",\"reqId\":\"JR-1001\"}");
        List<String> errors = new java.util.ArrayList<>();
        answer.path("errors").forEach(error -> errors.add(error.asText()));
        assertTrue(errors.contains("The field First Name is required and must have a value."), errors.toString());
        assertTrue(errors.contains("The field Resume/CV is required and must have a value."), errors.toString());
        assertEquals(1, ats.rejectedSubmissionCount());
        assertEquals(List.of(), ats.submissions());
    }

    private JsonNode account(String tenant, String operation, String email, String password, String beecatcher)
            throws IOException, InterruptedException {
        String reqId = WorkdayJobs.all().stream().filter(j -> j.tenant().equals(tenant)).findFirst().orElseThrow().reqId();
        return api(tenant, "account/" + operation, Json.mapper().createObjectNode().put("reqId", reqId)
                .put("email", email).put("password", password).put("beecatcher", beecatcher).toString());
    }

    private JsonNode api(String tenant, String operation, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = postJson(ats.baseUrl() + WorkdayReplica.PREFIX + "/" + tenant + "/api/"
                + operation, body);
        return Json.mapper().readTree(response.body());
    }
}
