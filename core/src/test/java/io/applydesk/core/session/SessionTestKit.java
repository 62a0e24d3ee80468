package io.applydesk.core.session;

import io.applydesk.core.application.ApplicationService;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.job.JobRef;
import io.applydesk.core.profile.Language;
import io.applydesk.core.profile.PersonalInformation;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.ProfileService;
import io.applydesk.core.profile.Resume;
import io.applydesk.core.profile.WorkExperience;
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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A real data directory and H2 database in a temp folder with the services of sessions, and
 * complete profiles to use them with. Close it at the end of the test.
 */
public final class SessionTestKit implements AutoCloseable {
    public final DataDirectory dirs;
    public final Database db;
    public final TestClock clock = new TestClock(Instant.parse("2026-11-02T09:00:00Z"));
    public final ProfileService profiles;
    public final SessionService sessions;
    public final ApplicationService applications;

    public SessionTestKit(Path tempDir) {
        dirs = new DataDirectory(tempDir);
        db = Database.open(dirs);
        profiles = new ProfileService(db, dirs, clock);
        sessions = new SessionService(db, profiles, new JobLinkParser(), clock);
        applications = new ApplicationService(db);
    }

    /** A profile with every mandatory field and a default resume. */
    public Profile completeProfile(String email) {
        Profile created = profiles.create(new Profile(null, "Backend roles", new PersonalInformation("Dana", "Okafor",
                email, "+44", "7700900123", "Female", "12 Mill Lane", "Leeds", "West Yorkshire", "LS1 4AB",
                "United Kingdom", "United Kingdom"),
                List.of(new WorkExperience("Engineer", "Northwind", "2020-01", null, true, "Leeds", "APIs")),
                List.of(), List.of("Java"), List.of(new Language("English", "Native")), List.of(), List.of(), null,
                List.of(), List.of(), null, null));
        try {
            Path pdf = Files.createTempFile(dirs.root(), "resume", ".pdf");
            Files.writeString(pdf, "%PDF-1.4\n% test resume\n%%EOF\n", StandardCharsets.ISO_8859_1);
            profiles.addResume(created.profileId(), pdf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return profiles.get(created.profileId());
    }

    /** Adds a (tiny) PDF resume named {@code fileName} to the profile; its bytes name the file, so each differs. */
    public Resume addResume(Profile profile, String fileName) {
        try {
            Path pdf = Files.writeString(Files.createTempDirectory(dirs.root(), "upload").resolve(fileName),
                    "%PDF-1.4\n% " + fileName + "\n%%EOF\n", StandardCharsets.ISO_8859_1);
            return profiles.addResume(profile.profileId(), pdf, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Greenhouse jobs of board "acme" with ids 1001, 1002, … */
    public static List<JobRef> greenhouseJobs(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(SessionTestKit::greenhouseJob).collect(Collectors.toList());
    }

    public static JobRef greenhouseJob(int n) {
        return new JobRef("Acme", "Engineer " + n, "ref-" + n, "https://boards.greenhouse.io/acme/jobs/" + (1000 + n));
    }

    public SessionCreated runOnce(Profile profile, List<JobRef> jobs) {
        return sessions.createRunOnce(new RunOnceRequest(profile.profileId(), jobs, null, null, false));
    }

    @Override
    public void close() {
        db.close();
    }

    /** A clock the test moves by hand. */
    public static final class TestClock extends Clock {
        private volatile Instant now;

        public TestClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("The test clock is in UTC.");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
