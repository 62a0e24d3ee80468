package io.applydesk.automation.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseFields;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseJobs;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseReplica;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.HostAlias;
import io.applydesk.core.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Greenhouse classic replica over plain HTTP: markup, uploads, validation, records, failure states. */
class GreenhouseReplicaTest extends PracticeHttpTest {
    private static final byte[] RESUME = "%PDF-1.4\r\n--not-a-boundary\r\n\u0000\u00ff binary tail"
            .getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void offersFourGreenhouseJobsOneOfWhichNeedsTheCandidate() throws Exception {
        // WHY the filter: the practice ATS also serves other replicas' jobs (some of them Greenhouse too).
        List<PracticeJob> jobs = ats.jobs().stream()
                .filter(job -> job.url().startsWith(ats.baseUrl() + GreenhouseReplica.PREFIX + "/")).toList();

        assertEquals(4, jobs.size());
        assertEquals(4, jobs.stream().map(PracticeJob::jobId).distinct().count());
        assertTrue(jobs.stream().allMatch(job -> job.atsType() == AtsType.GREENHOUSE));
        assertEquals(List.of(GreenhouseJobs.DEVELOPER_ADVOCATE.jobId()),
                jobs.stream().filter(PracticeJob::needsCandidateInput).map(PracticeJob::jobId).toList());
        assertEquals(ats.jobs(), ats.jobs(), "stable order");
        for (PracticeJob job : jobs) {
            assertEquals(ats.baseUrl() + "/practice/greenhouse/", job.url().substring(0, ats.baseUrl().length() + 21));
            HttpResponse<String> page = get(job.url());
            assertEquals(200, page.statusCode(), job.url());
            assertTrue(page.body().contains("<title>Job Application for " + Html.escape(job.title()) + " at "
                    + Html.escape(job.companyName()) + "</title>"), job.url());
        }
        assertTrue(ats.hostAliases().contains(new HostAlias(ats.baseUrl() + "/practice/greenhouse", AtsType.GREENHOUSE)));
        assertTrue(ats.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"));
    }

    @Test
    void jobPageHasTheClassicFormIdsAndNames() throws Exception {
        String html = get(jobUrl(GreenhouseJobs.DATA_ANALYST.jobId())).body();

        String form = tag(html, "form", "id", "application_form");
        assertAttributes(form, "method", "post", "enctype", "multipart/form-data",
                "action", "/practice/greenhouse/lumen-health/jobs/5207719002");
        for (String antiBot : List.of("fingerprint", "render_date", "page_load_time")) {
            assertAttributes(tag(html, "input", "name", antiBot), "type", "hidden");
        }
        assertAttributes(tag(html, "input", "id", "first_name"), "name", "job_application[first_name]", "aria-required", "true");
        assertAttributes(tag(html, "input", "id", "last_name"), "name", "job_application[last_name]", "aria-required", "true");
        assertAttributes(tag(html, "input", "id", "email"), "name", "job_application[email]", "aria-required", "true");
        assertAttributes(tag(html, "input", "id", "phone"), "name", "job_application[phone]", "aria-required", "true");
        assertTrue(html.contains("<label for=\"first_name\">First Name <span class=\"asterisk\">*</span></label>"));
        assertAttributes(tag(html, "input", "name", "job_application[location]"), "aria-required", "true",
                "aria-controls", "location_autocomplete-items-popup");
        tag(html, "ul", "id", "location_autocomplete-items-popup");
        assertAttributes(tag(html, "input", "name", "job_application[latitude]"), "type", "hidden");
        assertAttributes(tag(html, "input", "name", "job_application[longitude]"), "type", "hidden");

        // Resume: the visible buttons in #resume_fieldset, the real file input in its own hidden form.
        String resumeBlock = between(html, "<div id=\"resume_fieldset\"", "id=\"resume-allowable-file-types\"");
        assertAttributes(tag(resumeBlock, "div", "class", "attach-or-paste"), "data-field", "resume");
        for (String source : List.of("attach", "dropbox", "google-drive", "paste")) {
            assertAttributes(tag(resumeBlock, "button", "data-source", source), "type", "button");
        }
        assertAttributes(tag(resumeBlock, "button", "data-source", "attach"),
                "aria-describedby", "resume-allowable-file-types");
        assertTrue(resumeBlock.contains(">Attach</button>") && resumeBlock.contains(">Enter manually</button>"));
        assertAttributes(tag(resumeBlock, "textarea", "id", "resume_text"), "name", "job_application[resume_text]");
        assertAttributes(tag(resumeBlock, "input", "name", "job_application[resume_url]"), "type", "hidden");
        String uploadForm = between(html, "<form class=\"s3-upload-form\"", "</form>");
        assertTrue(tag(html, "form", "id", "s3_upload_for_resume").contains(" hidden"));
        assertAttributes(tag(uploadForm, "input", "name", "file"), "type", "file");
        assertTrue(html.indexOf("id=\"s3_upload_for_resume\"") > html.indexOf("</form>"),
                "the upload form is separate from (after) the application form");
        tag(html, "div", "data-field", "cover_letter");
        tag(html, "form", "id", "s3_upload_for_cover_letter");

        // Custom questions: N=0 LinkedIn text, then yes/no, yes/no, single select.
        assertAttributes(tag(html, "input", "name", "job_application[answers_attributes][0][question_id]"),
                "type", "hidden", "value", "5521880201");
        assertAttributes(tag(html, "input", "id", "job_application_answers_attributes_0_text_value"),
                "name", "job_application[answers_attributes][0][text_value]");
        String yesNo = selectBlock(html, "job_application[answers_attributes][1][boolean_value]");
        assertTrue(yesNo.contains("aria-required=\"true\""));
        assertEquals(List.of("=--", "1=Yes", "0=No"), options(yesNo));
        String heardAbout = selectBlock(html,
                "job_application[answers_attributes][3][answer_selected_options_attributes][0][question_option_id]");
        assertEquals(List.of("=--", "5521880301=LinkedIn", "5521880302=Company website", "5521880303=Employee referral",
                "5521880304=Job board", "5521880305=Other"), options(heardAbout));
        assertTrue(html.contains(Html.escape(GreenhouseJobs.SPONSORSHIP_LABEL) + " <span class=\"asterisk\">*</span>"));

        // EEOC
        assertTrue(selectBlock(html, "job_application[gender]").contains("id=\"job_application_gender\""));
        assertTrue(options(selectBlock(html, "job_application[gender]")).contains("3=Decline To Self Identify"));
        assertTrue(options(selectBlock(html, "job_application[hispanic_ethnicity]"))
                .contains("Decline To Self Identify=Decline To Self Identify"));
        assertTrue(between(html, "id=\"race_dropdown_container\"", "</div>").contains("name=\"job_application[race]\""));
        assertTrue(options(selectBlock(html, "job_application[veteran_status]")).contains("3=I don't wish to answer"));
        assertTrue(options(selectBlock(html, "job_application[disability_status]")).contains("3=I do not want to answer"));

        assertAttributes(tag(html, "input", "id", "submit_app"), "type", "button", "value", "Submit Application",
                "class", "button");
        assertFalse(html.contains(GreenhouseFields.GDPR_CONSENT_ID), "no GDPR on this job");
    }

    @Test
    void gdprJobHasARequiredConsentCheckboxAndAMultiSelect() throws Exception {
        String html = get(jobUrl(GreenhouseJobs.PLATFORM_ENGINEER.jobId())).body();

        assertAttributes(tag(html, "input", "id", "job_application_data_compliance_gdpr_processing_consent_given"),
                "type", "checkbox", "aria-required", "true", "value", "1");
        assertAttributes(tag(html, "textarea", "id", "job_application_answers_attributes_1_text_value"),
                "name", "job_application[answers_attributes][1][text_value]", "aria-required", "true");
        assertAttributes(tag(html, "input", "name",
                        "job_application[answers_attributes][3][answer_selected_options_attributes][2][question_option_id]"),
                "type", "checkbox", "value", "6630140403");
        assertFalse(html.contains("job_application[gender]"), "no EEOC on this job");
        tag(html, "input", "name", "job_application[location]");
        assertFalse(get(jobUrl(GreenhouseJobs.BACKEND_ENGINEER.jobId())).body().contains("job_application[location]"),
                "the basic job asks no location");
    }

    @Test
    void uploadThenSubmitIsRecordedWithEveryFieldAndTheFileBytes() throws Exception {
        String resumeUrl = upload("resume", "jordan-rivera.pdf", RESUME);
        Map<String, List<String>> fields = completeDataAnalystForm(resumeUrl);

        HttpResponse<String> response = postForm(jobUrl(GreenhouseJobs.DATA_ANALYST.jobId()), fields);

        assertEquals(303, response.statusCode());
        assertEquals("/practice/greenhouse/lumen-health/jobs/5207719002/confirmation",
                response.headers().firstValue("Location").orElseThrow());
        List<RecordedSubmission> recorded = ats.submissionsFor(GreenhouseJobs.DATA_ANALYST.jobId());
        assertEquals(1, recorded.size());
        RecordedSubmission submission = recorded.get(0);
        assertEquals("greenhouse", submission.atsType());
        assertEquals(fields, submission.fields());
        assertEquals(1, submission.files().size());
        UploadedFile resume = submission.file("resume");
        assertEquals("jordan-rivera.pdf", resume.fileName());
        assertEquals("application/pdf", resume.contentType());
        assertArrayEquals(RESUME, resume.bytes());
        assertEquals(recorded, ats.submissions());
        assertEquals(0, ats.rejectedSubmissionCount());

        HttpResponse<byte[]> download = getBytes(resumeUrl);
        assertArrayEquals(RESUME, download.body(), "the upload URL serves the stored file");
    }

    @Test
    void missingRequiredFieldsReRenderTheFormWithErrorsAndAreCountedAsRejected() throws Exception {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("job_application[first_name]", List.of("<b>Jordan</b>"));
        fields.put("job_application[answers_attributes][1][boolean_value]", List.of("1"));

        HttpResponse<String> response = postForm(jobUrl(GreenhouseJobs.DATA_ANALYST.jobId()), fields);

        assertEquals(200, response.statusCode());
        String html = response.body();
        assertFalse(tag(html, "div", "id", "error_flash").contains(" hidden"));
        assertTrue(html.contains("There was a problem with your application"));
        // last name, email, phone, location, resume, sponsorship (N=2), how did you hear (N=3)
        assertEquals(7, count(html, "field_with_errors"));
        assertEquals(7, count(html, ">This field is required<"));
        assertTrue(between(html, "id=\"resume_fieldset\"", "</textarea>").contains("field_with_errors"));
        assertAttributes(tag(html, "input", "id", "first_name"), "value", "<b>Jordan</b>");
        assertTrue(html.contains("value=\"&lt;b&gt;Jordan&lt;/b&gt;\""), "submitted text is escaped");
        assertTrue(selectBlock(html, "job_application[answers_attributes][1][boolean_value]")
                .contains("<option value=\"1\" selected>Yes</option>"), "answers are kept");
        assertFalse(tag(html, "input", "id", "first_name").contains("aria-invalid"));
        assertAttributes(tag(html, "input", "id", "last_name"), "aria-invalid", "true");
        assertEquals(1, ats.rejectedSubmissionCount());
        assertEquals(List.of(), ats.submissions());
    }

    @Test
    void aResumeUrlThatWasNeverUploadedDoesNotCountButTypedResumeTextDoes() throws Exception {
        Map<String, List<String>> forged = completeDataAnalystForm(
                ats.baseUrl() + "/practice/greenhouse/uploads/00000000000000000000000000000000");
        HttpResponse<String> refused = postForm(jobUrl(GreenhouseJobs.DATA_ANALYST.jobId()), forged);
        assertEquals(200, refused.statusCode());
        assertEquals(1, count(refused.body(), ">This field is required<"));
        assertEquals(1, ats.rejectedSubmissionCount());

        Map<String, List<String>> typed = completeDataAnalystForm("");
        typed.put("job_application[resume_text]", List.of("Jordan Rivera, Software Engineer"));
        HttpResponse<String> accepted = postForm(jobUrl(GreenhouseJobs.DATA_ANALYST.jobId()), typed);
        assertEquals(303, accepted.statusCode());
        assertEquals("Jordan Rivera, Software Engineer", ats.submissions().get(0).field("job_application[resume_text]"));
        assertEquals(List.of(), ats.submissions().get(0).files());

        ats.clearRecords();
        assertEquals(List.of(), ats.submissions());
        assertEquals(0, ats.rejectedSubmissionCount());
    }

    @Test
    void gdprConsentIsRequiredServerSide() throws Exception {
        String resumeUrl = upload("resume", "cv.pdf", RESUME);
        Map<String, List<String>> fields = new LinkedHashMap<>(standardFields(resumeUrl));
        fields.put("job_application[answers_attributes][1][question_id]", List.of("6630140302"));
        fields.put("job_application[answers_attributes][1][text_value]", List.of("Clean power."));
        fields.put("job_application[answers_attributes][2][question_id]", List.of("6630140303"));
        fields.put("job_application[answers_attributes][2][text_value]", List.of("6"));
        String url = jobUrl(GreenhouseJobs.PLATFORM_ENGINEER.jobId());

        HttpResponse<String> refused = postForm(url, fields);
        assertEquals(200, refused.statusCode());
        assertEquals(1, count(refused.body(), "field_with_errors"));
        assertAttributes(tag(refused.body(), "input", "id", GreenhouseFields.GDPR_CONSENT_ID), "aria-invalid", "true");

        fields.put(GreenhouseFields.GDPR_CONSENT, List.of("1"));
        assertEquals(303, postForm(url, fields).statusCode());
        assertEquals("1", ats.submissionsFor(GreenhouseJobs.PLATFORM_ENGINEER.jobId()).get(0).field(GreenhouseFields.GDPR_CONSENT));
    }

    @Test
    void confirmationPageThanksTheCandidateForTheJob() throws Exception {
        HttpResponse<String> page = get(jobUrl(GreenhouseJobs.DATA_ANALYST.jobId()) + "/confirmation");

        assertEquals(200, page.statusCode());
        String confirmation = between(page.body(), "<div id=\"application_confirmation\">", "</div>");
        assertTrue(confirmation.contains("<h1>Thank you for applying.</h1>"));
        assertTrue(confirmation.contains("Data Analyst, Care Operations") && confirmation.contains("Lumen Health"));
    }

    @Test
    void anUnknownOrClosedJobAnswers404WithGreenhousesNotice() throws Exception {
        for (String path : List.of("/practice/greenhouse/lumen-health/jobs/999", "/practice/greenhouse/nobody/jobs/5207719002",
                "/practice/greenhouse/quillpad/jobs/5207719002", "/practice/greenhouse/lumen-health/jobs/999/confirmation",
                "/employer/lumen-health/jobs/1", "/careers/lumen-health/apply")) {
            HttpResponse<String> page = get(ats.baseUrl() + path);
            assertEquals(404, page.statusCode(), path);
            assertTrue(page.body().contains("The job you are looking for is no longer open."), path);
        }
        assertEquals(404, get(ats.baseUrl() + "/no/such/page").statusCode());
        HttpResponse<String> board = get(ats.baseUrl() + "/practice/greenhouse/lumen-health");
        assertEquals(200, board.statusCode());
        assertTrue(board.body().contains("href=\"/practice/greenhouse/lumen-health/jobs/5207719002\""));
    }

    @Test
    void employerSitesServeTheSameFormAndTheirPostsAreRecorded() throws Exception {
        PracticeJob job = ats.jobs().get(0);
        String employer = ats.employerSiteUrl(job);
        String careers = ats.careersSiteUrl(job);
        assertEquals(ats.baseUrl() + "/employer/northwind-robotics/jobs/4105237001", employer);
        assertEquals(ats.baseUrl() + "/careers/northwind-robotics/apply?gh_jid=4105237001", careers);

        for (String url : List.of(employer, careers)) {
            String html = get(url).body();
            assertAttributes(tag(html, "form", "id", "application_form"),
                    "action", url.substring(ats.baseUrl().length()));
            tag(html, "form", "id", "s3_upload_for_resume");
            tag(html, "div", "id", "grnhse_app");
        }
        Map<String, List<String>> fields = new LinkedHashMap<>(standardFields(upload("resume", "cv.pdf", RESUME)));
        fields.remove("job_application[location]");
        fields.put("job_application[answers_attributes][0][question_id]", List.of("4419270101"));
        fields.put("job_application[answers_attributes][0][text_value]", List.of("https://www.linkedin.com/in/j"));

        HttpResponse<String> response = postForm(careers, fields);

        assertEquals(303, response.statusCode(), response.body());
        assertEquals("/practice/greenhouse/northwind-robotics/jobs/4105237001/confirmation",
                response.headers().firstValue("Location").orElseThrow());
        assertEquals(1, ats.submissionsFor("4105237001").size());
    }

    @Test
    void uploadWithoutAFileIsRefused() throws Exception {
        MultipartBody body = new MultipartBody().field("field", "resume");
        HttpResponse<String> response = post(ats.baseUrl() + "/practice/greenhouse/uploads", body);
        assertEquals(400, response.statusCode());
    }

    // ---- switchable failure states ---------------------------------------------------------------

    @Test
    void aRejectedJobRefusesACompleteApplicationLikeADuplicateAndRecordsNothing() throws Exception {
        String url = jobUrl(GreenhouseJobs.DATA_ANALYST.jobId());
        Map<String, List<String>> fields = completeDataAnalystForm(upload("resume", "cv.pdf", RESUME));
        ats.setFailure(GreenhouseJobs.DATA_ANALYST.jobId(), PracticeFailure.REJECTED);

        HttpResponse<String> refused = postForm(url, fields);

        assertEquals(200, refused.statusCode());
        String html = refused.body();
        assertFalse(tag(html, "div", "id", "error_flash").contains(" hidden"));
        assertTrue(html.contains("There was a problem with your application"));
        assertEquals(1, count(html, "field_with_errors"), "only the email field is marked");
        assertTrue(between(html, "<label for=\"email\">", "</div>")
                .contains("<div class=\"field-error-msg\">" + GreenhouseReplica.ALREADY_APPLIED_MESSAGE + "</div>"));
        assertAttributes(tag(html, "input", "id", "email"), "aria-invalid", "true", "value", "jordan.rivera@example.com");
        assertEquals(List.of(), ats.submissions());
        assertEquals(1, ats.rejectedSubmissionCount());

        ats.setFailure(GreenhouseJobs.DATA_ANALYST.jobId(), PracticeFailure.NONE);
        assertEquals(PracticeFailure.NONE, ats.failureOf(GreenhouseJobs.DATA_ANALYST.jobId()));
        assertEquals(303, postForm(url, fields).statusCode(), "switched off, the same application is accepted");
        assertEquals(1, ats.submissionsFor(GreenhouseJobs.DATA_ANALYST.jobId()).size());
    }

    @Test
    void aRejectedJobStillReportsMissingFieldsFirst() throws Exception {
        ats.setFailure(GreenhouseJobs.DATA_ANALYST.jobId(), PracticeFailure.REJECTED);
        Map<String, List<String>> fields = completeDataAnalystForm(upload("resume", "cv.pdf", RESUME));
        fields.put("job_application[phone]", List.of(""));

        String html = postForm(jobUrl(GreenhouseJobs.DATA_ANALYST.jobId()), fields).body();

        assertEquals(1, count(html, ">This field is required<"));
        assertFalse(html.contains(GreenhouseReplica.ALREADY_APPLIED_MESSAGE));
        assertAttributes(tag(html, "input", "id", "phone"), "aria-invalid", "true");
        assertEquals(1, ats.rejectedSubmissionCount());
    }

    @Test
    void aServerErrorJobShowsItsFormButAnswersThePostWith500AndRecordsNothing() throws Exception {
        String url = jobUrl(GreenhouseJobs.DATA_ANALYST.jobId());
        ats.setFailure(GreenhouseJobs.DATA_ANALYST.jobId(), PracticeFailure.SERVER_ERROR);
        assertEquals(200, get(url).statusCode(), "only the application POST fails");

        HttpResponse<String> response = postForm(url, completeDataAnalystForm(upload("resume", "cv.pdf", RESUME)));

        assertEquals(500, response.statusCode());
        assertTrue(response.body().contains("<h1>We're sorry, but something went wrong.</h1>"));
        assertFalse(response.body().contains("application_form"));
        assertFalse(response.body().contains("error_flash"));
        assertEquals(List.of(), ats.submissions());
        assertEquals(0, ats.rejectedSubmissionCount());
    }

    @Test
    void aNoConfirmationJobRecordsTheApplicationButAnswersOnlySubmitting() throws Exception {
        String url = jobUrl(GreenhouseJobs.DATA_ANALYST.jobId());
        Map<String, List<String>> fields = completeDataAnalystForm(upload("resume", "cv.pdf", RESUME));
        ats.setFailure(GreenhouseJobs.DATA_ANALYST.jobId(), PracticeFailure.NO_CONFIRMATION);

        HttpResponse<String> response = postForm(url, fields);

        assertEquals(200, response.statusCode());
        assertTrue(tag(response.body(), "div", "id", "application_submitting").contains("aria-busy=\"true\""));
        assertTrue(response.body().contains("Submitting&hellip;"));
        for (String verdict : List.of("application_confirmation", "error_flash", "field_with_errors", "Thank you")) {
            assertFalse(response.body().contains(verdict), verdict);
        }
        List<RecordedSubmission> recorded = ats.submissionsFor(GreenhouseJobs.DATA_ANALYST.jobId());
        assertEquals(1, recorded.size(), "the application was sent although the page never says so");
        assertEquals(fields, recorded.get(0).fields());
        assertEquals(0, ats.rejectedSubmissionCount());
    }

    @Test
    void aClosedJobAnswers404OnEveryPageOfItAndAcceptsNoApplication() throws Exception {
        PracticeJob job = ats.jobs().stream()
                .filter(j -> j.jobId().equals(GreenhouseJobs.DATA_ANALYST.jobId())).findFirst().orElseThrow();
        Map<String, List<String>> fields = completeDataAnalystForm(upload("resume", "cv.pdf", RESUME));
        ats.setFailure(job.jobId(), PracticeFailure.CLOSED);

        for (String url : List.of(job.url(), ats.employerSiteUrl(job), ats.careersSiteUrl(job))) {
            HttpResponse<String> page = get(url);
            assertEquals(404, page.statusCode(), url);
            assertTrue(page.body().contains("The job you are looking for is no longer open."), url);
            assertFalse(page.body().contains("application_form"), url);
        }
        HttpResponse<String> post = postForm(job.url(), fields);
        assertEquals(404, post.statusCode());
        assertEquals(List.of(), ats.submissions());
        assertEquals(200, get(jobUrl(GreenhouseJobs.BACKEND_ENGINEER.jobId())).statusCode(), "other jobs stay open");

        ats.clearFailures();
        assertEquals(200, get(job.url()).statusCode());
        assertEquals(303, postForm(job.url(), fields).statusCode());
    }

    @Test
    void failuresCanOnlyBeSwitchedForExistingJobs() {
        assertThrows(IllegalArgumentException.class, () -> ats.setFailure("999", PracticeFailure.CLOSED));
        ats.setFailure(GreenhouseJobs.BACKEND_ENGINEER.jobId(), PracticeFailure.SERVER_ERROR);
        assertEquals(PracticeFailure.SERVER_ERROR, ats.failureOf(GreenhouseJobs.BACKEND_ENGINEER.jobId()));
        assertEquals(PracticeFailure.NONE, ats.failureOf(GreenhouseJobs.DATA_ANALYST.jobId()));
        ats.clearFailures();
        assertEquals(PracticeFailure.NONE, ats.failureOf(GreenhouseJobs.BACKEND_ENGINEER.jobId()));
    }

    // ---- helpers --------------------------------------------------------------------------------

    private Map<String, List<String>> standardFields(String resumeUrl) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("utf8", List.of("✓"));
        fields.put("fingerprint", List.of("0a1b2c"));
        fields.put("render_date", List.of("Mon Jun 01 2026"));
        fields.put("page_load_time", List.of("5120"));
        fields.put("job_application[first_name]", List.of("Jordan"));
        fields.put("job_application[last_name]", List.of("Rivera"));
        fields.put("job_application[email]", List.of("jordan.rivera@example.com"));
        fields.put("job_application[phone]", List.of("+1 512 555 0147"));
        fields.put("job_application[location]", List.of("Austin, Texas, United States"));
        fields.put("job_application[resume_url]", List.of(resumeUrl));
        fields.put("job_application[resume_url_filename]", List.of(resumeUrl.isEmpty() ? "" : "jordan-rivera.pdf"));
        return fields;
    }

    private Map<String, List<String>> completeDataAnalystForm(String resumeUrl) {
        Map<String, List<String>> fields = new LinkedHashMap<>(standardFields(resumeUrl));
        fields.put("job_application[answers_attributes][0][question_id]", List.of("5521880201"));
        fields.put("job_application[answers_attributes][0][text_value]", List.of(""));
        fields.put("job_application[answers_attributes][1][question_id]", List.of("5521880202"));
        fields.put("job_application[answers_attributes][1][boolean_value]", List.of("1"));
        fields.put("job_application[answers_attributes][2][question_id]", List.of("5521880203"));
        fields.put("job_application[answers_attributes][2][boolean_value]", List.of("0"));
        fields.put("job_application[answers_attributes][3][question_id]", List.of("5521880204"));
        fields.put("job_application[answers_attributes][3][answer_selected_options_attributes][0][question_option_id]",
                List.of("5521880301"));
        fields.put("job_application[gender]", List.of("3"));
        fields.put("job_application[hispanic_ethnicity]", List.of("Decline To Self Identify"));
        fields.put("job_application[veteran_status]", List.of("1"));
        fields.put("job_application[disability_status]", List.of("3"));
        return fields;
    }

    private String jobUrl(String jobId) {
        return ats.jobs().stream().filter(job -> job.jobId().equals(jobId)).findFirst().orElseThrow().url();
    }

    private String upload(String field, String fileName, byte[] bytes) throws IOException, InterruptedException {
        MultipartBody body = new MultipartBody().field("field", field).file("file", fileName, "application/pdf", bytes);
        HttpResponse<String> response = post(ats.baseUrl() + "/practice/greenhouse/uploads", body);
        assertEquals(200, response.statusCode());
        JsonNode answer = Json.mapper().readTree(response.body());
        assertEquals(fileName, answer.get("filename").asText());
        return answer.get("url").asText();
    }

    /** The start tag of the first {@code element} whose {@code attribute} has exactly {@code value}. */
    private static String tag(String html, String element, String attribute, String value) {
        Matcher matcher = Pattern.compile("<" + element + "\\b[^>]*\\s" + attribute + "=\"" + Pattern.quote(Html.escape(value))
                + "\"[^>]*>").matcher(html);
        assertTrue(matcher.find(), () -> "no <" + element + " " + attribute + "=\"" + value + "\">");
        return matcher.group();
    }

    private static void assertAttributes(String tag, String... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String expected = " " + namesAndValues[i] + "=\"" + Html.escape(namesAndValues[i + 1]) + "\"";
            assertTrue(tag.contains(expected), tag + " should have" + expected);
        }
    }

    private static String selectBlock(String html, String name) {
        int start = html.indexOf(tag(html, "select", "name", name));
        return html.substring(start, html.indexOf("</select>", start));
    }

    /** "value=text" of each option in a select block, with text unescaped. */
    private static List<String> options(String selectBlock) {
        Matcher matcher = Pattern.compile("<option value=\"([^\"]*)\"[^>]*>([^<]*)</option>").matcher(selectBlock);
        List<String> options = new ArrayList<>();
        while (matcher.find()) {
            options.add(matcher.group(1) + "=" + matcher.group(2).replace("&#39;", "'").replace("&amp;", "&"));
        }
        return options;
    }

    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        assertTrue(start >= 0, "missing " + from);
        int end = html.indexOf(to, start);
        assertTrue(end >= 0, "missing " + to + " after " + from);
        return html.substring(start, end + to.length());
    }

    private static int count(String html, String needle) {
        int count = 0;
        for (int at = html.indexOf(needle); at >= 0; at = html.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }
}
