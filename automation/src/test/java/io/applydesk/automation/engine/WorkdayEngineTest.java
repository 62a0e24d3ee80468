package io.applydesk.automation.engine;

import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.workday.WorkdayJobs;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WorkdayEngineTest extends PracticeEngineTest {
    private final InMemoryAtsAccounts accounts = new InMemoryAtsAccounts();

    @Override
    protected EngineSettings settings(EngineSettings practiceSettings) {
        return practiceSettings.withAtsAccounts(accounts);
    }

    @Test
    void happy(@TempDir Path evidenceDir) {
        String reqId = WorkdayJobs.NORTHWIND_DATA_ENGINEER.reqId();
        PracticeFixture.RecordingListener listener = new PracticeFixture.RecordingListener();
        ApplyOutcome outcome = engine.apply(practice.request(practice.job(reqId).url(), ApplyMode.SUBMIT, evidenceDir), listener);
        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), () -> outcome.errorMessage() + " " + listener.lines + outcome.answers() + outcome.pendingQuestions());
        RecordedSubmission s = practice.submissionsFor(reqId).get(0);
        System.out.println(s.fields());
        System.out.println(outcome.answers());
    }
}
