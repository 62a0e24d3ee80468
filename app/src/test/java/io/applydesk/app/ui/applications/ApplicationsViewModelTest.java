package io.applydesk.app.ui.applications;

import io.applydesk.app.ui.common.LinkOpener;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.ui.applications.ApplicationsViewModel.AnswerLine;
import io.applydesk.app.ui.applications.ApplicationsViewModel.Screenshot;
import io.applydesk.automation.evidence.EvidenceRecorder;
import io.applydesk.app.ui.common.InlineTaskExecutor;
import io.applydesk.app.ui.common.ManualDebouncer;
import io.applydesk.app.ui.common.StubDialogService;
import io.applydesk.app.ui.common.UiTestKit;
import io.applydesk.core.application.AnsweredQuestion;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.Evidence;
import io.applydesk.core.application.Provenance;
import io.applydesk.core.application.export.ApplicationExporter;
import io.applydesk.core.application.export.CsvApplicationWriter;
import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.json.JsonText;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.session.RunOnceRequest;
import io.applydesk.core.session.SessionCreated;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Applications ViewModel over real H2, a real coordinator and a stand-in engine; no toolkit. */
class ApplicationsViewModelTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path exports;

    private UiTestKit kit;
    private Profile profile;
    private final StubDialogService dialogs = new StubDialogService();
    private final ManualDebouncer searchPause = new ManualDebouncer();
    private final List<URI> opened = new ArrayList<>();
    private LinkOpener browser = opened::add;
    private ApplicationsViewModel viewModel;

    @BeforeEach
    void open() {
        kit = new UiTestKit(dataDir, 1);
        profile = kit.completeProfile("dana@example.com");
        viewModel = new ApplicationsViewModel(kit.applications, kit.sessions, kit.profiles, kit.coordinator,
                new ApplicationExporter(kit.applications, Clock.systemUTC(), ZoneOffset.UTC), link -> browser.open(link),
                new InlineTaskExecutor(), dialogs, searchPause, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        viewModel.deactivate();
        kit.close();
    }

    @Test
    void pagesOfFiftyWithTheCountAndPageControls() {
        runOnce(1, 60);
        viewModel.activate();

        assertEquals(50, viewModel.rows().size());
        assertEquals("60 applications", viewModel.countTextProperty().get());
        assertEquals("Page 1 of 2", viewModel.pageTextProperty().get());
        assertFalse(viewModel.canGoBackProperty().get());
        assertTrue(viewModel.canGoForwardProperty().get());

        viewModel.nextPage();
        assertEquals(10, viewModel.rows().size());
        assertEquals("Page 2 of 2", viewModel.pageTextProperty().get());
        assertTrue(viewModel.canGoBackProperty().get());
        assertFalse(viewModel.canGoForwardProperty().get());
        viewModel.nextPage();
        assertEquals(2, viewModel.page(), "no page after the last");

        viewModel.previousPage();
        assertEquals(1, viewModel.page());
        assertEquals(50, viewModel.rows().size());
    }

    @Test
    void filtersApplyAtOnceAndTheSearchAfterThePause() {
        SessionCreated done = runOnce(1, 2);
        finish(done);
        SessionCreated queued = runOnce(10, 3);
        viewModel.activate();
        assertEquals("5 applications", viewModel.countTextProperty().get());
        // The session filter offers the sessions, newest first.
        assertEquals(3, viewModel.sessionChoices().size());

        viewModel.statusProperty().set(choice(viewModel.statusChoices(), ApplicationStatus.SUCCESS));
        assertEquals(2, viewModel.rows().size());
        assertTrue(viewModel.rows().stream().allMatch(a -> a.status() == ApplicationStatus.SUCCESS));

        viewModel.statusProperty().set(viewModel.statusChoices().get(0));
        viewModel.sessionProperty().set(choice(viewModel.sessionChoices(), queued.session().sessionId()));
        assertEquals(3, viewModel.rows().size());

        viewModel.searchTextProperty().set("/jobs/1011");
        assertEquals(3, viewModel.rows().size(), "the search waits for the typing to pause");
        assertTrue(searchPause.fire());
        assertEquals(List.of(UiTestKit.greenhouseUrl(11)), urls());
        assertEquals("1 application", viewModel.countTextProperty().get());

        viewModel.atsProperty().set(choice(viewModel.atsChoices(), AtsType.LEVER));
        assertEquals("0 applications", viewModel.countTextProperty().get());
        assertEquals("", viewModel.pageTextProperty().get());

        viewModel.clearFilters();
        assertEquals(5, viewModel.rows().size());
        assertEquals("", viewModel.searchTextProperty().get());

        // Leaving the page drops a search still waiting for the pause: nothing runs behind a closed page.
        viewModel.searchTextProperty().set("/jobs/1011");
        viewModel.deactivate();
        assertFalse(searchPause.fire());
    }

    @Test
    void theCompanyAndDateFiltersNarrowAndDatesOutOfOrderAreExplained() {
        runOnce(1, 2);
        viewModel.activate();
        assertEquals(List.of("Any company", "Acme"),
                viewModel.companyChoices().stream().map(Choice::label).collect(Collectors.toList()));
        viewModel.companyProperty().set(viewModel.companyChoices().get(1));
        assertEquals(2, viewModel.rows().size());

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        viewModel.fromDateProperty().set(today.plusDays(1));
        assertEquals(0, viewModel.rows().size());
        viewModel.toDateProperty().set(today);
        assertEquals("The start date must come before the end date.", viewModel.messageProperty().get());
        viewModel.fromDateProperty().set(today);
        assertEquals(2, viewModel.rows().size(), "the last day is included");
        assertEquals("", viewModel.messageProperty().get());
    }

    @Test
    void aRunRefreshesTheShownPageOnTheNextTickOnlyWhileActive() {
        SessionCreated first = runOnce(1, 2);
        viewModel.activate();
        assertEquals(List.of(ApplicationStatus.QUEUED, ApplicationStatus.QUEUED), statuses());

        finish(first);
        assertEquals(List.of(ApplicationStatus.QUEUED, ApplicationStatus.QUEUED), statuses(), "until the tick");
        viewModel.refreshIfChanged();
        assertEquals(List.of(ApplicationStatus.SUCCESS, ApplicationStatus.SUCCESS), statuses());

        viewModel.deactivate();
        SessionCreated second = runOnce(20, 1);
        finish(second);
        viewModel.refreshIfChanged();
        assertEquals(2, viewModel.rows().size(), "hidden: no reload");
        viewModel.activate();
        assertEquals(3, viewModel.rows().size(), "shown again: caught up");
    }

    @Test
    void theDetailShowsErrorAttemptsAnswersWithProvenanceAndScreenshots() throws Exception {
        SessionCreated created = runOnce(1, 1);
        String id = created.applications().get(0).applicationId();
        Path shot = Files.write(dataDir.resolve("filled.png"), new byte[] {1, 2, 3});
        Path lastScreen = Files.write(dataDir.resolve(EvidenceRecorder.FAILURE), new byte[] {4, 5, 6});
        // Stored as "res_…-Dana_Okafor_CV.pdf", which is the name the engine records.
        Path cv = Files.writeString(dataDir.resolve("Dana Okafor CV.pdf"), "%PDF-1.4\n%%EOF\n");
        String stored = kit.profiles.addResume(profile.profileId(), cv, false).storedPath().getFileName().toString();
        writeOutcome(id, List.of(
                new AnsweredQuestion("Resume/CV", "resume", stored,
                        new Provenance(Provenance.Kind.RESUME_FILE, stored)),
                new AnsweredQuestion("Email", "email", "dana@example.com", Provenance.profileField("personalInformation.email")),
                new AnsweredQuestion("Do you need a visa?", "visa", "No", Provenance.answerBank("Do you need a visa?"))),
                new Evidence(dataDir, shot, dataDir.resolve("missing.png"), null, null, null));
        viewModel.activate();

        Application row = viewModel.rows().get(0);
        viewModel.selectedProperty().set(row);

        assertEquals("Acme — Engineer 1", viewModel.detailTitleProperty().get());
        assertEquals("FORM_FILL_FAILED: The form said: phone number is invalid.", viewModel.detailErrorProperty().get());
        assertEquals(1, viewModel.attempts().size());
        assertTrue(viewModel.attempts().get(0).startsWith("Attempt 1 · "), viewModel.attempts().get(0));
        assertTrue(viewModel.attempts().get(0).endsWith(" · Failed"), "in words: " + viewModel.attempts().get(0));
        assertEquals(List.of(
                new AnswerLine("Resume/CV", "Dana Okafor CV.pdf", "Your resume file (Dana Okafor CV.pdf)"),
                new AnswerLine("Email", "dana@example.com", "Your profile (personalInformation.email)"),
                new AnswerLine("Do you need a visa?", "No", "Your answer bank (Do you need a visa?)")),
                viewModel.answers());
        assertEquals(List.of(new Screenshot(shot, "The form as filled in"),
                new Screenshot(lastScreen, "The last screen before it failed")), viewModel.screenshots(),
                "only screenshots whose file exists, the failure's last screen too");

        viewModel.openJobLink();
        assertEquals(List.of(URI.create(UiTestKit.greenhouseUrl(1))), opened);

        viewModel.selectedProperty().set(null);
        assertNull(viewModel.detailProperty().get());
        assertTrue(viewModel.answers().isEmpty());
    }

    @Test
    void aBrowserThatCannotOpenIsAClearSentence() {
        runOnce(1, 1);
        browser = link -> {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "This computer has no web browser ApplyDesk can open.");
        };
        viewModel.activate();
        viewModel.selectedProperty().set(viewModel.rows().get(0));
        viewModel.openJobLink();
        assertEquals("The job link could not be opened in your browser. This computer has no web browser ApplyDesk "
                + "can open.", viewModel.messageProperty().get());
    }

    @Test
    void exportsWriteWhatTheFiltersMatchToTheChosenFile() throws Exception {
        finish(runOnce(1, 2));
        runOnce(10, 3);
        viewModel.activate();
        viewModel.statusProperty().set(choice(viewModel.statusChoices(), ApplicationStatus.QUEUED));

        Path csv = exports.resolve("queued.csv");
        dialogs.willSaveTo(csv);
        viewModel.exportCsv();
        List<String> lines = Files.readAllLines(csv);
        assertEquals(String.join(",", CsvApplicationWriter.HEADER), lines.get(0));
        assertEquals(4, lines.size());
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",QUEUED,")), lines.toString());
        assertEquals("Saved 3 applications to " + csv, viewModel.messageProperty().get());
        assertFalse(viewModel.exportingProperty().get());

        Path html = exports.resolve("record.html");
        dialogs.willSaveTo(html);
        viewModel.exportRecord();
        String record = Files.readString(html);
        assertTrue(record.contains("Applications with status QUEUED"), "the filters in words");
        assertEquals(3, record.split("<tr><td>", -1).length - 1);

        viewModel.exportCsv();
        assertEquals("Saved 3 applications to " + html, viewModel.messageProperty().get(), "cancelled: nothing happens");

        dialogs.willSaveTo(exports.resolve("no such folder").resolve("x.csv"));
        viewModel.exportCsv();
        assertEquals(1, dialogs.errorsShown().size());
        assertTrue(dialogs.errorsShown().get(0).startsWith("The export could not be saved to "));
    }

    @Test
    void aStoredResumeNameWhoseResumeIsGoneLosesOnlyItsIdPrefix() {
        assertEquals("Old_CV.pdf", ApplicationsViewModel.resumeName("res_ab23cd45ef67-Old_CV.pdf", Map.of()));
        assertEquals("cv.pdf", ApplicationsViewModel.resumeName("cv.pdf", Map.of()), "no prefix: as it is");
    }

    @Test
    void anExportsConfirmationStaysWhileARunReloadsThePage() throws Exception {
        SessionCreated queued = runOnce(1, 2);
        viewModel.activate();
        Path csv = exports.resolve("all.csv");
        dialogs.willSaveTo(csv);
        viewModel.exportCsv();

        finish(queued);
        viewModel.refreshIfChanged();
        assertEquals(List.of(ApplicationStatus.SUCCESS, ApplicationStatus.SUCCESS), statuses(), "reloaded");
        assertEquals("Saved 2 applications to " + csv, viewModel.messageProperty().get());

        viewModel.statusProperty().set(choice(viewModel.statusChoices(), ApplicationStatus.FAILED));
        assertEquals("", viewModel.messageProperty().get(), "other applications: the sentence is not about them");
    }

    private SessionCreated runOnce(int firstJob, int count) {
        return kit.sessions.createRunOnce(new RunOnceRequest(profile.profileId(), IntStream.range(firstJob, firstJob + count)
                .mapToObj(UiTestKit::greenhouseJob).collect(Collectors.toList()), null, null, false));
    }

    private void finish(SessionCreated created) {
        kit.coordinator.start(created.run().sessionRunId());
        assertTrue(kit.coordinator.awaitRun(created.run().sessionRunId(), Duration.ofSeconds(30)));
    }

    /** The engine's outcome for one application, as the coordinator writes it: FAILED with answers and evidence. */
    private void writeOutcome(String id, List<AnsweredQuestion> answers, Evidence evidence) {
        Instant now = Instant.now();
        kit.database.jdbi().useExtension(ApplicationDao.class, dao -> {
            dao.transition(id, "QUEUED", "PROCESSING", now);
            dao.insertAttempt(id, 1, "failed", now);
            dao.writeOutcome(id, "FAILED", "GREENHOUSE", null, JsonText.write(answers), null, "FORM_FILL_FAILED",
                    "The form said: phone number is invalid.", JsonText.write(evidence), now);
        });
    }

    private static <T> Choice<T> choice(List<Choice<T>> choices, T value) {
        return choices.stream().filter(c -> value.equals(c.value())).findFirst().orElseThrow();
    }

    private List<ApplicationStatus> statuses() {
        return viewModel.rows().stream().map(Application::status).collect(Collectors.toList());
    }

    private List<String> urls() {
        return viewModel.rows().stream().map(Application::jobUrl).collect(Collectors.toList());
    }
}
