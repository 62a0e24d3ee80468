package io.applydesk.automation.sandbox;

import io.applydesk.automation.sandbox.employer.EmployerJob;
import io.applydesk.automation.sandbox.employer.EmployerJobs;
import io.applydesk.automation.sandbox.employer.EmployerSiteReplica;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLinkParser;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Employers' own careers sites over plain HTTP: URLs that name no ATS, the forms, records and failure states. */
class EmployerSiteReplicaTest extends PracticeHttpTest {
    private static final byte[] RESUME = "%PDF-1.4\r\n--x\r\n\u0000\u00ff tail".getBytes(StandardCharsets.ISO_8859_1);

    private static MultipartBody complete() {
        return new MultipartBody().field("first_name", "Jordan").field("last_name", "Rivera")
                .field("email", "jordan.rivera@example.com").field("work_authorized", "yes").field("consent", "yes")
                .field("website", "").file("cv", "cv.pdf", "application/pdf", RESUME);
    }

    /** The ticket under which the CAPTCHA page holds the application. */
    private static String ticketOn(String challengePage) {
        Matcher ticket = Pattern.compile("name=\"" + EmployerSiteReplica.TICKET + "\" value=\"([^\"]+)\"")
                .matcher(challengePage);
        assertTrue(ticket.find(), challengePage);
        return ticket.group(1);
    }

    private String url(String path) {
        return ats.baseUrl() + path;
    }

    private String applyUrl(EmployerJob job) {
        return url(job.path() + "/apply");
    }

    @Test
    void aCaptchaPageHoldsTheApplicationUntilThePersonTicksTheBoxAndContinues() throws Exception {
        String job = EmployerJobs.FERNLEAF_BACKEND.jobSlug();
        ats.setFailure(job, PracticeFailure.CAPTCHA);
        String challenge = post(applyUrl(EmployerJobs.FERNLEAF_BACKEND), complete()).body();
        String unticked = post(applyUrl(EmployerJobs.FERNLEAF_BACKEND),
                new MultipartBody().field(EmployerSiteReplica.TICKET, ticketOn(challenge))).body();
        assertTrue(unticked.contains("class=\"g-recaptcha\""), "not ticked: the challenge again");
        assertEquals(List.of(), ats.submissions());
        HttpResponse<String> accepted = post(applyUrl(EmployerJobs.FERNLEAF_BACKEND), new MultipartBody()
                .field(EmployerSiteReplica.TICKET, ticketOn(unticked))
                .field("g-recaptcha-response", EmployerSiteReplica.RECAPTCHA_SOLVED));
        assertEquals(303, accepted.statusCode(), accepted.body());
        assertEquals(1, ats.submissions().size());
        assertEquals("Jordan", ats.submissions().get(0).field("first_name"));
        assertArrayEquals(RESUME, ats.submissions().get(0).file("cv").bytes());
        assertEquals(2, ats.rejectedSubmissionCount());
    }

    @Test
    void offersTwoJobsAtUrlsThatNameNoAts() throws Exception {
        List<PracticeJob> jobs = ats.jobs().stream().filter(j -> j.atsType() == AtsType.UNKNOWN).toList();

        assertEquals(List.of("backend-developer", "bakery-data-engineer"), jobs.stream().map(PracticeJob::jobId).toList());
        assertTrue(jobs.stream().noneMatch(PracticeJob::needsCandidateInput));
        JobLinkParser parser = new JobLinkParser(ats.hostAliases());
        for (PracticeJob job : jobs) {
            assertEquals(AtsType.UNKNOWN, parser.parse(job.url()).atsType(), job.url());
            assertEquals(200, get(job.url()).statusCode());
        }
    }

    @Test
    void theFormsHaveTheirOwnLabelQuality() throws Exception {
        String fernleaf = get(url(EmployerJobs.FERNLEAF_BACKEND.path())).body();
        assertTrue(fernleaf.contains("<label for=\"email\">Email address *</label>"));
        assertTrue(fernleaf.contains("<input id=\"cv\" name=\"cv\" type=\"file\""));
        assertTrue(fernleaf.contains("action=\"" + EmployerJobs.FERNLEAF_BACKEND.path() + "/apply\""));
        assertTrue(fernleaf.contains("<div class=\"hp\" aria-hidden=\"true\">"), "the honeypot");

        String brightwater = get(url(EmployerJobs.BRIGHTWATER_DATA.path())).body();
        assertTrue(brightwater.contains("<label>Full name <input name=\"applicant[name]\""), "a wrapping label");
        assertTrue(brightwater.contains("aria-label=\"Email\""));
        assertTrue(brightwater.contains("placeholder=\"Phone number\""));
        assertTrue(brightwater.contains("type=\"file\" accept=\".pdf,.doc,.docx\" hidden>"), "the hidden file input");
    }

    @Test
    void aCompleteApplicationIsRecordedAndRedirectedToTheThankYouPage() throws Exception {
        HttpResponse<String> answer = post(applyUrl(EmployerJobs.FERNLEAF_BACKEND), complete());

        assertEquals(303, answer.statusCode());
        String thanks = answer.headers().firstValue("Location").orElseThrow();
        assertEquals("/practice/careers/fernleaf-studio/thank-you", thanks);
        assertTrue(get(url(thanks)).body().contains("<h1>Thank you for applying!</h1>"));
        RecordedSubmission sent = ats.submissionsFor("backend-developer").get(0);
        assertEquals("unknown", sent.atsType());
        assertEquals("Rivera", sent.field("last_name"));
        assertArrayEquals(RESUME, sent.file("cv").bytes());
    }

    @Test
    void theSecondSiteAnswersAtTheSameUrl() throws Exception {
        MultipartBody body = new MultipartBody().field("applicant[name]", "Jordan Rivera")
                .field("applicant[email]", "jordan.rivera@example.com")
                .file("resume", "cv.pdf", "application/pdf", RESUME);
        HttpResponse<String> answer = post(url(EmployerJobs.BRIGHTWATER_DATA.path()), body);

        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("<h1>Application received</h1>"));
        assertEquals(1, ats.submissionsFor("bakery-data-engineer").size());
    }

    @Test
    void missingRequiredFieldsComeBackAs422WithTheForm() throws Exception {
        HttpResponse<String> answer = post(applyUrl(EmployerJobs.FERNLEAF_BACKEND),
                new MultipartBody().field("first_name", "Jordan"));

        assertEquals(422, answer.statusCode());
        assertTrue(answer.body().contains("missing: last_name, email, work_authorized, consent, cv"), answer.body());
        assertEquals(List.of(), ats.submissions());
        assertEquals(1, ats.rejectedSubmissionCount());
    }

    @Test
    void failureStatesLookLikeASmallSite() throws Exception {
        String job = "backend-developer";
        ats.setFailure(job, PracticeFailure.REJECTED);
        HttpResponse<String> rejected = post(applyUrl(EmployerJobs.FERNLEAF_BACKEND), complete());
        assertEquals(422, rejected.statusCode());
        assertTrue(rejected.body().contains("aria-invalid=\"true\" aria-describedby=\"email-error\""));

        ats.setFailure(job, PracticeFailure.SERVER_ERROR);
        assertEquals(500, post(applyUrl(EmployerJobs.FERNLEAF_BACKEND), complete()).statusCode());

        ats.setFailure(job, PracticeFailure.CAPTCHA);
        assertTrue(post(applyUrl(EmployerJobs.FERNLEAF_BACKEND), complete()).body().contains("class=\"g-recaptcha\""));

        ats.setFailure(job, PracticeFailure.ALREADY_APPLIED);
        assertTrue(post(applyUrl(EmployerJobs.FERNLEAF_BACKEND), complete()).body()
                .contains(EmployerSiteReplica.ALREADY_APPLIED_MESSAGE));
        assertEquals(List.of(), ats.submissions());

        ats.setFailure(job, PracticeFailure.NO_CONFIRMATION);
        HttpResponse<String> ok = post(applyUrl(EmployerJobs.FERNLEAF_BACKEND), complete());
        assertEquals("OK", ok.body());
        assertEquals(1, ats.submissions().size(), "recorded, but the answer says nothing");

        ats.setFailure(job, PracticeFailure.CLOSED);
        HttpResponse<String> closed = get(url(EmployerJobs.FERNLEAF_BACKEND.path()));
        assertEquals(404, closed.statusCode());
        assertTrue(closed.body().contains("no longer open"));
    }

    @Test
    void theNoFormPostingAsksForAnEmail() throws Exception {
        HttpResponse<String> page = get(url(EmployerSiteReplica.NO_FORM_PATH));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("mailto:jobs@harborlane.example"));
        assertFalse(page.body().contains("type=\"file\""));
    }
}
