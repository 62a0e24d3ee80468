package io.applydesk.automation.sandbox;

import io.applydesk.automation.sandbox.recruitee.RecruiteeOffer;
import io.applydesk.automation.sandbox.recruitee.RecruiteeOffers;
import io.applydesk.automation.sandbox.recruitee.RecruiteeReplica;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLink;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.json.Json;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Recruitee replica over plain HTTP: the offer's options on the form, the candidates API and failure states. */
class RecruiteeReplicaTest extends PracticeHttpTest {
    private static final RecruiteeOffer PLATFORM = RecruiteeOffers.PLATFORM_ENGINEER;
    private static final String ANSWERS = "candidate[open_question_answers_attributes]";
    private static final byte[] CV = "%PDF-1.4 practice resume".getBytes(StandardCharsets.US_ASCII);

    @Test
    void offersRecruiteeJobsAtTheirFormWhichTheLinkParserRecognisesWithTheSubdomainTenant() {
        List<PracticeJob> jobs = ats.jobs().stream().filter(job -> job.atsType() == AtsType.RECRUITEE).toList();
        assertEquals(List.of(PLATFORM.slug(), RecruiteeOffers.DATA_ENGINEER.slug()),
                jobs.stream().map(PracticeJob::jobId).toList());
        JobLinkParser parser = new JobLinkParser(ats.hostAliases());
        JobLink link = parser.parse(jobs.get(0).url());
        assertEquals(AtsType.RECRUITEE, link.atsType());
        assertEquals("copperleaf", link.tenant());
        assertEquals(PLATFORM.slug(), link.jobId());
        assertFalse(jobs.get(0).needsCandidateInput());
    }

    @Test
    void theOffersOptionsDecideTheFormsFields() throws Exception {
        String platform = get(ats.baseUrl() + RecruiteeReplica.PREFIX + PLATFORM.path() + "/c/new").body();
        assertTrue(platform.contains("name=\"candidate[name]\""));
        assertTrue(platform.contains("name=\"candidate[cover_letter]\""));
        assertTrue(platform.contains("action=\"" + RecruiteeReplica.PREFIX + "/copperleaf/api/offers/"
                + PLATFORM.slug() + "/candidates\""));
        String data = get(ats.baseUrl() + RecruiteeReplica.PREFIX + RecruiteeOffers.DATA_ENGINEER.path() + "/c/new").body();
        assertTrue(data.contains("name=\"candidate[first_name]\"") && data.contains("name=\"candidate[last_name]\""));
        assertFalse(data.contains("candidate[name]"));
        assertFalse(data.contains("candidate[cover_letter]"), "options_cover_letter is off");
        String offer = get(ats.baseUrl() + RecruiteeReplica.PREFIX + PLATFORM.path()).body();
        assertTrue(offer.contains("href=\"" + RecruiteeReplica.PREFIX + PLATFORM.path() + "/c/new\""));
    }

    @Test
    void aCompleteApplicationIsCreatedAndRecorded() throws Exception {
        HttpResponse<String> response = post(complete().file("candidate[cv]", "cv.pdf", "application/pdf", CV));

        assertEquals(201, response.statusCode(), response.body());
        RecordedSubmission sent = ats.submissionsFor(PLATFORM.slug()).get(0);
        assertEquals("recruitee", sent.atsType());
        assertEquals("Jordan Rivera", sent.field("candidate[name]"));
        assertEquals("881002", sent.field(ANSWERS + "[1][open_question_id]"));
        assertEquals("No", sent.field(ANSWERS + "[1][content]"));
        assertArrayEquals(CV, sent.file("candidate[cv]").bytes());
    }

    @Test
    void missingRequiredFieldsAnswer422WithErrorsByField() throws Exception {
        HttpResponse<String> response = post(new MultipartBody().field("candidate[name]", "Jordan Rivera"));

        assertEquals(422, response.statusCode());
        Map<?, ?> errors = (Map<?, ?>) Json.mapper().readValue(response.body(), Map.class).get("errors");
        assertEquals(List.of("email", "phone", "cv", "open_question_881001", "open_question_881002"),
                List.copyOf(errors.keySet()));
        assertEquals(List.of(RecruiteeReplica.BLANK), errors.get("email"));
        assertTrue(ats.submissions().isEmpty());
        assertEquals(1, ats.rejectedSubmissionCount());
    }

    @Test
    void failureStatesAnswerAsTheApiDoes() throws Exception {
        ats.setFailure(PLATFORM.slug(), PracticeFailure.ALREADY_APPLIED);
        HttpResponse<String> duplicate = post(complete().file("candidate[cv]", "cv.pdf", "application/pdf", CV));
        assertEquals(422, duplicate.statusCode());
        assertTrue(duplicate.body().contains("\"base\"") && duplicate.body().contains(RecruiteeReplica.ALREADY_APPLIED_MESSAGE));
        ats.setFailure(PLATFORM.slug(), PracticeFailure.SERVER_ERROR);
        assertEquals(500, post(complete()).statusCode());
        ats.setFailure(PLATFORM.slug(), PracticeFailure.CLOSED);
        assertEquals(404, get(ats.baseUrl() + RecruiteeReplica.PREFIX + PLATFORM.path() + "/c/new").statusCode());
        assertEquals(404, post(complete()).statusCode());
        assertTrue(ats.submissions().isEmpty());
        assertEquals(1, ats.rejectedSubmissionCount());
    }

    private static MultipartBody complete() {
        return new MultipartBody().field("candidate[name]", "Jordan Rivera")
                .field("candidate[email]", "jordan.rivera@example.com").field("candidate[phone]", "+1 5125550147")
                .field("candidate[cover_letter]", "")
                .field(ANSWERS + "[0][open_question_id]", "881001").field(ANSWERS + "[0][content]", "135000 USD")
                .field(ANSWERS + "[1][open_question_id]", "881002").field(ANSWERS + "[1][content]", "No");
    }

    private HttpResponse<String> post(MultipartBody body) throws Exception {
        String url = ats.baseUrl() + RecruiteeReplica.PREFIX + "/copperleaf/api/offers/" + PLATFORM.slug() + "/candidates";
        return post(url, body);
    }
}
