package io.applydesk.core.session;

import static io.applydesk.core.session.SessionTestKit.greenhouseJob;
import static io.applydesk.core.session.SessionTestKit.greenhouseJobs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationQuery;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.common.Page;
import io.applydesk.core.common.PageRequest;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.HostAlias;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.job.JobListRow;
import io.applydesk.core.job.JobRef;
import io.applydesk.core.job.PracticeSite;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.Resume;
import io.applydesk.core.run.RunStatus;
import io.applydesk.core.run.SessionRun;
import io.applydesk.core.session.JobPreview.Verdict;
import io.applydesk.core.session.store.SearchDao;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionServiceTest {
    /** The practice site of the practice-mode tests. */
    private static final String PRACTICE = "http://127.0.0.1:41725";

    @TempDir
    Path tempDir;

    private SessionTestKit kit;
    private Profile profile;

    @BeforeEach
    void setUp() {
        kit = new SessionTestKit(tempDir);
        profile = kit.completeProfile("dana@example.com");
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    @Test
    void createRunOnceStoresActiveSessionRunAndQueuedApplications() {
        List<JobRef> jobs = List.of(greenhouseJob(1), greenhouseJob(2),
                new JobRef("Acme", "Engineer 1", "ref-x", "https://jobs.example.org/careers/42"));
        SessionCreated created = kit.runOnce(profile, jobs);

        Session stored = kit.sessions.get(created.session().sessionId());
        assertEquals(SessionType.RUN_ONCE, stored.type());
        assertEquals(SessionStatus.ACTIVE, stored.status());
        assertEquals(profile.profileId(), stored.candidateProfileId());
        assertEquals(List.of("Engineer 1", "Engineer 2"), stored.searchContext().titles());
        assertEquals(List.of(), stored.searchContext().locations());
        assertEquals(1, stored.stats().totalRuns());
        assertEquals(0, stored.stats().totalApplications());
        assertEquals(3, stored.stats().jobsQueued());
        assertEquals(kit.clock.instant(), stored.stats().lastRunAt());
        assertNull(stored.stats().nextRunAt());

        SessionRun run = created.run();
        assertEquals(RunStatus.IN_PROGRESS, run.status());
        assertEquals(3, run.stats().jobsFound());
        assertTrue(run.sessionRunId().startsWith("run_"));

        List<Application> apps = kit.applications.inSession(stored.sessionId());
        assertEquals(3, apps.size());
        assertEquals(List.of(ApplicationStatus.QUEUED, ApplicationStatus.QUEUED, ApplicationStatus.QUEUED),
                apps.stream().map(Application::status).toList());
        assertEquals(List.of(AtsType.GREENHOUSE, AtsType.GREENHOUSE, AtsType.UNKNOWN),
                apps.stream().map(Application::atsType).toList());
        Application first = apps.get(0);
        assertEquals("dana@example.com", first.candidateEmail());
        assertEquals("https://boards.greenhouse.io/acme/jobs/1001", first.jobUrl());
        assertEquals("Acme", first.companyName());
        assertEquals("Engineer 1", first.jobTitle());
        assertEquals("ref-1", first.jobRefId());
        assertEquals(run.sessionRunId(), first.sessionRunId());
        assertTrue(first.attempts().isEmpty(), "no attempt before processing starts");
        assertEquals(apps, created.applications());
    }

    @Test
    void overrideEmailBecomesTheCandidateEmail() {
        SessionCreated created = kit.sessions.createRunOnce(new RunOnceRequest(profile.profileId(),
                greenhouseJobs(1), null, " me@mine.test ", true));
        assertEquals("me@mine.test", created.session().overrideEmail());
        assertTrue(created.session().reviewMode());
        assertEquals("me@mine.test", created.applications().get(0).candidateEmail());
    }

    @Test
    void overrideEmailMustBeAnEmail() {
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> kit.sessions.createRunOnce(
                new RunOnceRequest(profile.profileId(), greenhouseJobs(1), null, "not-an-email", false)));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("overrideEmail", e.details());
        assertNothingStored();
    }

    @Test
    void aChosenResumeIsStoredWithTheSession() {
        Resume chosen = kit.addResume(profile, "data-resume.pdf");
        SessionCreated created = kit.sessions.createRunOnce(new RunOnceRequest(profile.profileId(),
                greenhouseJobs(1), null, null, chosen.resumeId(), false));

        assertEquals(chosen.resumeId(), kit.sessions.get(created.session().sessionId()).resumeId());
        assertNull(kit.runOnce(profile, List.of(greenhouseJob(2))).session().resumeId(), "the rules choose");
    }

    @Test
    void aResumeOfAnotherProfileIsRefused() {
        Resume foreign = kit.completeProfile("ada@example.com").defaultResume();

        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> kit.sessions.createRunOnce(
                new RunOnceRequest(profile.profileId(), greenhouseJobs(1), null, null, foreign.resumeId(), false)));

        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("resumeId", e.details());
        assertTrue(e.getMessage().startsWith("That resume is not one of this profile's resumes"), e.getMessage());
        assertNothingStored();
    }

    @Test
    void noJobIsRefused() {
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> kit.runOnce(profile, List.of()));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("Add at least one job to the session.", e.getMessage());
    }

    @Test
    void aHundredJobsAreAcceptedAndAHundredAndOneRefused() {
        assertEquals(100, kit.runOnce(profile, greenhouseJobs(100)).applications().size());

        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> kit.runOnce(profile, greenhouseJobs(101)));
        assertEquals(ErrorCode.MAX_JOBS_EXCEEDED, e.code());
        assertEquals("A session can hold at most 100 jobs; this list has 101.", e.getMessage());
        assertEquals(1, kit.sessions.list(SessionQuery.all()).pagination().total());
    }

    @Test
    void invalidLinkNamesTheRowAndNothingIsStored() {
        List<JobRef> jobs = new ArrayList<>(greenhouseJobs(2));
        jobs.add(new JobRef("Acme", "Backend Engineer", "3", "htp:/x"));
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> kit.runOnce(profile, jobs));
        assertEquals(ErrorCode.INVALID_JOB_URL, e.code());
        assertEquals("Job 3 (Acme, Backend Engineer): 'htp:/x' is not a web link.", e.getMessage());
        assertEquals("jobs[2].link", e.details());
        assertNothingStored();
    }

    /**
     * The practice banner promises that practice applications never reach real employers: a link off the practice
     * site is refused per row, as a link that is no web link is, and nothing is stored.
     */
    @Test
    void inPracticeModeALinkOffThePracticeSiteIsRefusedAndNothingIsStored() {
        SessionService practice = practiceSessions();
        List<JobRef> jobs = List.of(JobRef.ofLink(PRACTICE + "/practice/greenhouse/acme/jobs/1"),
                new JobRef("Acme", "Backend Engineer", null, "https://boards.greenhouse.io/acme/jobs/4012345"),
                JobRef.ofLink("https://example.com/about-us"));

        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> practice.createRunOnce(
                new RunOnceRequest(profile.profileId(), jobs, null, null, false)));

        assertEquals(ErrorCode.INVALID_JOB_URL, e.code());
        assertEquals("Job 2 (Acme, Backend Engineer): 'https://boards.greenhouse.io/acme/jobs/4012345' is not on the"
                + " practice site. In practice mode ApplyDesk applies only to the practice site's jobs. Leave practice"
                + " mode (Set up your own profile) to apply to real employers.", e.getMessage());
        assertEquals("jobs[1].link", e.details());
        assertNothingStored();
        List<JobPreview> rows = practice.preview(profile.profileId(), jobs);
        assertEquals(List.of(Verdict.OK, Verdict.OFF_PRACTICE_SITE, Verdict.OFF_PRACTICE_SITE),
                rows.stream().map(JobPreview::verdict).toList());
        assertEquals(ErrorCode.INVALID_JOB_URL, rows.get(2).code());
        assertEquals("Job 3: 'https://example.com/about-us' is not on the practice site. "
                + PracticeSite.ONLY_PRACTICE_JOBS, rows.get(2).message());
        // Outside practice mode the same links are jobs like any other.
        assertEquals(List.of(Verdict.OK, Verdict.OK, Verdict.OK),
                kit.sessions.preview(profile.profileId(), jobs).stream().map(JobPreview::verdict).toList());
    }

    /** No other path queues one either: an autopilot run leaves links off the practice site out. */
    @Test
    void inPracticeModeAnAutopilotRunLeavesLinksOffThePracticeSiteOut() {
        SessionService practice = practiceSessions();
        Session autopilot = practice.createAutopilotOnce(new AutopilotRequest(profile.profileId(),
                new Filters("Backend Engineer", List.of(), List.of()), null, null, null, null, false));

        SessionCreated run = practice.addAutopilotRun(autopilot.sessionId(), List.of(
                JobRef.ofLink("https://boards.greenhouse.io/acme/jobs/4012345"),
                JobRef.ofLink(PRACTICE + "/practice/greenhouse/acme/jobs/1")), null);

        assertEquals(List.of(PRACTICE + "/practice/greenhouse/acme/jobs/1"),
                run.applications().stream().map(Application::jobUrl).toList());
    }

    /** The kit's sessions as practice mode has them: the practice site at {@link #PRACTICE}. */
    private SessionService practiceSessions() {
        return new SessionService(kit.db, kit.profiles, JobLinkParser.forMode(new PracticeSite(URI.create(PRACTICE),
                List.of(new HostAlias(PRACTICE + "/practice/greenhouse", AtsType.GREENHOUSE)))), kit.clock);
    }

    @Test
    void missingLinkIsAnInvalidLink() {
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> kit.runOnce(profile, List.of(new JobRef(null, null, null, " "))));
        assertEquals(ErrorCode.INVALID_JOB_URL, e.code());
        assertEquals("Job 1 has no link.", e.getMessage());
    }

    @Test
    void unknownProfileIsNotFoundAndIncompleteProfileIsRefused() {
        ApplyDeskException missing = assertThrows(ApplyDeskException.class, () -> kit.sessions.createRunOnce(
                new RunOnceRequest("prof_nope", greenhouseJobs(1), null, null, false)));
        assertEquals(ErrorCode.NOT_FOUND, missing.code());

        Profile noResume = kit.profiles.create(new Profile(null, "x", profile.personalInformation()
                .withEmail("other@example.com"), profile.workExperience(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, List.of(), List.of(), null, null));
        ApplyDeskException incomplete = assertThrows(ApplyDeskException.class,
                () -> kit.runOnce(noResume, greenhouseJobs(1)));
        assertEquals(ErrorCode.PROFILE_INCOMPLETE, incomplete.code());
        assertNothingStored();
    }

    @Test
    void duplicatesInsideTheListAreSkippedByCanonicalJobNotRawUrl() {
        List<JobRef> jobs = List.of(
                greenhouseJob(1),
                JobRef.ofLink("https://boards.greenhouse.io/acme/jobs/1001?gh_src=x"),
                greenhouseJob(2),
                JobRef.ofLink("https://boards.greenhouse.io/embed/job_app?for=acme&token=1002"));
        List<Application> apps = kit.runOnce(profile, jobs).applications();

        assertEquals(List.of(ApplicationStatus.QUEUED, ApplicationStatus.SKIPPED, ApplicationStatus.QUEUED,
                ApplicationStatus.SKIPPED), apps.stream().map(Application::status).toList());
        assertEquals(ErrorCode.DUPLICATE_APPLICATION, apps.get(1).error().code());
        assertEquals("Same job as row 1 of this list.", apps.get(1).error().message());
        assertEquals("Same job as row 3 of this list.", apps.get(3).error().message());
        assertNull(apps.get(0).error());
    }

    @Test
    void earlierLiveApplicationOfTheProfileBlocksAcrossSessions() {
        Application earlier = kit.runOnce(profile, List.of(greenhouseJob(1))).applications().get(0);
        kit.clock.advance(Duration.ofDays(3));

        Application queuedDuplicate = kit.runOnce(profile,
                List.of(JobRef.ofLink("http://boards.greenhouse.io/acme/jobs/1001/?utm_source=mail"))).applications()
                .get(0);
        assertEquals(ApplicationStatus.SKIPPED, queuedDuplicate.status());
        assertEquals("Already in the queue for this job since 2026-11-02 (" + earlier.applicationId() + ").",
                queuedDuplicate.error().message());

        setStatus(earlier.applicationId(), ApplicationStatus.SUCCESS);
        Application appliedDuplicate = kit.runOnce(profile, List.of(greenhouseJob(1))).applications().get(0);
        assertEquals(ErrorCode.DUPLICATE_APPLICATION, appliedDuplicate.error().code());
        assertEquals("Already applied to this job on 2026-11-02 (" + earlier.applicationId() + ").",
                appliedDuplicate.error().message());
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class, names = {"FAILED", "CANCELLED", "SKIPPED"})
    void earlierApplicationThatDidNotGoThroughDoesNotBlock(ApplicationStatus earlierStatus) {
        Application earlier = kit.runOnce(profile, List.of(greenhouseJob(1))).applications().get(0);
        setStatus(earlier.applicationId(), earlierStatus);

        Application again = kit.runOnce(profile, List.of(greenhouseJob(1))).applications().get(0);
        assertEquals(ApplicationStatus.QUEUED, again.status());
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class,
            names = {"PROCESSING", "SUCCESS", "NEEDS_INPUT", "AWAITING_REVIEW", "UNCONFIRMED"})
    void earlierApplicationThatMayHaveGoneThroughBlocks(ApplicationStatus earlierStatus) {
        Application earlier = kit.runOnce(profile, List.of(greenhouseJob(1))).applications().get(0);
        setStatus(earlier.applicationId(), earlierStatus);

        Application again = kit.runOnce(profile, List.of(greenhouseJob(1))).applications().get(0);
        assertEquals(ApplicationStatus.SKIPPED, again.status());
        assertTrue(again.error().message().endsWith("(" + earlier.applicationId() + ")."));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationStatus.class,
            names = {"QUEUED", "PROCESSING", "SUCCESS", "NEEDS_INPUT", "AWAITING_REVIEW", "UNCONFIRMED"})
    void previewCarriesTheBlockingApplicationsStatus(ApplicationStatus earlierStatus) {
        Application earlier = kit.runOnce(profile, List.of(greenhouseJob(1))).applications().get(0);
        if (earlierStatus != ApplicationStatus.QUEUED) {
            setStatus(earlier.applicationId(), earlierStatus);
        }

        JobPreview row = kit.sessions.preview(profile.profileId(), List.of(greenhouseJob(1))).get(0);

        assertEquals(Verdict.ALREADY_APPLIED, row.verdict());
        assertEquals(earlierStatus, row.earlierStatus());
    }

    @Test
    void anUnconfirmedEarlierApplicationIsNotCalledApplied() {
        Application earlier = kit.runOnce(profile, List.of(greenhouseJob(1))).applications().get(0);
        setStatus(earlier.applicationId(), ApplicationStatus.UNCONFIRMED);

        Application again = kit.runOnce(profile, List.of(greenhouseJob(1))).applications().get(0);

        assertEquals(ApplicationStatus.SKIPPED, again.status());
        assertEquals("Already submitted for this job on 2026-11-02, but no confirmation was seen; it is waiting for"
                + " you to check it (" + earlier.applicationId() + ").", again.error().message());
    }

    /** A failed application does not block (the job is queued again), yet the preview says it was tried. */
    @Test
    void previewOfAJobThatFailedBeforeIsOkAndSaysSo() {
        Application failed = kit.runOnce(profile, List.of(greenhouseJob(1))).applications().get(0);
        setStatus(failed.applicationId(), ApplicationStatus.FAILED);

        JobPreview row = kit.sessions.preview(profile.profileId(), List.of(greenhouseJob(1))).get(0);

        assertEquals(Verdict.OK, row.verdict());
        assertEquals(ApplicationStatus.FAILED, row.earlierStatus());
        assertNull(row.duplicateOfApplicationId());
        assertEquals("Applied to this job on 2026-11-02, and it failed (" + failed.applicationId()
                + "); it will be tried again.", row.message());
        assertEquals(ApplicationStatus.QUEUED,
                kit.runOnce(profile, List.of(greenhouseJob(1))).applications().get(0).status());
    }

    /** Never apply twice: a newer failed application does not hide an older one that was sent in the end (a retry). */
    @Test
    void aSentApplicationOutweighsANewerFailedOne() {
        Application sent = kit.runOnce(profile, List.of(greenhouseJob(1))).applications().get(0);
        setStatus(sent.applicationId(), ApplicationStatus.FAILED);
        kit.clock.advance(Duration.ofDays(1));
        Application failed = kit.runOnce(profile, List.of(greenhouseJob(1))).applications().get(0);
        setStatus(failed.applicationId(), ApplicationStatus.FAILED);
        setStatus(sent.applicationId(), ApplicationStatus.SUCCESS);

        JobPreview row = kit.sessions.preview(profile.profileId(), List.of(greenhouseJob(1))).get(0);

        assertEquals(Verdict.ALREADY_APPLIED, row.verdict());
        assertEquals(ApplicationStatus.SUCCESS, row.earlierStatus());
        assertEquals(sent.applicationId(), row.duplicateOfApplicationId());
    }

    @Test
    void withoutRepeatsKeepsTheFirstRowOfEachJobAndEveryRowThatIsNoJobLink() {
        JobListRow first = new JobListRow(1, greenhouseJob(1), null);
        JobListRow hello = new JobListRow(2, JobRef.ofLink("hello"), "Row 2 is not a web link: 'hello'");
        JobListRow second = new JobListRow(3, greenhouseJob(2), null);
        List<JobListRow> given = List.of(first, hello, second,
                new JobListRow(4, JobRef.ofLink("http://boards.greenhouse.io/acme/jobs/1001/?gh_src=mail"), null),
                hello,
                new JobListRow(1, new JobRef("Other", "Other title", null, greenhouseJob(2).link()), null));

        assertEquals(List.of(first, hello, second, hello), kit.sessions.withoutRepeats(given));
        assertNothingStored();
    }

    @Test
    void anotherProfilesApplicationDoesNotBlock() {
        kit.runOnce(profile, List.of(greenhouseJob(1)));
        Profile other = kit.completeProfile("sam@example.com");
        assertEquals(ApplicationStatus.QUEUED, kit.runOnce(other, List.of(greenhouseJob(1))).applications().get(0)
                .status());
    }

    @Test
    void searchIdMustExistAndGivesTheSearchContext() {
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> kit.sessions.createRunOnce(
                new RunOnceRequest(profile.profileId(), greenhouseJobs(1), "srch_missing", null, false)));
        assertEquals(ErrorCode.NOT_FOUND, e.code());
        assertEquals("searchId", e.details());

        kit.db.jdbi().useExtension(SearchDao.class, dao -> dao.insert("srch_abc",
                new SearchContext(List.of("Backend Engineer"), List.of("Leeds")), null, kit.clock.instant()));
        SessionCreated created = kit.sessions.createRunOnce(
                new RunOnceRequest(profile.profileId(), greenhouseJobs(1), "srch_abc", null, false));
        assertEquals(new SearchContext(List.of("Backend Engineer"), List.of("Leeds")),
                kit.sessions.get(created.session().sessionId()).searchContext());
        assertEquals("srch_abc", created.applications().get(0).searchId());
    }

    @Test
    void previewGivesEachRowsVerdictAndStoresNothing() {
        Application earlier = kit.runOnce(profile, List.of(greenhouseJob(5))).applications().get(0);
        List<JobPreview> rows = kit.sessions.preview(profile.profileId(), List.of(
                greenhouseJob(1),
                new JobRef("Acme", "Ops", null, "hello"),
                JobRef.ofLink("https://boards.greenhouse.io/acme/jobs/1001?gh_src=li"),
                greenhouseJob(5)));

        assertEquals(List.of(Verdict.OK, Verdict.INVALID_LINK, Verdict.DUPLICATE_IN_LIST, Verdict.ALREADY_APPLIED),
                rows.stream().map(JobPreview::verdict).toList());
        assertEquals(AtsType.GREENHOUSE, rows.get(0).link().atsType());
        assertEquals(ErrorCode.INVALID_JOB_URL, rows.get(1).code());
        assertEquals("Job 2 (Acme, Ops): 'hello' is not a web link.", rows.get(1).message());
        assertEquals(1, rows.get(2).duplicateOfRow());
        assertEquals(earlier.applicationId(), rows.get(3).duplicateOfApplicationId());
        assertEquals(ApplicationStatus.QUEUED, rows.get(3).earlierStatus());
        assertNull(rows.get(0).earlierStatus());
        assertEquals(1, kit.sessions.list(SessionQuery.all()).pagination().total());
    }

    @Test
    void listPagesAndFilters() {
        for (int i = 0; i < 25; i++) {
            kit.runOnce(profile, List.of(greenhouseJob(i + 1)));
            kit.clock.advance(Duration.ofMinutes(1));
        }
        String stopped = kit.sessions.list(SessionQuery.all()).data().get(0).sessionId();
        kit.sessions.stop(stopped);

        Page<Session> second = kit.sessions.list(new SessionQuery(null, null, new PageRequest(2, 20)));
        assertEquals(5, second.data().size());
        assertEquals(25, second.pagination().total());
        assertEquals(2, second.pagination().totalPages());
        Page<Session> first = kit.sessions.list(SessionQuery.all());
        assertEquals(20, first.data().size());
        assertTrue(first.data().get(0).createdAt().isAfter(first.data().get(19).createdAt()), "newest first");

        Page<Session> cancelled = kit.sessions.list(SessionQuery.of("cancelled", "run_once", null, null));
        assertEquals(List.of(stopped), cancelled.data().stream().map(Session::sessionId).toList());
        assertEquals(24, kit.sessions.list(SessionQuery.of("ACTIVE", null, 1, 100)).data().size());
        assertEquals(0, kit.sessions.list(SessionQuery.of(null, "autopilot_recurring", 1, 5)).pagination().total());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void pageBelowOneIsRefused(int page) {
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> SessionQuery.of(null, null, page, 20));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101})
    void limitOutsideOneToHundredIsRefused(int limit) {
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> ApplicationQuery.of(null, null, 1, limit));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
    }

    @Test
    void unknownStatusFilterIsRefusedNamingTheChoices() {
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> SessionQuery.of("running", null, null, null));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("'running' is not a known status. Use one of: active, paused, completed, cancelled.",
                e.getMessage());
    }

    @Test
    void stopCancelsSessionRunsAndQueuedApplicationsButNotProcessingOnes() {
        SessionCreated created = kit.runOnce(profile, greenhouseJobs(3));
        String processing = created.applications().get(0).applicationId();
        setStatus(processing, ApplicationStatus.PROCESSING);
        kit.clock.advance(Duration.ofMinutes(5));

        Session stopped = kit.sessions.stop(created.session().sessionId());

        assertEquals(SessionStatus.CANCELLED, stopped.status());
        SessionRun run = kit.sessions.runs(stopped.sessionId(), null, null).data().get(0);
        assertEquals(RunStatus.CANCELLED, run.status());
        assertEquals(kit.clock.instant(), run.completedAt());
        assertEquals(List.of(ApplicationStatus.PROCESSING, ApplicationStatus.CANCELLED, ApplicationStatus.CANCELLED),
                kit.applications.inSession(stopped.sessionId()).stream().map(Application::status).toList());
        assertEquals(0, stopped.stats().jobsQueued());

        kit.clock.advance(Duration.ofMinutes(5));
        Session again = kit.sessions.stop(stopped.sessionId());
        assertEquals(stopped, again, "stopping an ended session changes nothing");
    }

    @Test
    void stopOfUnknownSessionIsNotFound() {
        assertEquals(ErrorCode.NOT_FOUND,
                assertThrows(ApplyDeskException.class, () -> kit.sessions.stop("sess_nope")).code());
        assertEquals(ErrorCode.NOT_FOUND,
                assertThrows(ApplyDeskException.class, () -> kit.sessions.get("sess_nope")).code());
    }

    @Test
    void pauseAndResume() {
        String id = kit.runOnce(profile, greenhouseJobs(1)).session().sessionId();
        assertEquals(SessionStatus.PAUSED, kit.sessions.pause(id).status());
        assertEquals(SessionStatus.PAUSED, kit.sessions.pause(id).status());
        assertEquals(SessionStatus.ACTIVE, kit.sessions.resume(id).status());
        assertEquals(SessionStatus.ACTIVE, kit.sessions.resume(id).status());

        kit.sessions.stop(id);
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> kit.sessions.resume(id));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("This session has already ended (cancelled), so it cannot be resumed.", e.getMessage());
    }

    @Test
    void runsAreFilteredByStatus() {
        String id = kit.runOnce(profile, greenhouseJobs(1)).session().sessionId();
        assertEquals(1, kit.sessions.runs(id, PageRequest.of(1, 10), RunStatus.IN_PROGRESS).data().size());
        assertEquals(0, kit.sessions.runs(id, PageRequest.of(1, 10), RunStatus.COMPLETED).data().size());
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(ApplyDeskException.class,
                () -> kit.sessions.runs("sess_nope", null, null)).code());
    }

    @Test
    void applicationsArePagedAndFiltered() {
        String id = kit.runOnce(profile, greenhouseJobs(30)).session().sessionId();
        kit.runOnce(profile, List.of(greenhouseJob(99)));
        Page<Application> page = kit.applications.list(ApplicationQuery.of(id, "queued", 2, 25));
        assertEquals(5, page.data().size());
        assertEquals(30, page.pagination().total());
        assertEquals("Engineer 26", page.data().get(0).jobTitle(), "list order within the session");
        assertEquals(31, kit.applications.list(ApplicationQuery.of(null, null, null, null)).pagination().total());
        assertEquals(0, kit.applications.list(ApplicationQuery.of(id, "SUCCESS", null, null)).pagination().total());
        Application one = page.data().get(0);
        assertEquals(one, kit.applications.get(one.applicationId()));
        assertNotNull(one.createdAt());
        assertEquals(ErrorCode.NOT_FOUND,
                assertThrows(ApplyDeskException.class, () -> kit.applications.get("app_nope")).code());
    }

    private void setStatus(String applicationId, ApplicationStatus status) {
        kit.db.jdbi().useExtension(ApplicationDao.class, dao -> {
            String from = dao.findRow(applicationId).orElseThrow().status();
            assertEquals(1, dao.transition(applicationId, from, status.name(), kit.clock.instant()));
        });
    }

    private void assertNothingStored() {
        assertEquals(0, kit.sessions.list(SessionQuery.all()).pagination().total());
        assertEquals(0, kit.applications.list(ApplicationQuery.of(null, null, null, null)).pagination().total());
    }
}
