package io.applydesk.app.crash;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.core.job.JobRef;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.run.ApplicationChanged;
import io.applydesk.core.run.LogLine;
import io.applydesk.core.run.RunStatus;
import io.applydesk.core.run.SessionRun;
import io.applydesk.core.session.RunOnceRequest;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionCreated;
import io.applydesk.core.session.SessionQuery;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The app process {@link CrashRecoveryTest} kills: opens the practice-mode app on a data directory (the
 * practice ATS given by {@code APPLYDESK_PRACTICE_URL}), and either creates a run_once session for the
 * given practice job ids or, when the directory already has one, does what the app does at start after a
 * crash (recovery, then the interrupted runs again). Prints one stdout line per event and "done" at the end.
 *
 * <p>Arguments: DATA_DIR JOB_ID...
 */
public final class CrashChild {
    static final String DONE = "done";

    private CrashChild() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        Set<String> jobIds = Set.copyOf(List.of(args).subList(1, args.length));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        AppOptions options = AppOptions.defaults().withDataDir(dataDir).withPractice(true).withHeadless(true)
                .withWorkers(2);
        try (AppContext context = AppContext.open(options)) {
            context.runs().addListener(event -> {
                if (event instanceof ApplicationChanged changed) {
                    out.println("status " + changed.application().applicationId() + " "
                            + changed.application().status());
                } else if (event instanceof LogLine line) {
                    out.println("log " + line.applicationId() + " " + line.text());
                }
            });
            // What the desktop app does at start: the runs a crash interrupted go on (recovery ran in open).
            context.resumeInterruptedRuns();
            List<Session> existing = context.sessions().list(SessionQuery.all()).data();
            String sessionId;
            if (!existing.isEmpty()) {
                sessionId = existing.get(0).sessionId();
                out.println("resumed");
            } else {
                Profile profile = context.profiles().list().get(0);
                List<JobRef> jobs = context.practiceAts().orElseThrow().jobs().stream()
                        .filter(job -> jobIds.contains(job.jobId()))
                        .map(CrashChild::ref).toList();
                SessionCreated created = context.sessions().createRunOnce(
                        new RunOnceRequest(profile.profileId(), jobs, null, null, false));
                sessionId = created.session().sessionId();
                out.println("created");
                context.runs().start(created.run().sessionRunId());
            }
            for (SessionRun run : context.sessions().runs(sessionId, null, null).data()) {
                if (run.status() == RunStatus.IN_PROGRESS) {
                    while (!context.runs().awaitRun(run.sessionRunId(), Duration.ofMinutes(1))) {
                        out.println("waiting " + run.sessionRunId());
                    }
                }
            }
            out.println(DONE);
        }
        System.exit(0);
    }

    private static JobRef ref(PracticeJob job) {
        return new JobRef(job.companyName(), job.title(), job.jobId(), job.url());
    }
}
