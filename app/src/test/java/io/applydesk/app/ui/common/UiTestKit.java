package io.applydesk.app.ui.common;

import io.applydesk.core.application.ApplicationService;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.engine.ApplicationEngine;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.engine.ApplyRequest;
import io.applydesk.core.engine.EngineListener;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.job.JobListReader;
import io.applydesk.core.job.JobRef;
import io.applydesk.core.profile.Language;
import io.applydesk.core.profile.PersonalInformation;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.run.RunCoordinator;
import io.applydesk.core.session.RunOnceRequest;
import io.applydesk.core.session.SessionCreated;
import io.applydesk.core.session.SessionService;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.function.Function;

/**
 * Real core services on a real H2 file database in a temp directory, with a stand-in engine, for
 * ViewModel tests that need no toolkit and no browser.
 */
public final class UiTestKit implements AutoCloseable {
    public final DataDirectory dirs;
    public final Database database;
    public final ProfileService profiles;
    public final SessionService sessions;
    public final ApplicationService applications;
    public final JobListReader reader = new JobListReader();
    public final StandInEngine engine = new StandInEngine();
    public final RunCoordinator coordinator;

    public UiTestKit(Path dataDir, int workers) {
        dirs = new DataDirectory(dataDir);
        database = Database.open(dirs);
        profiles = new ProfileService(database, dirs, Clock.systemUTC());
        sessions = new SessionService(database, profiles, new JobLinkParser(), Clock.systemUTC());
        applications = new ApplicationService(database);
        coordinator = new RunCoordinator(database, engine, profiles, dirs, workers, Clock.systemUTC());
    }

    /** A profile with every mandatory field and a (tiny) PDF resume, so sessions can be created for it. */
    public Profile completeProfile(String email) {
        Profile created = profiles.create(new Profile(null, "Dana Okafor", new PersonalInformation("Dana", "Okafor",
                email, "+44", "7700900123", "Female", "12 Mill Lane", "Leeds", "West Yorkshire", "LS1 4AB",
                "United Kingdom", "United Kingdom"), List.of(), List.of(), List.of("Java"),
                List.of(new Language("English", "Native")), List.of(), List.of(), null, List.of(), List.of(), null, null));
        try {
            Path pdf = Files.createTempFile(dirs.root(), "resume", ".pdf");
            Files.writeString(pdf, "%PDF-1.4\n% test resume\n%%EOF\n", StandardCharsets.ISO_8859_1);
            profiles.addResume(created.profileId(), pdf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return profiles.get(created.profileId());
    }

    /** A run_once session of the profile with Greenhouse jobs 1..{@code jobs} (not started). */
    public SessionCreated runOnce(Profile profile, int jobs) {
        return sessions.createRunOnce(new RunOnceRequest(profile.profileId(),
                IntStream.rangeClosed(1, jobs).mapToObj(UiTestKit::greenhouseJob).toList(), null, null, false));
    }

    /** A Greenhouse job of board "acme" with id 1000 + n. */
    public static JobRef greenhouseJob(int n) {
        return new JobRef("Acme", "Engineer " + n, null, greenhouseUrl(n));
    }

    /** A run-once session of {@code jobs} Greenhouse jobs numbered from {@code first} (distinct, so none is a duplicate). */
    public SessionCreated runOnce(Profile profile, int first, int jobs) {
        return sessions.createRunOnce(new RunOnceRequest(profile.profileId(),
                IntStream.range(first, first + jobs).mapToObj(UiTestKit::greenhouseJob).toList(), null, null, false));
    }

    /**
     * A run-once session with one application in each of {@code statuses}, in that order, put there directly in H2
     * (the figures of a run caught at any moment, without running one).
     */
    public SessionCreated applicationsIn(Profile profile, List<ApplicationStatus> statuses) {
        SessionCreated created = runOnce(profile, 1, statuses.size());
        Instant now = Instant.now();
        database.jdbi().useExtension(ApplicationDao.class, dao -> IntStream.range(0, statuses.size())
                .forEach(i -> dao.transition(created.applications().get(i).applicationId(),
                        ApplicationStatus.QUEUED.name(), statuses.get(i).name(), now)));
        return created;
    }

    /**
     * A run-once session in review mode of {@code jobs} Greenhouse jobs numbered from {@code first}, run to its end:
     * each form is filled in and stopped before submit, and waits for the candidate's review (AWAITING_REVIEW).
     */
    public SessionCreated reviewRun(Profile profile, int first, int jobs) {
        IntStream.range(first, first + jobs).forEach(n -> engine.script(greenhouseUrl(n), request ->
                request.mode() == ApplyMode.REVIEW ? new ApplyOutcome(ApplicationStatus.AWAITING_REVIEW,
                        AtsType.GREENHOUSE, null, null, null, List.of(), List.of(), null) : StandInEngine.sent(request)));
        SessionCreated created = sessions.createRunOnce(new RunOnceRequest(profile.profileId(),
                IntStream.range(first, first + jobs).mapToObj(UiTestKit::greenhouseJob).toList(), null, null, true));
        coordinator.start(created.run().sessionRunId());
        if (!coordinator.awaitRun(created.run().sessionRunId(), Duration.ofSeconds(30))) {
            throw new IllegalStateException("The review run did not end");
        }
        return created;
    }

    public static String greenhouseUrl(int n) {
        return "https://boards.greenhouse.io/acme/jobs/" + (1000 + n);
    }

    @Override
    public void close() {
        coordinator.close();
        database.close();
    }

    /**
     * Succeeds for every job unless a job was held: then it waits until the test lets it go. Records
     * every job it was asked to apply to.
     */
    public static final class StandInEngine implements ApplicationEngine {
        /** A stand-in for a page thumbnail (the JPEG start marker and a few bytes). */
        public static final byte[] SNAPSHOT = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00};
        public final List<String> appliedUrls = new CopyOnWriteArrayList<>();
        /** Whether a watcher wanted page snapshots, per application, when it started. */
        public final List<Boolean> snapshotsWanted = new CopyOnWriteArrayList<>();
        private final Map<String, Hold> holds = new ConcurrentHashMap<>();
        private final Map<String, Function<ApplyRequest, ApplyOutcome>> scripts = new ConcurrentHashMap<>();

        /** The job at {@code url} ends as {@code outcome} says instead of succeeding. */
        public void script(String url, Function<ApplyRequest, ApplyOutcome> outcome) {
            scripts.put(url, outcome);
        }

        /** The job at {@code url} stays PROCESSING until {@link Hold#release()}. */
        public Hold hold(String url) {
            Hold hold = new Hold();
            holds.put(url, hold);
            return hold;
        }

        @Override
        public ApplyOutcome apply(ApplyRequest request, EngineListener listener) {
            String url = request.job().uri().toString();
            appliedUrls.add(url);
            listener.log("Opening the form");
            snapshotsWanted.add(listener.snapshotsWanted());
            if (listener.snapshotsWanted()) {
                listener.pageSnapshot(SNAPSHOT);
            }
            Hold hold = holds.get(url);
            if (hold != null) {
                hold.entered.countDown();
                await(hold.released);
            }
            Function<ApplyRequest, ApplyOutcome> script = scripts.get(url);
            if (script != null) {
                return script.apply(request);
            }
            listener.log("Submitting");
            listener.beforeSubmit();
            return sent(request);
        }

        /** What every job ends as unless scripted: sent, with a confirmation page. */
        static ApplyOutcome sent(ApplyRequest request) {
            return new ApplyOutcome(ApplicationStatus.SUCCESS, AtsType.GREENHOUSE,
                    request.job().uri() + "/confirmation", null, null, List.of(), List.of(), null);
        }

        @Override
        public void close() {
        }

        private static void await(CountDownLatch latch) {
            try {
                if (!latch.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The test never released the held job");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A job the engine holds in PROCESSING. */
    public static final class Hold {
        private final CountDownLatch entered = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        public void awaitEntered() {
            StandInEngine.await(entered);
        }

        public void release() {
            released.countDown();
        }
    }
}
