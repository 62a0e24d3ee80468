package io.applydesk.automation.engine;

import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.workable.WorkableJob;
import io.applydesk.automation.sandbox.workable.WorkableJobs;
import io.applydesk.automation.sandbox.workable.WorkableReplica;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.job.AtsType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine on the Workable replica in real headless Chromium: everything the server received for each
 * job (the candidate's values, not the CV parser's guesses), the resume's bytes and the posting page followed
 * to the form (its failure states are rows of {@link FailureStatesEngineTest}).
 */
class WorkableEngineTest extends PracticeEngineTest {

    private ApplyOutcome apply(WorkableJob job, Path evidenceDir) {
        PracticeJob practiceJob = practice.job(job.shortcode());
        return engine.apply(practice.request(practiceJob.url(), ApplyMode.SUBMIT, evidenceDir),
                new PracticeFixture.RecordingListener());
    }

    private RecordedSubmission onlySubmission(WorkableJob job) {
        List<RecordedSubmission> received = practice.submissionsFor(job.shortcode());
        assertEquals(1, received.size());
        return received.get(0);
    }

    /** The standard fields and resume every Workable job receives from the demo candidate. */
    private void assertStandardFields(RecordedSubmission sent) throws Exception {
        assertEquals("Jordan", sent.field("firstname"), "the profile wins over the parser's JORDAN");
        assertEquals("Rivera", sent.field("lastname"));
        assertEquals("jordan.rivera@example.com", sent.field("email"));
        assertEquals("", sent.field("headline"), "no headline in the profile, none invented");
        assertEquals("+15125550147", sent.field("phone"));
        assertEquals("2100 Lakeshore Blvd, Apt 4", sent.field("address"));
        assertEquals("", sent.field("summary"));
        assertTrue(sent.field("cover_letter").startsWith("I build dependable Java services"), sent.field("cover_letter"));
        assertTrue(sent.field("resume").matches("[0-9a-f]{32}"), sent.field("resume"));
        assertEquals("demo-candidate-resume.pdf", sent.file("resume").fileName());
        assertArrayEquals(Files.readAllBytes(practice.resume), sent.file("resume").bytes());
    }

    @Test
    void appliesToTheBackendJobWithYesNoQuestionsAndACustomAttribute(@TempDir Path evidenceDir) throws Exception {
        WorkableJob job = WorkableJobs.BACKEND_ENGINEER;
        ApplyOutcome outcome = apply(job, evidenceDir);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertEquals(AtsType.WORKABLE, outcome.atsType());
        assertTrue(outcome.confirmationUrl().endsWith(job.path() + "/apply/"), outcome.confirmationUrl());
        RecordedSubmission sent = onlySubmission(job);
        assertStandardFields(sent);
        assertEquals("true", sent.field("QA_6130201"));
        assertEquals("false", sent.field("QA_6130202"));
        assertEquals("135000 USD", sent.field("QA_6130203"));
        assertEquals("https://www.linkedin.com/in/jordan-rivera-demo", sent.field("CA_41001"));
        assertEquals(13, sent.fields().size(), sent.fields().toString());
    }

    @Test
    void appliesToTheReliabilityJobWithParagraphCheckboxesAndRadios(@TempDir Path evidenceDir) throws Exception {
        WorkableJob job = WorkableJobs.RELIABILITY_ENGINEER;
        ApplyOutcome outcome = apply(job, evidenceDir);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        RecordedSubmission sent = onlySubmission(job);
        assertStandardFields(sent);
        assertEquals("6", sent.field("QA_7240101"));
        assertEquals(List.of("Berlin", "Remote within the EU"), sent.fields().get("QA_7240102"));
        assertEquals("LinkedIn", sent.field("QA_7240103"));
        assertEquals("true", sent.field("QA_7240104"));
    }

    @Test
    void fromThePostingPageTheEngineFollowsApplyToTheForm(@TempDir Path evidenceDir) {
        WorkableJob job = WorkableJobs.RELIABILITY_ENGINEER;
        String postingUrl = practice.ats.baseUrl() + WorkableReplica.PREFIX + job.path() + "/";
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(practice.request(postingUrl, ApplyMode.SUBMIT, evidenceDir), listener);

        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), outcome.errorMessage());
        assertEquals(job.title(), listener.seenTitle);
        assertEquals(job.companyName(), listener.seenCompany);
        assertEquals(1, practice.submissionsFor(job.shortcode()).size());
    }
}
