package io.applydesk.app.ui;

import static io.applydesk.app.ui.FlowWindow.fx;
import static io.applydesk.app.ui.FlowWindow.lookup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.app.ui.analytics.AnalyticsViewModel;
import io.applydesk.app.ui.dashboard.DashboardViewModel;
import io.applydesk.app.ui.main.Destination;
import io.applydesk.automation.sandbox.PracticeAts;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.core.analytics.RangeChoice;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.application.store.ApplicationRow;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobRef;
import io.applydesk.core.run.store.RunDao;
import io.applydesk.core.session.Filters;
import io.applydesk.core.session.Limits;
import io.applydesk.core.session.RunOnceRequest;
import io.applydesk.core.session.Schedule;
import io.applydesk.core.session.SearchContext;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionCreated;
import io.applydesk.core.session.SessionStats;
import io.applydesk.core.session.SessionStatus;
import io.applydesk.core.session.SessionType;
import io.applydesk.core.session.store.SessionDao;
import io.applydesk.core.session.store.SessionRow;
import io.applydesk.core.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Dashboard and Analytics pages in the real window over the real AppContext in practice mode (temp data
 * directory, real practice ATS, headless Chromium): the window opens on the Dashboard; one practice application
 * runs while the Dashboard is shown and a second while Analytics is shown, and both pages change by themselves to
 * the real counts (cards, chart data and labels, the by-session table, what H2 and the practice server hold).
 * Then a few weeks of history are stored through the real DAOs for the screenshots.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardAnalyticsFlowTest {
    private static final long RUN_TIMEOUT_SECONDS = 180;

    @TempDir
    static Path dataDir;

    private static AppContext context;
    private static Jdbi seedJdbi;

    private FlowWindow window;

    @BeforeAll
    static void openContext() {
        context = AppContext.open(AppOptions.defaults().withDataDir(dataDir).withPractice(true).withHeadless(true));
    }

    @AfterAll
    static void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @Start
    void start(Stage stage) {
        window = FlowWindow.open(stage, context, 1280, 860);
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        window.close(robot);
    }

    @Test
    void theWindowOpensOnTheDashboardAndBothPagesFollowAPracticeRunLive(FxRobot robot) throws Exception {
        PracticeAts ats = context.practiceAts().orElseThrow();
        List<PracticeJob> jobs = twoAtsJobs(ats.jobs());
        String profileId = context.profiles().list().get(0).profileId();

        // The Dashboard is the first page, empty, with the practice hint.
        assertTrue(fx(() -> lookup(robot, "#navDashboard").queryAs(ToggleButton.class).isSelected()));
        Label today = lookup(robot, "#todayValue").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "0".equals(fx(today::getText)));
        assertEquals(DashboardViewModel.PRACTICE_HINT, fx(() -> lookup(robot, "#practiceHint").queryAs(Label.class).getText()));
        // The inbox's count is a read of its own, which may come after the day's figures.
        Label needsYou = lookup(robot, "#needsYouText").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !fx(needsYou::getText).isEmpty());
        assertEquals("Nothing waits for you", fx(needsYou::getText));
        TableView<DashboardViewModel.RecentLine> recent = lookup(robot, "#recentTable").queryTableView();
        assertEquals(0, fx(() -> recent.getItems().size()));

        // A practice application runs while the Dashboard is shown: today's figure and the recent list follow.
        String firstSession = run(profileId, jobs.get(0));
        Label todayDetail = lookup(robot, "#todayDetail").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> "1 sent · 0 failed".equals(fx(todayDetail::getText))
                && fx(() -> recent.getItems().size() == 1 && recent.getItems().get(0).status() == ApplicationStatus.SUCCESS));
        assertEquals("1", fx(today::getText));
        assertEquals(jobs.get(0).companyName() + " — " + jobs.get(0).title(), fx(() -> recent.getItems().get(0).job()));

        // Analytics shows the real counts; a second application, while it is shown, changes them live.
        robot.clickOn("#navAnalytics");
        Label applications = lookup(robot, "#applicationsValue").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "1".equals(fx(applications::getText)));
        assertFalse(robot, "#analyticsEmpty");
        String secondSession = run(profileId, jobs.get(1));
        WaitForAsyncUtils.waitFor(RUN_TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> "2".equals(fx(applications::getText))
                && "2".equals(fx(() -> lookup(robot, "#successfulValue").queryAs(Label.class).getText())));
        assertEquals("100%", fx(() -> lookup(robot, "#successRateValue").queryAs(Label.class).getText()));
        assertEquals("0", fx(() -> lookup(robot, "#failedValue").queryAs(Label.class).getText()));
        String profileName = context.profiles().get(profileId).name();
        assertEquals(List.of(profileName + ": 2 of 100 this month · 2 of 1,000 in all"), fx(() -> lookup(robot, "#capsList")
                .queryAs(VBox.class).getChildren().stream().map(n -> ((Label) n).getText()).collect(Collectors.toList())));

        String todayLabel = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH).format(context.analytics().today());
        LineChart<String, Number> rate = lookup(robot, "#successRateChart").query();
        assertEquals(List.of(todayLabel + "=100.0"), fx(() -> points(rate.getData().get(0))));
        StackedBarChart<String, Number> perDay = lookup(robot, "#perPeriodChart").query();
        assertEquals("Applications per day", fx(() -> lookup(robot, "#trendTitle").queryAs(Label.class).getText()));
        assertEquals(List.of("Success"), fx(() -> perDay.getData().stream().map(XYChart.Series::getName)
                .collect(Collectors.toList())));
        List<String> perDayPoints = fx(() -> points(perDay.getData().get(0)));
        assertEquals(30, perDayPoints.size());
        assertEquals(todayLabel + "=2", perDayPoints.get(29));
        assertEquals(0, perDayPoints.subList(0, 29).stream().filter(p -> !p.endsWith("=0")).count());
        BarChart<Number, String> byAts = lookup(robot, "#atsChart").query();
        List<String> atsNames = jobs.stream().map(j -> j.atsType().displayName()).sorted().collect(Collectors.toList());
        assertEquals(atsNames.stream().map(n -> n + "=1").collect(Collectors.toList()),
                fx(() -> byAts.getData().get(0).getData().stream().map(d -> d.getYValue() + "=" + d.getXValue())
                        .sorted().collect(Collectors.toList())));
        TableView<AnalyticsViewModel.SessionLine> sessions = lookup(robot, "#sessionTable").queryTableView();
        assertEquals(List.of(secondSession, firstSession), fx(() -> sessions.getItems().stream()
                .map(AnalyticsViewModel.SessionLine::sessionId).collect(Collectors.toList())));

        // What the page shows is what H2 holds and what the practice server received.
        assertEquals(2, context.analytics().report(RangeChoice.LAST_30_DAYS, null).totals().successful());
        assertEquals(jobs.stream().map(PracticeJob::jobId).sorted().collect(Collectors.toList()),
                ats.submissions().stream().map(RecordedSubmission::jobId).sorted().collect(Collectors.toList()));

        // Back on the Dashboard, both are there.
        robot.clickOn("#navDashboard");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "2".equals(fx(today::getText)));

        // A few weeks of a candidate's history, for the screenshots.
        seedHistory(profileId);
        robot.clickOn("#navAnalytics");
        robot.clickOn("#navDashboard");
        TableView<DashboardViewModel.SessionLine> active = lookup(robot, "#sessionTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> active.getItems().size() == 1
                && recent.getItems().size() == 5));
        int waiting = context.followUp().waiting(profileId).size();
        assertTrue(waiting > 0, "the history has applications that need the candidate");
        assertEquals(String.valueOf(waiting), fx(() -> lookup(robot, "#needsYouValue").queryAs(Label.class).getText()));
        window.screenshots(robot, "dashboard");
        robot.clickOn("#navAnalytics");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Integer.parseInt(fx(applications::getText)) > 40);
        assertTrue(fx(() -> byAts.getData().get(0).getData().stream().anyMatch(d -> "Own site".equals(d.getYValue()))),
                "an employer's own form is counted as its own site");
        assertEquals(fx(applications::getText), String.valueOf(fx(() -> perDay.getData().stream()
                .flatMap(series -> series.getData().stream()).mapToInt(d -> d.getYValue().intValue()).sum())),
                "the chart's bars add up to the Applications card (the skipped ones are in neither)");
        window.screenshots(robot, "analytics");

        // Every page, once shown, comes to rest (the live ones read again every half second; a read that changes
        // nothing draws nothing).
        for (Destination page : Destination.values()) {
            robot.clickOn("#" + page.nodeId());
            int frames = window.framesInASecond(robot);
            assertTrue(frames <= 5, page.label() + ": " + frames + " frames in a second at rest");
        }
    }

    private static void assertFalse(FxRobot robot, String id) throws Exception {
        assertTrue(!fx(() -> lookup(robot, id).query().isVisible()), id + " is hidden");
    }

    /** Starts a run_once session of one practice job; returns the session's id. */
    private static String run(String profileId, PracticeJob job) {
        SessionCreated created = context.sessions().createRunOnce(new RunOnceRequest(profileId,
                List.of(new JobRef(job.companyName(), job.title(), job.jobId(), job.url())), null, null, false));
        context.runs().start(created.run().sessionRunId());
        return created.session().sessionId();
    }

    /** The first job of two different ATSs that the demo candidate can apply to without help. */
    private static List<PracticeJob> twoAtsJobs(List<PracticeJob> all) {
        PracticeJob first = all.stream().filter(j -> !j.needsCandidateInput()).findFirst().orElseThrow();
        PracticeJob second = all.stream().filter(j -> !j.needsCandidateInput() && j.atsType() != first.atsType())
                .findFirst().orElseThrow();
        return List.of(first, second);
    }

    private static List<String> points(XYChart.Series<String, Number> series) {
        return series.getData().stream().map(d -> d.getXValue() + "=" + d.getYValue()).collect(Collectors.toList());
    }

    /**
     * Four weeks of applications on weekdays through the real DAOs: a recurring autopilot (still active, next run
     * tomorrow) and weekly run-once lists, mostly sent, some failed, waiting on the candidate or skipped.
     */
    private static void seedHistory(String profileId) {
        Random random = new Random(7);
        Instant now = Instant.now();
        List<AtsType> atsTypes = List.of(AtsType.GREENHOUSE, AtsType.GREENHOUSE, AtsType.LEVER, AtsType.ASHBY,
                AtsType.WORKABLE, AtsType.SMARTRECRUITERS, AtsType.UNKNOWN);
        List<String> companies = List.of("Northwind", "Globex", "Initech", "Umbrella Health", "Hooli", "Vandelay",
                "Stark Logistics", "Wayne Energy", "Tyrell Labs", "Soylent Foods");
        Instant start = now.minus(Duration.ofDays(28));
        String recurring = seedSession(profileId, SessionType.AUTOPILOT_RECURRING, SessionStatus.ACTIVE, start,
                now.plus(Duration.ofDays(1)));
        List<ApplicationRow> rows = new ArrayList<>();
        for (int day = 27; day >= 1; day--) {
            Instant dayAt = now.minus(Duration.ofDays(day)).minus(Duration.ofHours(2));
            int weekday = dayAt.atZone(context.analytics().zone()).getDayOfWeek().getValue();
            if (weekday > 5) {
                continue;
            }
            String session = day % 7 == 3 ? seedSession(profileId, SessionType.RUN_ONCE, SessionStatus.COMPLETED,
                    dayAt, null) : recurring;
            int count = 2 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                int roll = random.nextInt(100);
                // Success improves over the weeks as the answer bank fills up; a few wait for review, and a few
                // links were duplicates, skipped (not counted as applications).
                ApplicationStatus status = roll < 55 + (28 - day) ? ApplicationStatus.SUCCESS
                        : roll < 84 ? ApplicationStatus.FAILED : roll < 90 ? ApplicationStatus.NEEDS_INPUT
                        : roll < 95 ? ApplicationStatus.AWAITING_REVIEW : ApplicationStatus.SKIPPED;
                AtsType ats = atsTypes.get(random.nextInt(atsTypes.size()));
                String company = companies.get(random.nextInt(companies.size()));
                String id = "app_seed_" + day + "_" + i;
                Instant at = dayAt.plus(Duration.ofMinutes(7L * i));
                rows.add(new ApplicationRow(id, session, "run_" + session, i + 1, profileId,
                        "https://jobs.example.com/" + id, "seed:" + id, company.toLowerCase(Locale.ROOT), id,
                        "Software Engineer", company, null, ats.name(), status.name(), null, null, null, null,
                        status == ApplicationStatus.NEEDS_INPUT ? "[]" : null,
                        status == ApplicationStatus.FAILED ? "FORM_FILL_FAILED" : null,
                        status == ApplicationStatus.FAILED ? "The form was rejected." : null, null,
                        status == ApplicationStatus.SUCCESS ? at : null, at, at));
            }
        }
        jdbi().useExtension(ApplicationDao.class, dao -> rows.forEach(dao::insert));
    }

    /**
     * The context's own database: opening the same file again in this JVM joins the open database (not closed
     * here; the context's close shuts it down).
     */
    private static Jdbi jdbi() {
        if (seedJdbi == null) {
            seedJdbi = Database.open(context.dataDirectory()).jdbi();
        }
        return seedJdbi;
    }

    private static String seedSession(String profileId, SessionType type, SessionStatus status, Instant at,
                                      Instant nextRunAt) {
        String id = "sess_seed_" + at.getEpochSecond();
        boolean autopilot = type != SessionType.RUN_ONCE;
        Session session = new Session(id, type, profileId, status,
                autopilot ? new Schedule("weekly", List.of("monday", "wednesday", "friday"), "09:00", "UTC") : null,
                autopilot ? new Filters("Software Engineer", List.of("Remote"), List.of()) : null,
                autopilot ? new Limits(10) : null, null, null, null, false,
                new SearchContext(autopilot ? List.of("Software Engineer") : List.of(), List.of()),
                new SessionStats(0, 0, 0, 0, 0, null, nextRunAt), at, at);
        jdbi().useExtension(SessionDao.class, dao -> dao.insert(SessionRow.of(session)));
        jdbi().useExtension(RunDao.class, dao -> dao.insert("run_" + id, id, at,
                autopilot ? "in_progress" : "completed"));
        return id;
    }
}
