package io.applydesk.automation.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.automation.sandbox.lever.LeverCard;
import io.applydesk.automation.sandbox.lever.LeverJob;
import io.applydesk.automation.sandbox.lever.LeverJobs;
import io.applydesk.automation.sandbox.lever.LeverReplica;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.HostAlias;
import io.applydesk.core.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Lever replica over plain HTTP: markup, the resume parser, validation, records and failure states. */
class LeverReplicaTest extends PracticeHttpTest {
    private static final byte[] RESUME = "%PDF-1.4\r\n--x\r\n\u0000\u00ff tail".getBytes(StandardCharsets.ISO_8859_1);
    private static final String TOKEN = "P1_practice." + "0123456789abcdef".repeat(3);

    private List<PracticeJob> leverJobs() {
        return ats.jobs().stream().filter(job -> job.atsType() == AtsType.LEVER).toList();
    }

    private String applyUrl(LeverJob job) {
        return ats.baseUrl() + LeverReplica.PREFIX + job.path() + "/apply";
    }

    @Test
    void offersTwoLeverJobsAtTheirApplyUrlsWithPostingPages() throws Exception {
        List<PracticeJob> jobs = leverJobs();

        assertEquals(List.of(LeverJobs.JAVA_ENGINEER.postingId(), LeverJobs.RELIABILITY_ENGINEER.postingId()),
                jobs.stream().map(PracticeJob::jobId).toList());
        assertTrue(jobs.stream().noneMatch(PracticeJob::needsCandidateInput));
        assertEquals(applyUrl(LeverJobs.JAVA_ENGINEER), jobs.get(0).url());
        assertTrue(ats.hostAliases().contains(new HostAlias(ats.baseUrl() + "/practice/lever", AtsType.LEVER)));
        HttpResponse<String> posting = get(ats.baseUrl() + LeverReplica.PREFIX + LeverJobs.JAVA_ENGINEER.path());
        assertEquals(200, posting.statusCode());
        assertTrue(posting.body().contains("href=\"" + LeverReplica.PREFIX + LeverJobs.JAVA_ENGINEER.path() + "/apply\""));
        assertFalse(posting.body().contains("application-form"), "the posting page has no form");
    }

    @Test
    void applyPageHasLeversFormMarkup() throws Exception {
        String html = get(applyUrl(LeverJobs.JAVA_ENGINEER)).body();

        assertTrue(html.contains("<form id=\"application-form\" method=\"POST\" enctype=\"multipart/form-data\">"));
        assertTrue(html.contains("<input type=\"text\" name=\"name\" data-qa=\"name-input\" required>"));
        assertTrue(html.contains("<input type=\"email\" name=\"email\" data-qa=\"email-input\" required>"));
        assertTrue(html.contains("name=\"location\" data-qa=\"location-input\" id=\"location-input\" maxlength=\"100\""));
        assertTrue(html.contains("<input type=\"hidden\" name=\"selectedLocation\""));
        assertTrue(html.contains("<input id=\"resume-upload-input\" type=\"file\" name=\"resume\" data-qa=\"input-resume\" "
                + "class=\"application-file-input invisible-resume-upload\""));
        assertTrue(html.contains("<textarea id=\"additional-information\" name=\"comments\""));
        assertTrue(html.contains("<input type=\"hidden\" id=\"hcaptchaResponseInput\" name=\"h-captcha-response\""));
        assertTrue(html.contains("<button id=\"btn-submit\" type=\"button\" data-qa=\"btn-submit\""));
        assertTrue(html.contains("<span class=\"required\">✱</span>"));
        for (String name : List.of("eeo[gender]", "eeo[race]", "eeo[veteran]", "eeo[disability]")) {
            assertTrue(html.contains("<select name=\"" + name + "\">"), name);
        }
        assertTrue(html.contains("<option value=\"Decline to self-identify\">"));
        assertTrue(html.contains("name=\"consent[marketing]\"") && html.contains("name=\"consent[store]\""));

        LeverCard card = LeverJobs.JAVA_ENGINEER.cards().get(0);
        Matcher template = Pattern.compile("name=\"" + Pattern.quote(card.baseTemplateName()) + "\" value=\"([^\"]*)\"")
                .matcher(html);
        assertTrue(template.find(), "the card's base template");
        assertTrue(template.group(1).contains("&quot;"), "HTML-escaped JSON");
        JsonNode json = Json.mapper().readTree(template.group(1).replace("&quot;", "\"").replace("&amp;", "&")
                .replace("&#39;", "'"));
        assertEquals(card.id(), json.get("id").asText());
        assertEquals("posting", json.get("type").asText());
        assertEquals("multiple-choice", json.get("fields").get(0).get("type").asText());
        assertEquals(LeverJobs.WORK_AUTHORIZATION_LABEL, json.get("fields").get(0).get("text").asText());
        assertEquals("Yes", json.get("fields").get(0).get("options").get(0).get("text").asText());
        assertEquals("dropdown", json.get("fields").get(2).get("type").asText());
        assertTrue(html.contains("type=\"radio\" name=\"" + card.fieldName(0) + "\" value=\"Yes\""));
        assertTrue(html.contains("<select name=\"" + card.fieldName(2) + "\">"));
        assertTrue(get(applyUrl(LeverJobs.RELIABILITY_ENGINEER)).body()
                .contains("type=\"checkbox\" name=\"" + LeverJobs.RELIABILITY_ENGINEER.cards().get(0).fieldName(0)
                        + "\" value=\"Lisbon\""));
    }

    @Test
    void aParsedResumeAndACompleteApplicationAreRecordedAndThanked() throws Exception {
        JsonNode parsed = parseResume();
        assertEquals(LeverReplica.PARSED_CONTACT.get("name"), parsed.get("name").asText());
        String storageId = parsed.get("resumeStorageId").asText();

        HttpResponse<String> post = postForm(applyUrl(LeverJobs.JAVA_ENGINEER), complete(storageId));

        assertEquals(303, post.statusCode(), post.body());
        String thanks = LeverReplica.PREFIX + LeverJobs.JAVA_ENGINEER.path() + "/thanks";
        assertEquals(thanks, post.headers().firstValue("Location").orElseThrow());
        assertTrue(get(ats.baseUrl() + thanks).body()
                .contains("<h3 data-qa=\"msg-submit-success\">Application submitted!</h3>"));
        RecordedSubmission sent = ats.submissionsFor(LeverJobs.JAVA_ENGINEER.postingId()).get(0);
        assertEquals("lever", sent.atsType());
        assertEquals("Jordan Rivera", sent.field("name"));
        assertEquals(storageId, sent.field("resumeStorageId"));
        assertEquals("LinkedIn", sent.field(LeverJobs.JAVA_ENGINEER.cards().get(0).fieldName(2)));
        assertEquals("resume.pdf", sent.file("resume").fileName());
        assertArrayEquals(RESUME, sent.file("resume").bytes());
        assertEquals(0, ats.rejectedSubmissionCount());
    }

    @Test
    void incompleteOrUnverifiedApplicationsAreRefusedWithMessages() throws Exception {
        String storageId = parseResume().get("resumeStorageId").asText();
        LeverCard card = LeverJobs.JAVA_ENGINEER.cards().get(0);

        Map<String, List<String>> noToken = complete(storageId);
        noToken.put("h-captcha-response", List.of(""));
        String refused = postForm(applyUrl(LeverJobs.JAVA_ENGINEER), noToken).body();
        assertTrue(refused.contains("class=\"application-error\"") && refused.contains(LeverReplica.CAPTCHA_MESSAGE));

        Map<String, List<String>> invented = complete(storageId);
        invented.put(card.fieldName(2), List.of("A friend"));
        invented.remove(card.fieldName(3));
        invented.put("resumeStorageId", List.of("unknown"));
        String errors = postForm(applyUrl(LeverJobs.JAVA_ENGINEER), invented).body();
        assertTrue(errors.contains(Html.escape(LeverJobs.HOW_DID_YOU_HEAR_LABEL + ": please choose one of the options.")));
        assertTrue(errors.contains(Html.escape(LeverJobs.SALARY_LABEL + ": this field is required.")));
        assertTrue(errors.contains("Resume/CV: please upload your resume."));

        assertEquals(List.of(), ats.submissions());
        assertEquals(2, ats.rejectedSubmissionCount());
    }

    @Test
    void failureStatesLookLikeLevers() throws Exception {
        String storageId = parseResume().get("resumeStorageId").asText();
        String id = LeverJobs.JAVA_ENGINEER.postingId();
        String url = applyUrl(LeverJobs.JAVA_ENGINEER);

        ats.setFailure(id, PracticeFailure.CAPTCHA);
        assertTrue(get(url).body().contains("data-challenge=\"true\""), "the hCaptcha stand-in shows its challenge");
        ats.setFailure(id, PracticeFailure.ALREADY_APPLIED);
        assertTrue(postForm(url, complete(storageId)).body().contains("<div class=\"application-already-received\""));
        ats.setFailure(id, PracticeFailure.REJECTED);
        assertTrue(postForm(url, complete(storageId)).body().contains(Html.escape(LeverReplica.REJECTED_MESSAGE)));
        ats.setFailure(id, PracticeFailure.SERVER_ERROR);
        assertEquals(500, postForm(url, complete(storageId)).statusCode());
        ats.setFailure(id, PracticeFailure.CLOSED);
        assertEquals(404, get(url).statusCode());
        assertEquals(404, get(ats.baseUrl() + LeverReplica.PREFIX + LeverJobs.JAVA_ENGINEER.path()).statusCode());
        assertEquals(List.of(), ats.submissions());
        assertEquals(2, ats.rejectedSubmissionCount(), "already applied and rejected");

        ats.setFailure(id, PracticeFailure.NO_CONFIRMATION);
        HttpResponse<String> silent = postForm(url, complete(storageId));
        assertEquals(200, silent.statusCode());
        assertFalse(silent.body().contains("msg-submit-success"));
        assertEquals(1, ats.submissionsFor(id).size(), "accepted without saying so");
    }

    @Test
    void locationSuggestionsMatchTheTypedText() throws Exception {
        JsonNode places = Json.mapper().readTree(get(ats.baseUrl() + "/practice/lever/retrieveLocations?text=aus").body());
        assertEquals(2, places.size());
        assertEquals("Austin, TX, United States", places.get(0).get("name").asText());
    }

    private JsonNode parseResume() throws IOException, InterruptedException {
        MultipartBody body = new MultipartBody().field("accountId", "").file("resume", "resume.pdf", "application/pdf",
                RESUME);
        HttpResponse<String> response = post(ats.baseUrl() + "/practice/lever/parseResume", body);
        assertEquals(200, response.statusCode(), response.body());
        return Json.mapper().readTree(response.body());
    }

    /** A complete application for the Java engineer job, as the browser would post it. */
    private static Map<String, List<String>> complete(String storageId) {
        LeverCard card = LeverJobs.JAVA_ENGINEER.cards().get(0);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("resumeStorageId", List.of(storageId));
        fields.put("h-captcha-response", List.of(TOKEN));
        fields.put("name", List.of("Jordan Rivera"));
        fields.put("email", List.of("jordan.rivera@example.com"));
        fields.put(card.fieldName(0), List.of("Yes"));
        fields.put(card.fieldName(1), List.of("No"));
        fields.put(card.fieldName(2), List.of("LinkedIn"));
        fields.put(card.fieldName(3), List.of("135000 USD"));
        fields.put("eeo[gender]", List.of("Decline to self-identify"));
        return fields;
    }
}
