package io.applydesk.core.search.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.ExperienceLevel;
import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.JobType;
import io.applydesk.core.search.SalaryRange;
import io.applydesk.core.search.WorkType;
import io.applydesk.core.search.fetch.HttpCache;
import io.applydesk.core.search.source.BoardPage;
import io.applydesk.core.search.source.BoardRequest;
import io.applydesk.core.store.DataDirectory;
import io.applydesk.core.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2HttpCacheTest {
    @TempDir
    Path dir;
    Database db;
    H2HttpCache cache;

    final JobPosting job = new JobPosting(new Board(AtsType.WORKDAY, "acme.wd5/External", "Acme"), "Acme", "R1",
            "Senior Engineer", List.of("Boston, MA"), WorkType.HYBRID, JobType.FULL_TIME, ExperienceLevel.SENIOR,
            new SalaryRange(34.0, 47.0, "USD", SalaryRange.Period.HOUR), Instant.parse("2026-08-01T00:00:00Z"),
            "https://acme.wd5.myworkdayjobs.com/External/job/Boston/Senior-Engineer_R1", "workday:acme:external:r1");
    final BoardRequest next = BoardRequest.post("https://acme.wd5.myworkdayjobs.com/wday/cxs/acme/External/jobs",
            "{\"offset\":20}");

    @BeforeEach
    void open() {
        db = Database.open(new DataDirectory(dir));
        cache = new H2HttpCache(db, Clock.fixed(Instant.parse("2026-08-10T00:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aPageRoundTripsWithItsValidatorsAndIsReplaced() {
        cache.put("k", new HttpCache.Entry("\"v1\"", null, new BoardPage(List.of(job), next)));
        cache.put("k", new HttpCache.Entry("\"v2\"", "Wed, 05 Aug 2026 10:00:00 GMT", new BoardPage(List.of(job), next)));

        HttpCache.Entry entry = cache.get("k").orElseThrow();
        assertEquals("\"v2\"", entry.etag());
        assertEquals("Wed, 05 Aug 2026 10:00:00 GMT", entry.lastModified());
        assertEquals(List.of(job), entry.page().jobs());
        assertEquals(next, entry.page().next());
        assertTrue(cache.get("other").isEmpty());
    }

    @Test
    void anUnreadableEntryCountsAsAbsent() {
        cache.put("k", new HttpCache.Entry("\"v1\"", null, new BoardPage(List.of(job), null)));
        db.jdbi().useHandle(h -> h.execute("UPDATE search_http_cache SET page = '{\"jobs\":[{\"board\":42}]}'"));

        assertTrue(cache.get("k").isEmpty());
    }

    @Test
    void aPageTooBigForTheColumnIsNotCached() {
        String huge = "x".repeat(H2HttpCache.MAX_PAGE_CHARS);
        JobPosting big = new JobPosting(job.board(), "Acme", "R2", huge, List.of(), null, null, null, null, null,
                job.applyUrl(), job.jobKey());
        cache.put("big", new HttpCache.Entry("\"v1\"", null, new BoardPage(List.of(big), null)));

        assertTrue(cache.get("big").isEmpty());
    }
}
