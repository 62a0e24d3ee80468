package io.applydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.SearchRequest;
import io.applydesk.core.session.AutopilotRuns;
import io.applydesk.core.session.Schedule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each run of a recurring session made from a search runs that whole search again, on the practice ATS's
 * board APIs: a company excluded when the session was made stays excluded at every slot.
 */
class RecurringRunSearchTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T20:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dataDir;
    private static AppContext context;

    @BeforeAll
    static void open() {
        context = AppContext.open(AppOptions.defaults().withDataDir(dataDir).withPractice(true).withHeadless(true)
                .withClock(CLOCK));
        context.practiceAts().orElseThrow().boards().setClock(CLOCK);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void aScheduledRunKeepsEveryFilterOfTheSearchTheSessionWasMadeFrom() {
        String profileId = context.importDemoCandidate().profileId();
        List<String> everyCompany = context.autopilot().search(profileId,
                        SearchRequest.of(List.of("Software Engineer"), List.of())).jobs().stream()
                .map(JobPosting::companyName).distinct().toList();
        assertTrue(everyCompany.size() > 1, "the practice boards offer the title at several companies");
        String excluded = everyCompany.get(0);
        SearchRequest withoutOne = new SearchRequest(List.of("Software Engineer"), List.of(), null, null, null, null,
                null, null, null, List.of(excluded), null);

        AutopilotRuns.Recurring made = context.autopilot().createRecurring(profileId, withoutOne, 50,
                new Schedule("daily", List.of(), "09:00", "UTC"), false);
        AutopilotRuns.Started slot = context.autopilot().start(made.session().sessionId());

        List<String> companies = slot.search().jobs().stream().map(JobPosting::companyName).distinct().toList();
        assertFalse(companies.isEmpty(), "the slot's search found jobs");
        assertFalse(companies.contains(excluded), excluded + " was excluded when the session was made");
        assertEquals(made.search().jobs().stream().map(JobPosting::jobKey).toList(),
                slot.search().jobs().stream().map(JobPosting::jobKey).toList(), "the same search, the same jobs");
    }
}
