package io.applydesk.automation.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.automation.sandbox.greenhousenew.GreenhouseNewJobs;
import io.applydesk.automation.sandbox.greenhousenew.GreenhouseNewReplica;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.HostAlias;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The new Greenhouse form replica over plain HTTP: markup, the application endpoint, records, failure states. */
class GreenhouseNewReplicaTest extends PracticeHttpTest {
    private static final byte[] RESUME = "%PDF-1.4\r\n\u0000\u00ff binary".getBytes(StandardCharsets.ISO_8859_1);
    private static final String JOB_ID = GreenhouseNewJobs.JAVA_ENGINEER.jobId();

    @Test
    void offersTwoGreenhouseJobsAtTheRealPathsThatNeedNoCandidateInput() {
        List<PracticeJob> jobs = ats.jobs().stream()
                .filter(job -> job.url().startsWith(ats.baseUrl() + GreenhouseNewReplica.PREFIX + "/")).toList();

        assertEquals(List.of(GreenhouseNewJobs.JAVA_ENGINEER.jobId(), GreenhouseNewJobs.SITE_RELIABILITY_ENGINEER.jobId()),
                jobs.stream().map(PracticeJob::jobId).toList());
        assertTrue(jobs.stream().allMatch(job -> job.atsType() == AtsType.GREENHOUSE && !job.needsCandidateInput()));
        assertTrue(ats.hostAliases().contains(new HostAlias(ats.baseUrl() + GreenhouseNewReplica.PREFIX, AtsType.GREENHOUSE)));
        var link = new JobLinkParser(ats.hostAliases()).parse(jobs.get(0).url());
        assertEquals(AtsType.GREENHOUSE, link.atsType());
        assertEquals("harborline", link.tenant());
        assertEquals(JOB_ID, link.jobId());
    }

    @Test
    void jobPageHasTheReactFormWithIdsAndNoNames() throws Exception {
        HttpResponse<String> page = get(url(JOB_ID));
        String html = page.body();

        assertEquals(200, page.statusCode());
        assertTrue(html.contains("<form id=\"application-form\" class=\"application--form\" novalidate>"));
        assertTrue(html.contains("<label id=\"first_name-label\" class=\"label \" for=\"first_name\">First Name"
                + "<span aria-hidden=\"true\">*</span></label>"));
        assertTrue(html.contains("<input id=\"first_name\" class=\"input input__single-line\" type=\"text\""));
        assertTrue(html.contains("aria-errormessage=\"first_name-error\""));
        assertTrue(html.contains("id=\"phone\" class=\"input iti__tel-input\" type=\"tel\""));
        assertTrue(html.contains("class=\"iti__selected-country\""));
        assertTrue(html.contains("<input class=\"select__input\" id=\"question_8120002\" role=\"combobox\""));
        assertTrue(html.contains("<input class=\"select__input\" id=\"4005628101\" role=\"combobox\""));
        assertTrue(html.contains("tabindex=\"-1\" aria-hidden=\"true\" required value=\"\""));
        assertTrue(html.contains("<input id=\"resume\" class=\"visually-hidden\" type=\"file\""));
        assertTrue(html.contains("<div class=\"select__placeholder\""));
        assertFalse(html.contains(" name=\""), "the React form's inputs carry no name attribute");
        assertFalse(html.contains("select__option"), "react-select renders its options only when opened");
    }

    @Test
    void aCompleteApplicationIsRecordedWithEveryFieldAndTheResumeBytes() throws Exception {
        HttpResponse<String> answer = post(JOB_ID, completeJavaEngineerForm(), true);

        assertEquals(200, answer.statusCode(), answer.body());
        String redirect = Json.mapper().readTree(answer.body()).get("redirect").asText();
        assertEquals(GreenhouseNewReplica.PREFIX + "/harborline/jobs/" + JOB_ID + "/confirmation", redirect);
        List<RecordedSubmission> received = ats.submissionsFor(JOB_ID);
        assertEquals(1, received.size());
        assertEquals(completeJavaEngineerForm(), received.get(0).fields());
        assertArrayEquals(RESUME, received.get(0).file("resume").bytes());
        HttpResponse<String> confirmation = get(ats.baseUrl() + redirect);
        assertEquals(200, confirmation.statusCode());
        assertTrue(confirmation.body().contains("Thank you for applying"));
    }

    @Test
    void missingRequiredFieldsAndResumeAreRefusedWithFieldErrors() throws Exception {
        Map<String, List<String>> form = completeJavaEngineerForm();
        form.remove("question_8120003");
        HttpResponse<String> answer = post(JOB_ID, form, false);

        assertEquals(422, answer.statusCode());
        JsonNode errors = Json.mapper().readTree(answer.body()).get("errors");
        assertEquals(List.of("resume", "question_8120003"), fieldNames(errors));
        assertEquals("This field is required.", errors.get("resume").asText());
        assertEquals(List.of(), ats.submissionsFor(JOB_ID));
        assertEquals(1, ats.rejectedSubmissionCount());
    }

    @Test
    void theSecurityCodeStepAnswers428WithTheRecipientAndRecordsNothing() throws Exception {
        ats.setFailure(JOB_ID, PracticeFailure.SECURITY_CODE);
        HttpResponse<String> answer = post(JOB_ID, completeJavaEngineerForm(), true);

        assertEquals(428, answer.statusCode());
        JsonNode body = Json.mapper().readTree(answer.body());
        assertEquals("captcha-retry", body.get("code").asText());
        assertEquals("jordan.rivera@example.com", body.get("security_code_recipient").asText());
        assertEquals(List.of(), ats.submissionsFor(JOB_ID));
        assertEquals(0, ats.rejectedSubmissionCount(), "held, not refused");
    }

    @Test
    void theSecurityCodeStepChecksTheEmailedCodeAndAcceptsTheApplicationWithIt() throws Exception {
        ats.setFailure(JOB_ID, PracticeFailure.SECURITY_CODE);
        post(JOB_ID, completeJavaEngineerForm(), true);
        String code = ats.securityCodeSentTo(JOB_ID, "Jordan.Rivera@example.com").orElseThrow();
        assertTrue(code.matches("[A-Z2-9]{8}"), code);

        Map<String, List<String>> wrong = completeJavaEngineerForm();
        wrong.put("security_code", List.of(code.equals("AAAAAAAA") ? "BBBBBBBB" : "AAAAAAAA"));
        HttpResponse<String> refused = post(JOB_ID, wrong, true);
        assertEquals(428, refused.statusCode());
        assertEquals(GreenhouseNewReplica.WRONG_CODE_MESSAGE,
                Json.mapper().readTree(refused.body()).get("security_code_error").asText());
        assertEquals(List.of(), ats.submissionsFor(JOB_ID));
        assertEquals(1, ats.rejectedSubmissionCount());
        assertEquals(code, ats.securityCodeSentTo(JOB_ID, "jordan.rivera@example.com").orElseThrow(), "the same code");

        Map<String, List<String>> right = completeJavaEngineerForm();
        right.put("security_code", List.of(code.toLowerCase(Locale.ROOT)));
        HttpResponse<String> accepted = post(JOB_ID, right, true);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals(1, ats.submissionsFor(JOB_ID).size());
        assertEquals(code.toLowerCase(Locale.ROOT), ats.submissionsFor(JOB_ID).get(0).field("security_code"));
    }

    @Test
    void aCaptchaJobAcceptsTheApplicationOnceTheRobotCheckIsSolved() throws Exception {
        ats.setFailure(JOB_ID, PracticeFailure.CAPTCHA);
        Map<String, List<String>> form = completeJavaEngineerForm();
        form.put("g-recaptcha-response", List.of(GreenhouseNewReplica.SOLVED_CAPTCHA_TOKEN));

        assertEquals(200, post(JOB_ID, form, true).statusCode());
        assertEquals(1, ats.submissionsFor(JOB_ID).size());
    }

    /** {@link PracticeFailure#SLOW} is generic: the job's page and the assets it loads are held back, other jobs are not. */
    @Test
    void aSlowJobsRequestsAreAnsweredOnlyAfterTheDelay() throws Exception {
        Duration delay = Duration.ofSeconds(2);
        ats.setSlowDelay(delay);
        ats.setFailure(JOB_ID, PracticeFailure.SLOW);

        assertTrue(timed(() -> get(url(JOB_ID))).compareTo(delay) >= 0);
        HttpRequest asset = HttpRequest.newBuilder(URI.create(ats.baseUrl() + GreenhouseNewReplica.PREFIX
                + "/assets/greenhouse-new.css")).header("Referer", url(JOB_ID)).build();
        assertTrue(timed(() -> send(asset)).compareTo(delay) >= 0);
        String otherJob = url(GreenhouseNewJobs.SITE_RELIABILITY_ENGINEER.jobId());
        assertTrue(timed(() -> get(otherJob)).compareTo(delay) < 0);
    }

    private interface Call {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private static Duration timed(Call call) throws IOException, InterruptedException {
        long start = System.nanoTime();
        assertEquals(200, call.send().statusCode());
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void failureStatesAnswerAsTheRealSite() throws Exception {
        ats.setFailure(JOB_ID, PracticeFailure.CAPTCHA);
        HttpResponse<String> captcha = post(JOB_ID, completeJavaEngineerForm(), true);
        assertEquals(428, captcha.statusCode());
        assertEquals("captcha-failed", Json.mapper().readTree(captcha.body()).get("code").asText());

        ats.setFailure(JOB_ID, PracticeFailure.ALREADY_APPLIED);
        HttpResponse<String> duplicate = post(JOB_ID, completeJavaEngineerForm(), true);
        assertEquals(422, duplicate.statusCode());
        assertEquals(GreenhouseNewReplica.ALREADY_APPLIED_MESSAGE,
                Json.mapper().readTree(duplicate.body()).get("errors").get("email").asText());

        ats.setFailure(JOB_ID, PracticeFailure.SERVER_ERROR);
        assertEquals(500, post(JOB_ID, completeJavaEngineerForm(), true).statusCode());

        ats.setFailure(JOB_ID, PracticeFailure.CLOSED);
        assertEquals(404, get(url(JOB_ID)).statusCode());
        assertEquals(404, post(JOB_ID, completeJavaEngineerForm(), true).statusCode());
        assertEquals(List.of(), ats.submissionsFor(JOB_ID));

        ats.setFailure(JOB_ID, PracticeFailure.NO_CONFIRMATION);
        assertEquals(202, post(JOB_ID, completeJavaEngineerForm(), true).statusCode());
        assertEquals(1, ats.submissionsFor(JOB_ID).size());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, List<String>> completeJavaEngineerForm() {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("first_name", List.of("Jordan"));
        form.put("last_name", List.of("Rivera"));
        form.put("email", List.of("jordan.rivera@example.com"));
        form.put("country", List.of("United States"));
        form.put("phone", List.of("+15125550147"));
        form.put("question_8120001", List.of("https://www.linkedin.com/in/jordan-rivera-demo"));
        form.put("question_8120002", List.of("LinkedIn"));
        form.put("question_8120003", List.of("Yes"));
        form.put("question_8120004", List.of("No"));
        form.put("4005628101", List.of(GreenhouseNewJobs.DECLINE));
        return form;
    }

    private String url(String jobId) {
        return ats.jobs().stream().filter(job -> job.jobId().equals(jobId)).findFirst().orElseThrow().url();
    }

    private HttpResponse<String> post(String jobId, Map<String, List<String>> fields, boolean withResume)
            throws IOException, InterruptedException {
        MultipartBody body = new MultipartBody().fields(fields);
        if (withResume) {
            body.file("resume", "cv.pdf", "application/pdf", RESUME);
        }
        return post(url(jobId) + "/applications", body);
    }
}
