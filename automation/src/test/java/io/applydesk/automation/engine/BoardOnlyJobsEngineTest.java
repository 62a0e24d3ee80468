package io.applydesk.automation.engine;

import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.job.AtsType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The board-only postings ("posting aliases" such as "Software Engineer") in real headless Chromium: the first
 * alias of each ATS reaches SUCCESS with the demo candidate, and the replica records the alias's own job id with
 * the same fields its template job (the practice job of the same tenant, whose form it reuses) receives.
 * {@code CliSearchTest} applies to every alias through {@code applydesk autopilot}.
 */
class BoardOnlyJobsEngineTest extends PracticeEngineTest {
    @TempDir
    Path evidence;

    @TestFactory
    Stream<DynamicTest> everyAliasIsAppliedToLikeItsTemplate() {
        Map<AtsType, PracticeJob> firstOfEachAts = new LinkedHashMap<>();
        practice.ats.boardOnlyJobs().forEach(alias -> firstOfEachAts.putIfAbsent(alias.atsType(), alias));
        Collection<PracticeJob> aliases = firstOfEachAts.values();
        assertFalse(aliases.isEmpty());
        return aliases.stream().map(alias -> DynamicTest.dynamicTest(alias.atsType().displayName() + " "
                + alias.title() + " at " + alias.companyName(), () -> appliesLikeItsTemplate(alias)));
    }

    private void appliesLikeItsTemplate(PracticeJob alias) throws IOException {
        PracticeJob template = practice.ats.jobs().stream()
                .filter(job -> job.atsType() == alias.atsType() && job.companyName().equals(alias.companyName()))
                .findFirst().orElseThrow();
        RecordedSubmission aliasSent = applyOnce(alias);
        RecordedSubmission templateSent = applyOnce(template);
        assertEquals(alias.jobId(), aliasSent.jobId());
        assertEquals(templateSent.fields().keySet(), aliasSent.fields().keySet(),
                "the alias's form asks what its template's asks");
        assertEquals(templateSent.field("email"), aliasSent.field("email"));
        practice.ats.clearRecords();
    }

    private RecordedSubmission applyOnce(PracticeJob job) throws IOException {
        Path dir = Files.createTempDirectory(evidence, "evidence");
        ApplyOutcome outcome = engine.apply(practice.request(job.url(), ApplyMode.SUBMIT, dir),
                new PracticeFixture.RecordingListener());
        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), job + ": " + outcome.errorMessage());
        List<RecordedSubmission> sent = practice.submissionsFor(job.jobId());
        assertEquals(1, sent.size(), "one application reached " + job);
        return sent.get(0);
    }
}
