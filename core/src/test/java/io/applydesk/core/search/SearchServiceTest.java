package io.applydesk.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.followup.FollowUpService;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.run.RunCoordinator;
import io.applydesk.core.run.ScriptedEngine;
import io.applydesk.core.search.BoardServer.Reply;
import io.applydesk.core.search.fetch.BoardFetcher;
import io.applydesk.core.search.fetch.FetchSettings;
import io.applydesk.core.search.fetch.SourceReport;
import io.applydesk.core.search.source.BoardApiSettings;
import io.applydesk.core.search.source.JobSources;
import io.applydesk.core.search.store.H2HttpCache;
import io.applydesk.core.session.AutopilotRuns;
import io.applydesk.core.session.JobPreview;
import io.applydesk.core.session.JobPreview.Verdict;
import io.applydesk.core.session.RunOnceRequest;
import io.applydesk.core.session.Schedule;
import io.applydesk.core.session.SearchContext;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionCreated;
import io.applydesk.core.session.SessionTestKit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {
    static final String ACME = "/practice/board-api/greenhouse/v1/boards/acme/jobs?content=true";
    static final String ACME_JOBS = """
            {"jobs":[
             {"id":1001,"title":"Backend Engineer","location":{"name":"New York, NY"},
              "absolute_url":"https://boards.greenhouse.io/acme/jobs/1001","first_published":"2026-11-01T10:00:00Z"},
             {"id":1002,"title":"Senior Backend Engineer","location":{"name":"Remote (US)"},
              "absolute_url":"https://boards.greenhouse.io/acme/jobs/1002","first_published":"2026-10-30T10:00:00Z"},
             {"id":1003,"title":"Back-end Developer","location":{"name":"London, UK"},
              "absolute_url":"https://boards.greenhouse.io/acme/jobs/1003","first_published":"2026-10-31T10:00:00Z"},
             {"id":1004,"title":"Product Designer","location":{"name":"New York, NY"},
              "absolute_url":"https://boards.greenhouse.io/acme/jobs/1004","first_published":"2026-11-01T11:00:00Z"},
             {"id":1005,"title":"Backend Engineer, Platform","location":{"name":"Austin, TX"},
              "absolute_url":"https://boards.greenhouse.io/acme/jobs/1005","first_published":"2026-09-01T10:00:00Z"},
             {"id":1006,"title":"Backend Engineer, Payments","location":{"name":"Austin, TX"},
              "absolute_url":"https://boards.greenhouse.io/acme/jobs/1006"}
            ]}
            """;
    static final Board ACME_BOARD = new Board(AtsType.GREENHOUSE, "acme", "Acme");
    static final Board GONE = new Board(AtsType.GREENHOUSE, "gone", "Gone Inc");

    @TempDir
    Path dir;
    SessionTestKit kit;
    final BoardServer server = new BoardServer();
    SearchService search;
    Profile profile;

    @BeforeEach
    void setUp() {
        kit = new SessionTestKit(dir);
        FetchSettings settings = FetchSettings.defaults().withSpacing(Duration.ZERO);
        BoardFetcher fetcher = new BoardFetcher(new JobSources(),
                BoardApiSettings.practice(server.base()), new JobLinkParser(), new H2HttpCache(kit.db, kit.clock),
                settings, kit.clock, d -> kit.clock.advance(d), new Random(1));
        search = new SearchService(kit.db, fetcher, kit.clock);
        profile = kit.completeProfile("dana@example.com");
        server.route(ACME, Reply.ok(ACME_JOBS));
    }

    @AfterEach
    void tearDown() {
        server.close();
        kit.close();
    }

    static List<String> ids(SearchResult result) {
        return result.jobs().stream().map(JobPosting::atsJobId).toList();
    }

    @Test
    void matchingJobsNewestFirstUndatedLastWithAReportPerBoard() {
        SearchResult result = search.search(profile.profileId(), SearchRequest.of(List.of("Backend Engineer"), List.of()),
                List.of(ACME_BOARD, GONE));

        assertEquals(List.of("1001", "1003", "1002", "1006"), ids(result), "1004 is another role, 1005 is too old");
        assertEquals(4, result.totalMatched());
        assertTrue(result.searchId().startsWith("srch_"));
        SourceReport acme = result.sources().get(0);
        assertTrue(acme.ok());
        assertEquals(6, acme.jobsFound());
        SourceReport gone = result.sources().get(1);
        assertFalse(gone.ok());
        assertEquals("NOT_FOUND", gone.error());
        assertTrue(gone.message().contains("Gone Inc"), gone.message());
    }

    @Test
    void resultsCutsTheNewest() {
        SearchResult result = search.search(profile.profileId(), SearchRequest.fromJson(
                "{\"titles\":\"Backend Engineer\",\"locations\":[\"NYC\",\"Remote (US)\"],\"results\":1}"), List.of(ACME_BOARD));

        assertEquals(List.of("1001"), ids(result));
        assertEquals(2, result.totalMatched());
    }

    @Test
    void jobsTheProfileAppliedToAreLeftOutUnlessCancelled() {
        SessionCreated applied = kit.runOnce(profile, List.of(SessionTestKit.greenhouseJob(1), SessionTestKit.greenhouseJob(3)));
        SearchRequest request = SearchRequest.of(List.of("Backend Engineer"), List.of());

        assertEquals(List.of("1002", "1006"), ids(search.search(profile.profileId(), request, List.of(ACME_BOARD))));
        Profile other = kit.completeProfile("sam@example.com");
        assertEquals(4, search.search(other.profileId(), request, List.of(ACME_BOARD)).jobs().size(),
                "another profile's applications do not count");

        kit.sessions.stop(applied.session().sessionId());
        assertEquals(List.of("1001", "1003", "1002", "1006"),
                ids(search.search(profile.profileId(), request, List.of(ACME_BOARD))), "cancelled applications do not count");
    }

    @Test
    void aJobTheCandidateDiscardedCountsAsAppliedToButOneWhoseSessionWasStoppedDoesNot() {
        // Job 1001 is filled in for review and discarded; 1003 was queued in a session stopped before it started.
        ScriptedEngine engine = new ScriptedEngine();
        engine.script(SessionTestKit.greenhouseJob(1).link(), (request, listener) -> new ApplyOutcome(
                ApplicationStatus.AWAITING_REVIEW, AtsType.GREENHOUSE, null, null, null, List.of(), List.of(),
                ScriptedEngine.evidence(request)));
        try (RunCoordinator runs = new RunCoordinator(kit.db, engine, kit.profiles, kit.dirs, 1, kit.clock)) {
            SessionCreated reviewed = kit.sessions.createRunOnce(new RunOnceRequest(profile.profileId(),
                    List.of(SessionTestKit.greenhouseJob(1)), null, null, true));
            runs.start(reviewed.run().sessionRunId());
            assertTrue(runs.awaitRun(reviewed.run().sessionRunId(), Duration.ofSeconds(30)));
            String discarded = reviewed.applications().get(0).applicationId();
            new FollowUpService(kit.db, kit.profiles, runs, kit.dirs, kit.clock).discard(discarded);
            kit.sessions.stop(kit.runOnce(profile, List.of(SessionTestKit.greenhouseJob(3))).session().sessionId());

            SearchRequest request = SearchRequest.of(List.of("Backend Engineer"), List.of());
            assertEquals(List.of("1003", "1002", "1006"),
                    ids(search.search(profile.profileId(), request, List.of(ACME_BOARD))));

            // Run once's check flags the discarded job as it flags an applied one.
            List<JobPreview> checked = kit.sessions.preview(profile.profileId(),
                    List.of(SessionTestKit.greenhouseJob(1), SessionTestKit.greenhouseJob(3)));
            assertEquals(List.of(Verdict.ALREADY_APPLIED, Verdict.OK),
                    checked.stream().map(JobPreview::verdict).toList());
            assertEquals("You discarded the form filled in for this job on 2026-11-02 (" + discarded + ").",
                    checked.get(0).message());
            assertEquals(discarded, checked.get(0).duplicateOfApplicationId());

            // A recurring session's run searches again: the discarded job is not filled in again.
            AutopilotRuns autopilot = new AutopilotRuns(kit.sessions, search, () -> List.of(ACME_BOARD));
            Session recurring = autopilot.createRecurring(profile.profileId(), request, 10,
                    new Schedule("daily", List.of(), "09:00", "UTC"), true).session();
            assertEquals(List.of("1003", "1002", "1006"), autopilot.start(recurring.sessionId()).run().applications()
                    .stream().map(Application::jobRefId).toList());
            // A run handed the job all the same (found before the discard) stores it SKIPPED.
            Application again = kit.sessions.addAutopilotRun(recurring.sessionId(),
                    List.of(SessionTestKit.greenhouseJob(1)), null).applications().get(0);
            assertEquals(ApplicationStatus.SKIPPED, again.status());
            assertEquals(ErrorCode.DUPLICATE_APPLICATION, again.error().code());
        }
    }

    @Test
    void aSessionCreatedWithTheSearchIdTakesItsContext() {
        SearchResult result = search.search(profile.profileId(),
                SearchRequest.of(List.of("Backend Engineer", "SWE"), List.of("NYC")), List.of(ACME_BOARD));

        assertEquals(new SearchContext(List.of("Backend Engineer", "SWE"), List.of("NYC")),
                search.context(result.searchId()).orElseThrow());
        SessionCreated created = kit.sessions.createRunOnce(new RunOnceRequest(profile.profileId(),
                List.of(SessionTestKit.greenhouseJob(1)), result.searchId(), null, false));
        Session session = kit.sessions.get(created.session().sessionId());
        assertEquals(new SearchContext(List.of("Backend Engineer", "SWE"), List.of("NYC")), session.searchContext());
        assertTrue(search.context("srch_unknown").isEmpty());
    }

    @Test
    void theWholeRequestIsRecordedAndReadsBack() {
        SearchRequest request = SearchRequest.fromJson("{\"titles\":\"Backend Engineer\",\"workType\":\"Remote\","
                + "\"jobType\":\"full-time\",\"experienceLevel\":\"senior\",\"salaryMin\":120000,\"results\":20}");
        SearchResult result = search.search(profile.profileId(), request, List.of(ACME_BOARD));

        String stored = kit.db.jdbi().withHandle(h -> h.createQuery("SELECT request FROM search WHERE id = :id")
                .bind("id", result.searchId()).mapTo(String.class).one());
        assertEquals(request, SearchRequest.fromJson(stored));
        String owner = kit.db.jdbi().withHandle(h -> h.createQuery("SELECT profile_id FROM search WHERE id = :id")
                .bind("id", result.searchId()).mapTo(String.class).one());
        assertEquals(profile.profileId(), owner);
    }

    @Test
    void aBoardListedTwiceIsReadOnce() {
        search.search(profile.profileId(), SearchRequest.of(List.of("Engineer"), List.of()),
                List.of(ACME_BOARD, new Board(AtsType.GREENHOUSE, "ACME", "Acme again")));
        assertEquals(1, server.count(ACME));
    }

    @Test
    void aSearchNeedsAProfile() {
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> search.search(" ", SearchRequest.of(List.of("Engineer"), List.of()), List.of(ACME_BOARD)));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
    }
}
