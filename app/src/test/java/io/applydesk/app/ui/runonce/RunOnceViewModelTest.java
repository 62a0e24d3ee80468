package io.applydesk.app.ui.runonce;

import static io.applydesk.app.ui.common.UiTestKit.greenhouseJob;
import static io.applydesk.app.ui.common.UiTestKit.greenhouseUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.ui.common.InlineTaskExecutor;
import io.applydesk.app.ui.common.UiTestKit;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.followup.FollowUpService;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.job.JobRef;
import io.applydesk.core.job.PracticeSite;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.profile.Resume;
import io.applydesk.core.session.RunOnceRequest;
import io.applydesk.core.session.SessionCreated;
import io.applydesk.core.session.SessionService;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Run Once wizard's ViewModel on real core services (real H2), no toolkit, inline executor. */
class RunOnceViewModelTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path files;

    private UiTestKit kit;
    private Profile profile;
    private final List<SessionCreated> started = new ArrayList<>();
    private RunOnceViewModel viewModel;

    @BeforeEach
    void open() {
        kit = new UiTestKit(dataDir, 1);
        profile = kit.completeProfile("dana@example.com");
        viewModel = wizard(List.of());
        viewModel.load();
    }

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void pastedLinksAreCheckedRowByRowWithTheirAts() {
        paste(greenhouseUrl(1) + "\n" + "https://jobs.lever.co/northwind/5ac21346-8e0c-4494-8e7a-3eb92ff77902\n");

        assertEquals(List.of(1, 2), numbers());
        assertEquals(List.of("Greenhouse", "Lever"), column(JobRow::ats));
        assertEquals(List.of("OK", "OK"), column(JobRow::stateText));
        assertEquals("2 jobs: 2 to apply to", viewModel.listMessageProperty().get());
        assertTrue(viewModel.canStartProperty().get());
        assertFalse(viewModel.listHasProblemProperty().get());
    }

    @Test
    void aLineThatIsNotALinkIsInvalidAndBlocksStart() {
        paste(greenhouseUrl(1) + "\nhello there\n");

        assertEquals(List.of("OK", "Not a web link"), column(JobRow::stateText));
        assertEquals(JobRow.State.INVALID, viewModel.rows().get(1).state());
        assertFalse(viewModel.rows().get(1).explanation().isEmpty());
        assertFalse(viewModel.canStartProperty().get());
        assertTrue(viewModel.listHasProblemProperty().get());
    }

    /** The walkthrough's "44 jobs" of which 22 were skipped: a list pasted twice is one row per job, and one run. */
    @Test
    void theSameListPastedTwiceIsOneRowPerJobAndStartsOneApplicationEach() {
        String list = greenhouseUrl(1) + "\n" + greenhouseUrl(2) + "\n" + greenhouseUrl(3) + "\n";
        paste(list + greenhouseUrl(1) + "?gh_src=newsletter\n" + greenhouseUrl(2) + "\n" + greenhouseUrl(3) + "\n");

        assertEquals(List.of(1, 2, 3), numbers());
        assertEquals(List.of(greenhouseUrl(1), greenhouseUrl(2), greenhouseUrl(3)), column(JobRow::link));
        assertEquals(List.of("OK", "OK", "OK"), column(JobRow::stateText));
        assertEquals("3 jobs: 3 to apply to", viewModel.listMessageProperty().get());
        assertEquals("3 repeated links were merged.", viewModel.mergedNoteProperty().get());

        viewModel.start();

        assertEquals(List.of(ApplicationStatus.QUEUED, ApplicationStatus.QUEUED, ApplicationStatus.QUEUED),
                started.get(0).applications().stream().map(Application::status).collect(Collectors.toList()));
        assertEquals("", viewModel.mergedNoteProperty().get(), "the wizard is cleared");
    }

    @Test
    void aDroppedLinkThatWasAlsoPastedIsMergedIntoThePastedRow() {
        paste("companyName,title,link\nAcme,Data Engineer," + greenhouseUrl(1) + "\n");

        viewModel.drop(new DroppedContent(List.of(), greenhouseUrl(1) + "\n" + greenhouseUrl(2) + "\n", null, null));

        assertEquals(List.of(1, 2), numbers());
        assertEquals(List.of("Data Engineer", ""), column(row -> row.title() == null ? "" : row.title()));
        assertEquals("1 repeated link was merged.", viewModel.mergedNoteProperty().get());
        assertEquals("1 drop: 2 links", viewModel.dropSummaryProperty().get());
    }

    @Test
    void aListOfMoreThanOneHundredLinksForAtMostOneHundredJobsCanStart() {
        paste(urls(60) + "\n" + urls(60));

        assertEquals(60, viewModel.rows().size());
        assertEquals("60 repeated links were merged.", viewModel.mergedNoteProperty().get());
        assertTrue(viewModel.canStartProperty().get());
    }

    @Test
    void aJobInTheQueueSaysSoAndIsSkipped() {
        kit.sessions.createRunOnce(new RunOnceRequest(profile.profileId(), List.of(greenhouseJob(1)), null, null, false));

        paste(greenhouseUrl(1) + "\n");

        assertEquals(List.of("Already in a run (QUEUED)"), column(JobRow::stateText));
        assertEquals(JobRow.State.DUPLICATE, viewModel.rows().get(0).state());
        assertTrue(viewModel.rows().get(0).explanation().startsWith("Already in the queue for this job since"),
                viewModel.rows().get(0).explanation());
        assertFalse(viewModel.canStartProperty().get(), "nothing left to apply to");
    }

    /**
     * The earlier application's status decides the words: sent, waiting in Needs you (not "applied"), or failed
     * (applied to again). Start skips and applies exactly as before.
     */
    @Test
    void aJobAppliedToBeforeIsNamedByTheEarlierApplicationsStatus() {
        kit.applicationsIn(profile, List.of(ApplicationStatus.SUCCESS, ApplicationStatus.NEEDS_INPUT,
                ApplicationStatus.AWAITING_REVIEW, ApplicationStatus.UNCONFIRMED, ApplicationStatus.FAILED));

        paste(urls(5));

        assertEquals(List.of("Already sent", "Waiting for you in Needs you", "Waiting for you in Needs you",
                "Waiting for you in Needs you", "Applied before, failed"), column(JobRow::stateText));
        assertEquals(List.of(JobRow.State.DUPLICATE, JobRow.State.DUPLICATE, JobRow.State.DUPLICATE,
                JobRow.State.DUPLICATE, JobRow.State.OK),
                viewModel.rows().stream().map(JobRow::state).collect(Collectors.toList()));
        assertTrue(viewModel.rows().get(3).explanation().contains("no confirmation was seen"),
                viewModel.rows().get(3).explanation());
        assertTrue(viewModel.rows().get(4).explanation().contains("and it failed"),
                viewModel.rows().get(4).explanation());
        assertEquals("5 jobs: 1 to apply to, 4 applied to before (skipped)", viewModel.listMessageProperty().get());

        viewModel.start();

        assertEquals(List.of(ApplicationStatus.SKIPPED, ApplicationStatus.SKIPPED, ApplicationStatus.SKIPPED,
                ApplicationStatus.SKIPPED, ApplicationStatus.QUEUED),
                started.get(0).applications().stream().map(Application::status).collect(Collectors.toList()));
        assertTrue(kit.coordinator.awaitRun(started.get(0).run().sessionRunId(), Duration.ofSeconds(30)));
        assertEquals(List.of(greenhouseUrl(5)), kit.engine.appliedUrls);
    }

    @Test
    void aJobWhoseFormTheCandidateDiscardedSaysSo() {
        SessionCreated review = kit.reviewRun(profile, 1, 1);
        new FollowUpService(kit.database, kit.profiles, kit.coordinator, kit.dirs, Clock.systemUTC())
                .discard(review.applications().get(0).applicationId());

        paste(greenhouseUrl(1));

        assertEquals(List.of("Discarded before"), column(JobRow::stateText));
        assertEquals(JobRow.State.DUPLICATE, viewModel.rows().get(0).state());
    }

    @Test
    void moreThanOneHundredJobsShowTheMaxJobsSentenceAndCannotStart() {
        paste(urls(101));

        assertEquals("A session can hold at most 100 jobs; this list has 101.", viewModel.listMessageProperty().get());
        assertTrue(viewModel.rows().isEmpty());
        assertFalse(viewModel.canStartProperty().get());
        assertTrue(viewModel.listHasProblemProperty().get());
    }

    @Test
    void exactlyOneHundredJobsCanStart() {
        paste(urls(100));

        assertEquals(100, viewModel.rows().size());
        assertTrue(viewModel.canStartProperty().get());
    }

    @Test
    void withoutAProfileNothingCanStart() {
        viewModel.profileProperty().set(null);
        paste(greenhouseUrl(1));

        assertFalse(viewModel.canStartProperty().get());
        assertEquals("Choose a profile to check the jobs against.", viewModel.listMessageProperty().get());
    }

    @Test
    void droppedTextAndUrlFilesAreAddedAfterThePastedRows() throws IOException {
        paste(greenhouseUrl(1));
        Path shortcut = Files.writeString(files.resolve("Acme job.url"),
                "[InternetShortcut]\r\nURL=" + greenhouseUrl(3) + "\r\n");

        viewModel.drop(new DroppedContent(List.of(), greenhouseUrl(2) + "\n", null, null));
        viewModel.drop(new DroppedContent(List.of(shortcut), null, null, null));

        assertEquals(List.of(1, 2, 3), numbers());
        assertEquals(List.of(greenhouseUrl(1), greenhouseUrl(2), greenhouseUrl(3)), column(JobRow::link));
        assertEquals("2 drops: 2 links", viewModel.dropSummaryProperty().get());
    }

    @Test
    void aBrowserDragOfferingOnlyHtmlIsReadFromItsLinks() {
        viewModel.drop(new DroppedContent(List.of(), "Senior Engineer at Acme", null,
                "<a href=\"" + greenhouseUrl(4) + "\">Senior Engineer at Acme</a>"));

        assertEquals(List.of(greenhouseUrl(4)), column(JobRow::link));
    }

    @Test
    void practiceJobsComeWithTheirCompanyAndTitle() {
        viewModel = wizard(List.of(new JobRef("Lumen Labs", "Data Engineer", "11", greenhouseUrl(11))));
        viewModel.load();

        viewModel.loadPracticeJobs();

        assertEquals(List.of("Lumen Labs"), column(JobRow::companyName));
        assertEquals(List.of("Data Engineer"), column(JobRow::title));
        assertTrue(viewModel.hasPracticeJobs());
    }

    /** The practice banner's promise: a link off the practice site is refused on its row, and Start cannot send it. */
    @Test
    void inPracticeModeALinkOffThePracticeSiteIsRefusedOnItsRowAndCannotStart() {
        String practiceSite = "http://127.0.0.1:41725";
        String practiceJob = practiceSite + "/practice/greenhouse/acme/jobs/1001";
        SessionService practiceSessions = new SessionService(kit.database, kit.profiles, JobLinkParser.forMode(
                new PracticeSite(URI.create(practiceSite), List.of())), Clock.systemUTC());
        viewModel = new RunOnceViewModel(kit.profiles, practiceSessions, kit.coordinator, kit.reader,
                List.of(JobRef.ofLink(practiceJob)), new InlineTaskExecutor(), started::add);
        viewModel.load();

        paste(practiceJob + "\nhttps://boards.greenhouse.io/acme/jobs/4012345\nhttps://example.com/about-us\n");

        assertEquals(List.of("OK", "Not a practice job", "Not a practice job"), column(JobRow::stateText));
        assertEquals(JobRow.State.INVALID, viewModel.rows().get(1).state());
        assertEquals("Job 2: 'https://boards.greenhouse.io/acme/jobs/4012345' is not on the practice site. In practice"
                + " mode ApplyDesk applies only to the practice site's jobs. Leave practice mode (Set up your own"
                + " profile) to apply to real employers.", viewModel.rows().get(1).explanation());
        assertEquals("3 jobs: 1 to apply to, 2 are not on the practice site — fix or remove them to start. "
                + PracticeSite.ONLY_PRACTICE_JOBS, viewModel.listMessageProperty().get());
        assertTrue(viewModel.listHasProblemProperty().get());
        assertFalse(viewModel.canStartProperty().get());

        viewModel.start();

        assertTrue(started.isEmpty());
        assertTrue(kit.engine.appliedUrls.isEmpty(), "nothing was applied to");
    }

    @Test
    void startCreatesTheSessionStartsItsRunAndClearsTheWizard() {
        paste(greenhouseUrl(1) + "\n" + greenhouseUrl(2) + "\n" + greenhouseUrl(1) + "\n");
        viewModel.overrideEmailProperty().set("dana.jobs@example.com");

        viewModel.start();

        assertEquals(1, started.size());
        SessionCreated created = started.get(0);
        assertEquals(List.of(ApplicationStatus.QUEUED, ApplicationStatus.QUEUED),
                created.applications().stream().map(Application::status).collect(Collectors.toList()));
        assertEquals("dana.jobs@example.com", created.applications().get(0).candidateEmail());
        assertTrue(kit.coordinator.awaitRun(created.run().sessionRunId(), Duration.ofSeconds(30)));
        assertEquals(List.of(greenhouseUrl(1), greenhouseUrl(2)), kit.engine.appliedUrls);
        assertEquals("", viewModel.pastedTextProperty().get());
        assertTrue(viewModel.rows().isEmpty());
    }

    @Test
    void theResumeChoiceFollowsTheProfileAndReachesTheSession() throws IOException {
        Resume data = kit.profiles.addResume(profile.profileId(),
                Files.writeString(files.resolve("data-cv.pdf"), "%PDF-1.4\n% data\n%%EOF\n"), false);
        Profile ada = kit.completeProfile("ada@example.com");
        viewModel.load();
        String danaDefault = kit.profiles.get(profile.profileId()).defaultResume().fileName();

        assertEquals(List.of("By your rules (default: " + danaDefault + ")", danaDefault, "data-cv.pdf"),
                resumeLabels());
        assertNull(viewModel.resumeOptionProperty().get().resumeId(), "the rules, until the candidate chooses");

        viewModel.resumeOptionProperty().set(viewModel.resumeOptions().get(2));
        viewModel.profileProperty().set(ada);
        assertEquals(List.of("By your rules (default: " + ada.defaultResume().fileName() + ")",
                ada.defaultResume().fileName()), resumeLabels());
        assertNull(viewModel.resumeOptionProperty().get().resumeId(), "Dana's resume is not Ada's");

        viewModel.profileProperty().set(kit.profiles.get(profile.profileId()));
        viewModel.resumeOptionProperty().set(viewModel.resumeOptions().get(2));
        viewModel.load();
        assertEquals(data.resumeId(), viewModel.resumeOptionProperty().get().resumeId(), "kept on a new visit");
        paste(greenhouseUrl(1));
        viewModel.start();

        assertEquals(data.resumeId(), started.get(0).session().resumeId());
    }

    @Test
    void aRefusedStartShowsTheSentenceAndStartsNothing() {
        paste(greenhouseUrl(1));
        viewModel.overrideEmailProperty().set("not-an-email");

        viewModel.start();

        assertTrue(started.isEmpty());
        assertNotNull(viewModel.startErrorProperty().get());
        assertFalse(viewModel.startErrorProperty().get().isEmpty());
        assertTrue(kit.engine.appliedUrls.isEmpty());
    }

    private RunOnceViewModel wizard(List<JobRef> practiceJobs) {
        return new RunOnceViewModel(kit.profiles, kit.sessions, kit.coordinator, kit.reader, practiceJobs,
                new InlineTaskExecutor(), started::add);
    }

    private void paste(String text) {
        viewModel.pastedTextProperty().set(text);
        viewModel.checkJobs();
    }

    private static String urls(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(UiTestKit::greenhouseUrl).collect(Collectors.joining("\n"));
    }

    private List<String> resumeLabels() {
        return viewModel.resumeOptions().stream().map(ResumeOption::label).collect(Collectors.toList());
    }

    private List<Integer> numbers() {
        return viewModel.rows().stream().map(JobRow::number).collect(Collectors.toList());
    }

    private List<String> column(java.util.function.Function<JobRow, String> getter) {
        return viewModel.rows().stream().map(getter).collect(Collectors.toList());
    }
}
