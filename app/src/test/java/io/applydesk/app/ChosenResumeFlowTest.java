package io.applydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.automation.sandbox.PracticeAts;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.UploadedFile;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.job.JobRef;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.Resume;
import io.applydesk.core.session.RunOnceRequest;
import io.applydesk.core.session.SessionCreated;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resume chosen for a run_once session is the file the employer receives, in practice mode: real H2, the
 * practice ATS, headless Chromium.
 */
class ChosenResumeFlowTest {
    private static final Duration WAIT = Duration.ofMinutes(3);

    @Test
    void thePracticeAtsReceivesTheChosenResumeNotTheDefault(@TempDir Path home, @TempDir Path uploads)
            throws IOException {
        try (AppContext context = AppContext.open(AppOptions.defaults().withDataDir(home).withPractice(true)
                .withHeadless(true).withWorkers(1))) {
            PracticeAts practice = context.practiceAts().orElseThrow();
            Profile candidate = context.profiles().list().get(0);
            String chosenText = "%PDF-1.4\n% the resume chosen for this run\n%%EOF\n";
            Resume chosen = context.profiles().addResume(candidate.profileId(), Files.writeString(
                    uploads.resolve("Chosen CV.pdf"), chosenText, StandardCharsets.ISO_8859_1), false);
            String defaultText = Files.readString(candidate.defaultResume().storedPath(), StandardCharsets.ISO_8859_1);
            PracticeJob job = practice.jobs().stream().filter(j -> !j.needsCandidateInput()).findFirst()
                    .orElseThrow();

            SessionCreated created = context.sessions().createRunOnce(new RunOnceRequest(candidate.profileId(),
                    List.of(JobRef.ofLink(job.url())), null, null, chosen.resumeId(), false));
            context.runs().start(created.run().sessionRunId());
            assertTrue(context.runs().awaitRun(created.run().sessionRunId(), WAIT), "the run ended");

            Application sent = context.applications().inRun(created.run().sessionRunId()).get(0);
            assertEquals(ApplicationStatus.SUCCESS, sent.status(), () -> String.valueOf(sent.error()));
            List<RecordedSubmission> received = practice.submissionsFor(job.jobId());
            assertEquals(1, received.size());
            List<String> files = received.get(0).files().stream()
                    .map(file -> new String(file.bytes(), StandardCharsets.ISO_8859_1)).toList();
            assertTrue(files.contains(chosenText), () -> "the chosen resume was sent: " + names(received.get(0)));
            assertFalse(files.contains(defaultText), "the default resume was not");
            // Under the name the candidate gave it, not the stored copy's ("res_…-Chosen_CV.pdf").
            assertTrue(names(received.get(0)).contains("Chosen CV.pdf"), () -> "sent as " + names(received.get(0)));
        }
    }

    private static List<String> names(RecordedSubmission submission) {
        return submission.files().stream().map(UploadedFile::fileName).toList();
    }
}
