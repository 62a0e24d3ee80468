package io.applydesk.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.applydesk.core.search.SearchRequest;
import io.applydesk.core.search.WorkType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one mapping from a search to an autopilot session request, used by the CLI and the desktop app. */
class AutopilotRunsRequestTest {

    @Test
    void theFirstTitleIsTheJobTitleAndTheLocationsAndWorkTypesAreTheFilters() {
        SearchRequest search = new SearchRequest(List.of("Software Engineer", "Backend Developer"),
                List.of("Berlin", "Remote"), List.of(WorkType.REMOTE, WorkType.HYBRID), null, null, 90000, 14, 10,
                null, List.of("Acme"), null);
        Schedule schedule = new Schedule("weekly", List.of("monday"), "09:00", "Europe/Berlin");

        AutopilotRequest request = AutopilotRuns.sessionRequest("prof_1", search, 10, schedule, "srch_1", true);

        assertEquals(new AutopilotRequest("prof_1", new Filters("Software Engineer", List.of("Berlin", "Remote"),
                List.of("Remote", "Hybrid")), new Limits(10), schedule, "srch_1", null, true), request);
    }

    @Test
    void withoutALimitOrScheduleTheRequestHasNone() {
        AutopilotRequest request = AutopilotRuns.sessionRequest("prof_1",
                SearchRequest.of(List.of("Designer"), List.of()), null, null, "srch_2", false);

        assertNull(request.limits().maxJobsPerRun());
        assertNull(request.schedule());
        assertEquals(new Filters("Designer", List.of(), List.of()), request.filters());
    }
}
