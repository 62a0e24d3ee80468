package io.applydesk.core.search.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.BoardServer;
import io.applydesk.core.search.BoardServer.Reply;
import io.applydesk.core.search.Fixtures;
import io.applydesk.core.search.source.BoardApiSettings;
import io.applydesk.core.search.source.JobSources;
import io.applydesk.core.search.store.H2HttpCache;
import io.applydesk.core.session.SessionTestKit.TestClock;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardFetcherTest {
    static final String GREENHOUSE = "/practice/board-api/greenhouse/v1/boards/anthropic/jobs?content=true";
    static final String OTHER = "/practice/board-api/greenhouse/v1/boards/other/jobs?content=true";
    static final Board ANTHROPIC = new Board(AtsType.GREENHOUSE, "anthropic", "Anthropic");
    static final Board OTHER_BOARD = new Board(AtsType.GREENHOUSE, "other", "Other");

    @TempDir
    Path dir;
    final BoardServer server = new BoardServer();
    final TestClock clock = new TestClock(Instant.parse("2026-08-10T12:00:00Z"));
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    /** Sleeping moves the test clock instead of waiting. */
    final Sleeper sleeper = d -> {
        sleeps.add(d);
        clock.advance(d);
    };
    /** Full jitter picks the middle of its range. */
    final Random halfway = new Random() {
        @Override
        public double nextDouble() {
            return 0.5;
        }
    };
    final String body = Fixtures.read("greenhouse/boards-api-jobs-content.tideline.json");
    FetchSettings settings = FetchSettings.defaults().withSpacing(Duration.ZERO).withTimeout(Duration.ofSeconds(5));
    HttpCache cache = HttpCache.NONE;
    Database db;

    @AfterEach
    void stop() {
        server.close();
        if (db != null) {
            db.close();
        }
    }

    HttpCache h2Cache() {
        db = Database.open(new DataDirectory(dir));
        return new H2HttpCache(db, clock);
    }

    BoardFetcher fetcher() {
        return new BoardFetcher(new JobSources(),
                BoardApiSettings.practice(server.base()), new JobLinkParser(), cache, settings, clock, sleeper, halfway);
    }

    @Test
    void readsABoard() {
        server.route(GREENHOUSE, Reply.ok(body));

        BoardResult result = fetcher().fetch(ANTHROPIC);

        assertTrue(result.report().ok());
        assertEquals(4, result.report().jobsFound());
        assertEquals(4, result.jobs().size());
        assertFalse(result.report().fromCache());
        assertEquals(1, server.count(GREENHOUSE));
    }

    @Test
    void retries500ThenSucceedsAfterAJitteredBackoff() {
        server.route(GREENHOUSE, (n, h, b) -> n == 1 ? Reply.status(500, "oops") : Reply.ok(body));

        BoardResult result = fetcher().fetch(ANTHROPIC);

        assertTrue(result.report().ok());
        assertEquals(2, server.count(GREENHOUSE));
        assertEquals(List.of(Duration.ofMillis(250)), sleeps, "half of the first ceiling, 500 ms");
    }

    @Test
    void backoffDoublesPerAttemptUpToTheCap() {
        BoardFetcher f = fetcher();
        assertEquals(Duration.ofMillis(250), f.backoff(1, null));
        assertEquals(Duration.ofMillis(500), f.backoff(2, null));
        assertEquals(Duration.ofMillis(1000), f.backoff(3, null));
        assertEquals(Duration.ofMillis(5000), f.backoff(10, null), "capped at 10 s, half of it");
        assertEquals(Duration.ofSeconds(7), f.backoff(1, Duration.ofSeconds(7)), "never sooner than Retry-After");
    }

    @Test
    void honoursRetryAfterOn429() {
        server.route(GREENHOUSE, (n, h, b) -> n == 1
                ? Reply.status(429, "slow down").withHeaders(Map.of("Retry-After", "7")) : Reply.ok(body));

        BoardResult result = fetcher().fetch(ANTHROPIC);

        assertTrue(result.report().ok());
        assertEquals(List.of(Duration.ofSeconds(7)), sleeps);
    }

    @Test
    void aRetryAfterBeyondTheLimitGivesUpOnTheBoard() {
        server.route(GREENHOUSE, Reply.status(429, "").withHeaders(Map.of("Retry-After", "3600")));

        BoardResult result = fetcher().fetch(ANTHROPIC);

        assertFalse(result.report().ok());
        assertEquals("RATE_LIMIT_CONCURRENT_EXCEEDED", result.report().error());
        assertEquals(1, server.count(GREENHOUSE));
    }

    @Test
    void neverRetriesA4xxAndAnUnknownBoardIsNotFound() {
        server.route(GREENHOUSE, Reply.status(404, "{\"status\":404,\"error\":\"Not found\"}"));
        server.route(OTHER, Reply.status(400, "bad"));

        List<BoardResult> results = fetcher().fetchAll(List.of(ANTHROPIC, OTHER_BOARD));

        assertEquals("NOT_FOUND", results.get(0).report().error());
        assertTrue(results.get(0).report().message().contains("'anthropic'"), results.get(0).report().message());
        assertEquals("VALIDATION_ERROR", results.get(1).report().error());
        assertEquals(1, server.count(GREENHOUSE));
        assertEquals(1, server.count(OTHER));
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void aBoardThatKeepsFailingIsReportedAndTheOthersAreRead() {
        server.route(GREENHOUSE, Reply.status(503, "down"));
        server.route(OTHER, Reply.ok(body));

        List<BoardResult> results = fetcher().fetchAll(List.of(ANTHROPIC, OTHER_BOARD));

        SourceReport failed = results.get(0).report();
        assertFalse(failed.ok());
        assertEquals("WORKER_TIMEOUT", failed.error());
        assertTrue(failed.message().contains("HTTP 503"), failed.message());
        assertEquals(3, server.count(GREENHOUSE), "the first try and two retries");
        assertTrue(results.get(1).report().ok());
        assertEquals(4, results.get(1).jobs().size());
    }

    @Test
    void aBodyThatIsNotTheApiShapeFailsTheBoardWithoutRetrying() {
        server.route(GREENHOUSE, Reply.ok("<html>maintenance</html>"));

        SourceReport report = fetcher().fetch(ANTHROPIC).report();

        assertFalse(report.ok());
        assertEquals("VALIDATION_ERROR", report.error());
        assertEquals(1, server.count(GREENHOUSE));
    }

    @Test
    void aSlowBoardTimesOutAndIsRetried() {
        settings = settings.withTimeout(Duration.ofMillis(300));
        server.route(GREENHOUSE, Reply.hanging());

        SourceReport report = fetcher().fetch(ANTHROPIC).report();

        assertFalse(report.ok());
        assertEquals("WORKER_TIMEOUT", report.error());
        assertTrue(report.message().contains("did not answer"), report.message());
        assertEquals(3, server.count(GREENHOUSE));
        assertEquals(2, sleeps.size());
    }

    @Test
    void anEtagIsSentBackAnd304ReusesTheCachedJobs() {
        cache = h2Cache();
        server.route(GREENHOUSE, (n, h, b) -> "\"v1\"".equals(h.getFirst("If-None-Match"))
                ? Reply.status(304, null) : Reply.ok(body).withHeaders(Map.of("ETag", "\"v1\"")));

        BoardResult first = fetcher().fetch(ANTHROPIC);
        BoardResult second = fetcher().fetch(ANTHROPIC);

        assertFalse(first.report().fromCache());
        assertTrue(second.report().fromCache());
        assertTrue(second.report().ok());
        assertEquals(first.jobs(), second.jobs());
        assertEquals(2, server.count(GREENHOUSE));
        assertNull(server.requestHeaders().get(0).getFirst("If-None-Match"));
    }

    @Test
    void lastModifiedIsSentBackAsIfModifiedSince() {
        cache = h2Cache();
        String stamp = "Wed, 05 Aug 2026 10:00:00 GMT";
        server.route(GREENHOUSE, (n, h, b) -> stamp.equals(h.getFirst("If-Modified-Since"))
                ? Reply.status(304, null) : Reply.ok(body).withHeaders(Map.of("Last-Modified", stamp)));

        fetcher().fetch(ANTHROPIC);
        BoardResult second = fetcher().fetch(ANTHROPIC);

        assertTrue(second.report().fromCache());
        assertEquals(4, second.jobs().size());
    }

    @Test
    void followsPagesToTheEnd() {
        String lever = "/practice/board-api/lever/v0/postings/acme?mode=json&skip=";
        StringBuilder full = new StringBuilder("[");
        for (int i = 0; i < 100; i++) {
            String id = String.format("00000000-0000-0000-0000-%012d", i);
            full.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id)
                    .append("\",\"text\":\"Engineer\",\"hostedUrl\":\"https://jobs.lever.co/acme/").append(id).append("\"}");
        }
        server.route(lever + "0&limit=100", Reply.ok(full.append("]").toString()));
        server.route(lever + "100&limit=100", Reply.ok(Fixtures.read("lever/postings-api-list.tideline.json")));

        BoardResult result = fetcher().fetch(new Board(AtsType.LEVER, "acme", "Acme"));

        assertTrue(result.report().ok(), String.valueOf(result.report().message()));
        assertEquals(104, result.jobs().size());
    }

    @Test
    void requestsToOneHostAreSpacedOut() {
        settings = settings.withConcurrency(1, 1).withSpacing(Duration.ofMillis(100));
        server.route(GREENHOUSE, Reply.ok(body));
        server.route(OTHER, Reply.ok(body));

        fetcher().fetchAll(List.of(ANTHROPIC, OTHER_BOARD, ANTHROPIC));

        // the clock stands still except while sleeping, so every request after the first waits the full spacing
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(100)), sleeps);
    }

    @Test
    void boardsWhoseRealHostsDifferAreNotSpacedAgainstEachOtherOnOneLocalServer() {
        settings = settings.withConcurrency(1, 1).withSpacing(Duration.ofMillis(100));
        server.route(GREENHOUSE, Reply.ok(body));
        server.route("/practice/board-api/lever/v0/postings/acme?mode=json&skip=0&limit=100", Reply.ok("[]"));

        List<BoardResult> results = fetcher().fetchAll(List.of(ANTHROPIC, new Board(AtsType.LEVER, "acme", "Acme"),
                ANTHROPIC));

        assertTrue(results.stream().allMatch(r -> r.report().ok()), results::toString);
        // Lever's api.lever.co is not boards-api.greenhouse.io: only the second Greenhouse read waits.
        assertEquals(List.of(Duration.ofMillis(100)), sleeps);
    }

    @Test
    void atMostPerHostRequestsAreInFlightAtOnce() {
        settings = settings.withConcurrency(8, 2);
        String[] tokens = {"a", "b", "c", "d", "e", "f", "g", "h"};
        for (String token : tokens) {
            server.route("/practice/board-api/greenhouse/v1/boards/" + token + "/jobs?content=true",
                    Reply.ok("{\"jobs\":[]}").delayed(60));
        }

        List<BoardResult> results = fetcher().fetchAll(Arrays.stream(tokens)
                .map(t -> new Board(AtsType.GREENHOUSE, t, t)).toList());

        assertTrue(results.stream().allMatch(r -> r.report().ok()));
        assertTrue(server.maxInFlight() <= 2, "in flight at once: " + server.maxInFlight());
    }

    @Test
    void anAtsWithoutABoardApiIsReported() {
        SourceReport report = fetcher().fetch(new Board(AtsType.UNKNOWN, "x", "X")).report();
        assertEquals("ATS_NOT_SUPPORTED", report.error());
    }
}
