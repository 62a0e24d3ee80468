package io.applydesk.app.ui.autopilot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.app.ui.autopilot.AutopilotViewModel.Field;
import io.applydesk.app.ui.autopilot.AutopilotViewModel.Kind;
import io.applydesk.app.ui.autopilot.AutopilotViewModel.PreviewRow;
import io.applydesk.app.ui.autopilot.AutopilotViewModel.Step;
import io.applydesk.app.ui.common.InlineTaskExecutor;
import io.applydesk.app.ui.common.ManualDebouncer;
import io.applydesk.app.ui.common.QueuedTaskExecutor;
import io.applydesk.app.ui.common.TaskExecutor;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.schedule.Recurrence.Frequency;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.WorkType;
import io.applydesk.core.session.AutopilotRuns;
import io.applydesk.core.session.Schedule;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionCreated;
import io.applydesk.core.session.SessionQuery;
import io.applydesk.core.session.SessionStatus;
import io.applydesk.core.session.SessionType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Autopilot wizard without a toolkit: the real AppContext in practice mode (H2 in a temp directory, the
 * practice ATS's board APIs), a clock fixed on Monday 30 Nov 2026, 15:00 in New York, tasks run inline or when
 * the test says, and a debouncer whose pause ends when the test says.
 */
class AutopilotViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-30T20:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @TempDir
    static Path dataDir;

    private static AppContext context;
    private static Profile candidate;

    private final ManualDebouncer debouncer = new ManualDebouncer();
    private final List<String> startedRuns = new ArrayList<>();
    private final List<SessionCreated> shownRuns = new ArrayList<>();

    @BeforeAll
    static void openContext() {
        context = AppContext.openForDesktop(AppOptions.defaults().withDataDir(dataDir).withPractice(true)
                .withHeadless(true).withClock(CLOCK));
        // The practice postings' dates follow the same clock, so "posted within 30 days" means the same.
        context.practiceAts().orElseThrow().boards().setClock(CLOCK);
        candidate = context.profiles().list().get(0);
    }

    @AfterAll
    static void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theFiltersStepShowsEachProblemNextToItsFieldAfterNextAndClearsItOnceFixed() {
        AutopilotViewModel vm = viewModel(new InlineTaskExecutor(), context.autopilot());
        vm.profileProperty().set(candidate);
        vm.salaryMinProperty().set("lots");
        vm.postedWithinDaysProperty().set("0");
        vm.resultsProperty().set("501");
        assertEquals("", error(vm, Field.TITLES), "nothing is shown before the candidate tries to go on");

        assertFalse(vm.next());

        assertEquals(Step.FILTERS, vm.stepProperty().get());
        assertEquals("Type at least one job title, for example Software Engineer.", error(vm, Field.TITLES));
        assertEquals("Type the least yearly pay as a whole number, such as 90000, or leave it empty.",
                error(vm, Field.SALARY));
        assertEquals("Type a number of days, at least 1 (30 is a good start).", error(vm, Field.POSTED_WITHIN));
        assertEquals("Type how many jobs to list, from 1 to 500.", error(vm, Field.RESULTS));
        assertEquals("", error(vm, Field.PROFILE));

        vm.titlesProperty().set("Software Engineer");
        assertEquals("", error(vm, Field.TITLES), "a fixed field clears its error as it is typed");
        vm.salaryMinProperty().set("$90,000");
        vm.postedWithinDaysProperty().set("14");
        vm.resultsProperty().set("500");
        assertEquals("", error(vm, Field.SALARY) + error(vm, Field.POSTED_WITHIN) + error(vm, Field.RESULTS));
        assertTrue(vm.next());
        assertEquals(Step.LIMITS, vm.stepProperty().get());
    }

    @Test
    void theKindDecidesTheStepsAndTheLimitIsCheckedBeforeAnythingIsCreated() {
        AutopilotViewModel vm = viewModel(new InlineTaskExecutor(), context.autopilot());
        vm.profileProperty().set(candidate);
        vm.titlesProperty().set("Data Engineer");
        assertTrue(vm.next());
        assertTrue(vm.lastStepProperty().get(), "once: the limits are the last step");

        vm.maxJobsPerRunProperty().set("101");
        vm.create();
        assertEquals("Type how many jobs one run may apply to, from 1 to 100.", error(vm, Field.MAX_JOBS));
        assertEquals("", vm.confirmationProperty().get());
        assertTrue(startedRuns.isEmpty());

        vm.maxJobsPerRunProperty().set("5");
        assertEquals("", error(vm, Field.MAX_JOBS));
        vm.kindProperty().set(Kind.RECURRING);
        assertFalse(vm.lastStepProperty().get(), "recurring: the schedule comes after the limits");
        assertTrue(vm.next());
        assertEquals(Step.SCHEDULE, vm.stepProperty().get());
        assertTrue(vm.lastStepProperty().get());

        vm.kindProperty().set(Kind.ONCE);
        assertEquals(Step.LIMITS, vm.stepProperty().get(), "a once session has no schedule step");
        vm.back();
        assertEquals(Step.FILTERS, vm.stepProperty().get());
    }

    @Test
    void theScheduleReadsBackLiveAndItsProblemsAreShownNextToTheirFields() {
        AutopilotViewModel vm = viewModel(new InlineTaskExecutor(), context.autopilot());
        assertEquals("Every Monday at 09:00, New York time — next run Mon 7 Dec, 09:00", vm.sentenceProperty().get(),
                "weekly on Monday at 09:00 in the computer's zone to start with; today's slot has passed");

        vm.dayProperty(DayOfWeek.WEDNESDAY).set(true);
        assertEquals("Every Monday and Wednesday at 09:00, New York time — next run Wed 2 Dec, 09:00",
                vm.sentenceProperty().get());

        vm.profileProperty().set(candidate);
        vm.titlesProperty().set("Platform Engineer");
        vm.kindProperty().set(Kind.RECURRING);
        assertTrue(vm.next());
        assertTrue(vm.next());
        vm.dayProperty(DayOfWeek.MONDAY).set(false);
        vm.dayProperty(DayOfWeek.WEDNESDAY).set(false);
        vm.timeProperty().set("9am");
        vm.timeZoneProperty().set("Mars/Olympus_Mons");
        vm.create();

        assertEquals(Step.SCHEDULE, vm.stepProperty().get());
        assertEquals("", vm.sentenceProperty().get(), "no sentence for a schedule that cannot run");
        assertEquals("Pick at least one day of the week.", error(vm, Field.DAYS));
        assertTrue(error(vm, Field.TIME).contains("24-hour time written HH:mm"), error(vm, Field.TIME));
        assertTrue(error(vm, Field.ZONE).contains("is not a known time zone"), error(vm, Field.ZONE));
        assertEquals("", vm.confirmationProperty().get());

        vm.timeZoneProperty().set("Europe/London");
        vm.timeProperty().set("18:30");
        vm.patternProperty().set(Frequency.MONTHLY);
        assertEquals("", error(vm, Field.DAYS) + error(vm, Field.TIME) + error(vm, Field.ZONE));
        assertEquals("On the 30th of every month (the last day in shorter months) at 18:30, London time — next run "
                + "Wed 30 Dec, 18:30", vm.sentenceProperty().get(), "today is the 30th, and 18:30 in London has passed");
    }

    @Test
    void aTimeThatCannotBeIsExplainedAsItIsTypedAndTheSentenceComesBackOnceItIsRight() {
        AutopilotViewModel vm = viewModel(new InlineTaskExecutor(), context.autopilot());

        vm.timeProperty().set("25:00");

        assertEquals("", vm.sentenceProperty().get());
        assertTrue(error(vm, Field.TIME).contains("24-hour time written HH:mm"), error(vm, Field.TIME));
        assertEquals("", vm.confirmationProperty().get() + vm.createErrorProperty().get(), "no Create was needed");

        vm.timeProperty().set("07:45");
        assertEquals("", error(vm, Field.TIME));
        assertEquals("Every Monday at 07:45, New York time — next run Mon 7 Dec, 07:45", vm.sentenceProperty().get());
    }

    @Test
    void anEmptyPreviewSaysWhetherASearchFoundNothingOrNoneRanYet() {
        AutopilotViewModel vm = viewModel(new InlineTaskExecutor(), context.autopilot());
        assertEquals("The jobs your filters find appear here.", vm.previewPlaceholderProperty().get());
        vm.profileProperty().set(candidate);
        vm.titlesProperty().set("Software Engineer");
        vm.workTypeProperty(WorkType.REMOTE).set(true);
        debouncer.fire();

        assertTrue(vm.previewRows().isEmpty());
        assertTrue(vm.previewSummaryProperty().get().startsWith("0 matching jobs"), vm.previewSummaryProperty().get());
        assertEquals("No job on the boards matches these filters.", vm.previewPlaceholderProperty().get());

        vm.titlesProperty().set("");
        debouncer.fire();
        assertEquals("The jobs your filters find appear here.", vm.previewPlaceholderProperty().get(),
                "no search runs without a title");
    }

    @Test
    void thePreviewSearchesOnlyOnceTheFiltersSettled() {
        AutopilotViewModel vm = viewModel(new InlineTaskExecutor(), context.autopilot());
        vm.profileProperty().set(candidate);
        vm.titlesProperty().set("Software");
        vm.titlesProperty().set("Software Engineer");
        vm.resultsProperty().set("200");

        assertTrue(vm.previewRows().isEmpty(), "no search while the filters are still changing");
        assertFalse(vm.previewRunningProperty().get());
        assertEquals(4, debouncer.requests());

        assertTrue(debouncer.fire());
        assertFalse(debouncer.fire(), "only the last change's search was waiting");

        List<PreviewRow> rows = List.copyOf(vm.previewRows());
        assertFalse(rows.isEmpty());
        assertTrue(vm.previewSummaryProperty().get().matches(rows.size() + " matching jobs on \\d+ boards"),
                vm.previewSummaryProperty().get());
        assertTrue(rows.stream().allMatch(r -> !r.company().isEmpty() && !r.ats().isEmpty()), rows.toString());
        assertTrue(rows.stream().map(PreviewRow::ats).distinct().count() > 1, "the practice boards span several ATSs");
        assertEquals("", vm.previewNoteProperty().get());
    }

    @Test
    void aNewerPreviewIsNeverReplacedByAnOlderOneThatFinishesLater() {
        QueuedTaskExecutor tasks = new QueuedTaskExecutor();
        AutopilotViewModel vm = viewModel(tasks, context.autopilot());
        vm.profileProperty().set(candidate);
        vm.titlesProperty().set("Software Engineer");
        debouncer.fire();
        vm.titlesProperty().set("Zookeeper");
        debouncer.fire();
        assertEquals(2, tasks.size());

        tasks.run(1);
        assertTrue(vm.previewSummaryProperty().get().matches("0 matching jobs on \\d+ boards"),
                vm.previewSummaryProperty().get());
        assertFalse(vm.previewRunningProperty().get());
        tasks.run(0);

        assertTrue(vm.previewRows().isEmpty(), "the older search's jobs do not come back");
        assertTrue(vm.previewSummaryProperty().get().startsWith("0 matching jobs"), vm.previewSummaryProperty().get());
        assertFalse(vm.previewRunningProperty().get());
    }

    @Test
    void aBoardThatCannotBeReadIsAQuietNoteAndTheOthersAreStillShown() {
        Board missing = new Board(AtsType.GREENHOUSE, "no-such-board-anywhere", "Nowhere Inc");
        AutopilotRuns withMissingBoard = new AutopilotRuns(context.sessions(), context.searches(), () -> {
            List<Board> boards = new ArrayList<>(context.searchBoards());
            boards.add(missing);
            return boards;
        });
        AutopilotViewModel vm = viewModel(new InlineTaskExecutor(), withMissingBoard);
        vm.profileProperty().set(candidate);
        vm.titlesProperty().set("Software Engineer");
        debouncer.fire();

        assertFalse(vm.previewRows().isEmpty());
        String note = vm.previewNoteProperty().get();
        assertTrue(note.startsWith("1 board could not be read and is left out (Nowhere Inc: "), note);
    }

    @Test
    void creatingARecurringSessionStoresItsScheduleAndTheSchedulerSetsTheNextRunTheSentenceShowed() {
        AutopilotViewModel vm = viewModel(new InlineTaskExecutor(), context.autopilot());
        vm.load();
        assertEquals(candidate.profileId(), vm.profileProperty().get().profileId());
        vm.titlesProperty().set("Software Engineer, Backend Developer");
        vm.kindProperty().set(Kind.RECURRING);
        vm.maxJobsPerRunProperty().set("10");
        vm.dayProperty(DayOfWeek.WEDNESDAY).set(true);
        String sentence = vm.sentenceProperty().get();
        assertEquals("Every Monday and Wednesday at 09:00, New York time — next run Wed 2 Dec, 09:00", sentence);

        vm.create();

        assertEquals("", vm.createErrorProperty().get());
        Matcher created = Pattern.compile("Recurring session (\\S+) created\\. Next run Wed 2 Dec, 09:00\\. .*")
                .matcher(vm.confirmationProperty().get());
        assertTrue(created.matches(), vm.confirmationProperty().get());
        Session session = context.sessions().get(created.group(1));
        assertEquals(SessionType.AUTOPILOT_RECURRING, session.type());
        assertEquals(SessionStatus.ACTIVE, session.status());
        assertEquals(new Schedule("weekly", List.of("monday", "wednesday"), "09:00", "America/New_York"),
                session.schedule());
        assertEquals(10, session.limits().maxJobsPerRun());
        assertEquals(List.of("Software Engineer", "Backend Developer"), session.searchContext().titles());
        assertTrue(startedRuns.isEmpty() && shownRuns.isEmpty(), "a recurring session runs at its slots only");

        Instant wednesday9am = Instant.parse("2026-12-02T14:00:00Z");
        assertEquals(Optional.of(wednesday9am), context.scheduler().tick());
        assertEquals(wednesday9am, context.sessions().get(session.sessionId()).stats().nextRunAt());

        vm.create();
        assertTrue(vm.createErrorProperty().get().startsWith("This profile already has a autopilot_recurring session"),
                vm.createErrorProperty().get());
    }

    @Test
    void afterCreateTheWizardIsBackOnItsFirstStepWithItsFiltersAndAClickWhileCreatingMakesNoSecondSession() {
        QueuedTaskExecutor tasks = new QueuedTaskExecutor();
        AutopilotViewModel vm = viewModel(tasks, context.autopilot());
        vm.load();
        tasks.runAll();
        vm.titlesProperty().set("Site Reliability Engineer");
        vm.kindProperty().set(Kind.RECURRING);
        assertTrue(vm.next());
        assertTrue(vm.next());

        vm.create();
        assertTrue(vm.creatingProperty().get());
        vm.create();
        assertEquals(1, tasks.size(), "the second click while the first Create runs does nothing");
        tasks.runAll();

        assertTrue(vm.confirmationProperty().get().startsWith("Recurring session "), vm.confirmationProperty().get());
        assertEquals(Step.FILTERS, vm.stepProperty().get());
        assertFalse(vm.lastStepProperty().get(), "Next, not Create, stands where the candidate clicked");
        assertEquals("Site Reliability Engineer", vm.titlesProperty().get(), "the filters are kept");
        assertEquals(Kind.RECURRING, vm.kindProperty().get());
        assertEquals(1, context.sessions().list(SessionQuery.all()).data().stream()
                .filter(s -> s.filters().jobTitle().equals("Site Reliability Engineer")).count());
    }

    @Test
    void creatingAOnceSessionQueuesAtMostTheLimitAndStartsItsRun() {
        AutopilotViewModel vm = viewModel(new InlineTaskExecutor(), context.autopilot());
        vm.profileProperty().set(candidate);
        vm.titlesProperty().set("Software Engineer");
        vm.reviewModeProperty().set(true);
        assertTrue(vm.next());
        vm.maxJobsPerRunProperty().set("2");

        vm.create();

        assertEquals("", vm.createErrorProperty().get());
        assertEquals(1, shownRuns.size());
        SessionCreated created = shownRuns.get(0);
        assertEquals(List.of(created.run().sessionRunId()), startedRuns);
        assertEquals(2, created.applications().size());
        Session session = context.sessions().get(created.session().sessionId());
        assertEquals(SessionType.AUTOPILOT_ONCE, session.type());
        assertTrue(session.reviewMode());
        assertEquals("Autopilot session " + session.sessionId() + " started with 2 jobs. Follow it on the Runs page.",
                vm.confirmationProperty().get());
        assertEquals(Step.FILTERS, vm.stepProperty().get(), "the wizard starts again, its filters kept");
        assertEquals("Software Engineer", vm.titlesProperty().get());
    }

    private AutopilotViewModel viewModel(TaskExecutor executor, AutopilotRuns autopilot) {
        return new AutopilotViewModel(context.profiles(), autopilot, startedRuns::add, context.scheduler(), CLOCK,
                NEW_YORK, executor, debouncer, shownRuns::add);
    }

    private static String error(AutopilotViewModel vm, Field field) {
        return vm.errorProperty(field).get();
    }
}
