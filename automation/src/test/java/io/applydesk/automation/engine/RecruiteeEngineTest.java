package io.applydesk.automation.engine;

import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.recruitee.RecruiteeOffer;
import io.applydesk.automation.sandbox.recruitee.RecruiteeOffers;
import io.applydesk.automation.sandbox.recruitee.RecruiteeReplica;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.profile.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine on the Recruitee replica in real headless Chromium: every field the API received for each offer
 * (full or split name, the offer's optional fields, open-question answers with their ids), the CV's bytes and
 * the offer page followed to the form (its failure states are rows of {@link FailureStatesEngineTest}).
 */
class RecruiteeEngineTest extends PracticeEngineTest {
    private static final String ANSWERS = "candidate[open_question_answers_attributes]";

    private ApplyOutcome apply(RecruiteeOffer offer, Path evidenceDir) {
        PracticeJob job = practice.job(offer.slug());
        return engine.apply(practice.request(job.url(), ApplyMode.SUBMIT, evidenceDir),
                new PracticeFixture.RecordingListener());
    }

    private RecordedSubmission onlySubmission(RecruiteeOffer offer) throws Exception {
        List<RecordedSubmission> received = practice.submissionsFor(offer.slug());
        assertEquals(1, received.size());
        RecordedSubmission sent = received.get(0);
        assertEquals("demo-candidate-resume.pdf", sent.file("candidate[cv]").fileName());
        assertArrayEquals(Files.readAllBytes(practice.resume), sent.file("candidate[cv]").bytes());
        return sent;
    }

    private static void answer(Map<String, List<String>> expected, int index, long questionId, String content) {
        expected.put(ANSWERS + "[" + index + "][open_question_id]", List.of(String.valueOf(questionId)));
        expected.put(ANSWERS + "[" + index + "][content]", List.of(content));
    }

    @Test
    void appliesToThePlatformOfferWithFullNameCoverLetterAndYesNoQuestion(@TempDir Path evidenceDir) throws Exception {
        RecruiteeOffer offer = RecruiteeOffers.PLATFORM_ENGINEER;
        ApplyOutcome outcome = apply(offer, evidenceDir);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertEquals(AtsType.RECRUITEE, outcome.atsType());
        assertTrue(outcome.confirmationUrl().endsWith(offer.path() + "/c/new"), outcome.confirmationUrl());
        Profile profile = practice.profile;
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("candidate[name]", List.of("Jordan Rivera"));
        expected.put("candidate[email]", List.of("jordan.rivera@example.com"));
        expected.put("candidate[phone]", List.of("+1 5125550147"));
        expected.put("candidate[cover_letter]", List.of(profile.miscellaneous().coverLetter()));
        answer(expected, 0, 881001, "135000 USD");
        answer(expected, 1, 881002, "No");
        assertEquals(expected, onlySubmission(offer).fields());
    }

    @Test
    void appliesToTheDataOfferWithSplitNameAndAChoice(@TempDir Path evidenceDir) throws Exception {
        RecruiteeOffer offer = RecruiteeOffers.DATA_ENGINEER;
        ApplyOutcome outcome = apply(offer, evidenceDir);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("candidate[first_name]", List.of("Jordan"));
        expected.put("candidate[last_name]", List.of("Rivera"));
        expected.put("candidate[email]", List.of("jordan.rivera@example.com"));
        expected.put("candidate[phone]", List.of("+1 5125550147"));
        answer(expected, 0, 882001, "LinkedIn");
        answer(expected, 1, 882002, "2 weeks");
        assertEquals(expected, onlySubmission(offer).fields());
    }

    @Test
    void fromTheOfferPageTheEngineFollowsApplyToTheForm(@TempDir Path evidenceDir) {
        RecruiteeOffer offer = RecruiteeOffers.DATA_ENGINEER;
        String offerUrl = practice.ats.baseUrl() + RecruiteeReplica.PREFIX + offer.path();
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(practice.request(offerUrl, ApplyMode.SUBMIT, evidenceDir), listener);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertEquals(offer.title(), listener.seenTitle);
        assertEquals(offer.companyName(), listener.seenCompany);
        assertEquals(1, practice.submissionsFor(offer.slug()).size());
    }
}
