package io.applydesk.automation.engine;

import io.applydesk.automation.browser.BrowserLocator;
import io.applydesk.automation.sandbox.DemoCandidate;
import io.applydesk.automation.sandbox.PracticeAts;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyRequest;
import io.applydesk.core.engine.EngineListener;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.account.AtsAccounts;
import io.applydesk.core.account.EncryptedAtsAccounts;
import io.applydesk.core.json.Json;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The practice ATS, the demo candidate and engine settings for engine tests (headless, real Chromium). */
public final class PracticeFixture implements AutoCloseable {
    public final PracticeAts ats = PracticeAts.start(0);
    public final Profile profile;
    public final Path resume;
    /** The real encrypted store on H2 (as the app has it), for sites that need an account (Workday). */
    public final AtsAccounts accounts;
    private final Database database;
    private final JobLinkParser parser = new JobLinkParser(ats.hostAliases());

    PracticeFixture(Path candidateDir) {
        Path profileFile = DemoCandidate.writeTo(candidateDir);
        try {
            profile = Json.mapper().readValue(profileFile.toFile(), Profile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        resume = candidateDir.resolve(DemoCandidate.RESUME_FILE);
        DataDirectory data = new DataDirectory(candidateDir.resolve("data"));
        database = Database.open(data);
        accounts = EncryptedAtsAccounts.open(database, data);
    }

    /** Headless, with short waits so that a page without a form is given up on quickly. */
    public EngineSettings settings() {
        return EngineSettings.defaults(BrowserLocator.find(System.getenv(), null), ats.site())
                .withHeadless(true)
                .withTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(5), Duration.ofSeconds(20))
                .withAtsAccounts(accounts);
    }

    public PracticeJob job(String jobId) {
        return ats.jobs().stream().filter(j -> j.jobId().equals(jobId)).findFirst().orElseThrow();
    }

    public ApplyRequest request(String url, ApplyMode mode, Path evidenceDir) {
        return new ApplyRequest("app_test", parser.parse(url), profile, resume, profile.answers(), mode, evidenceDir);
    }

    public List<RecordedSubmission> submissionsFor(String jobId) {
        return ats.submissions().stream().filter(s -> s.jobId().equals(jobId)).toList();
    }

    @Override
    public void close() {
        ats.close();
        database.close();
    }

    /** Records what the engine told its listener. */
    static class RecordingListener implements EngineListener {
        final List<String> lines = new CopyOnWriteArrayList<>();
        volatile int beforeSubmitCalls;
        volatile String seenTitle;
        volatile String seenCompany;
        final List<String> candidateNeeded = new CopyOnWriteArrayList<>();

        @Override
        public void beforeSubmit() {
            beforeSubmitCalls++;
        }

        @Override
        public void log(String line) {
            lines.add(line);
        }

        @Override
        public void candidateNeeded(String instruction) {
            candidateNeeded.add(instruction);
            EngineListener.super.candidateNeeded(instruction);
        }

        @Override
        public void postingSeen(String title, String companyName) {
            seenTitle = title;
            seenCompany = companyName;
        }
    }
}
