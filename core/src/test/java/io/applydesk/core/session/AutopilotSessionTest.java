package io.applydesk.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.json.ApiJson;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.session.store.SearchDao;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** autopilot_once and autopilot_recurring sessions on a real H2 database. */
class AutopilotSessionTest {
    private static final Filters FILTERS = new Filters("Software Engineer", List.of("San Francisco, CA"),
            List.of("Remote"));
    private static final Schedule WEEKLY = new Schedule("weekly", List.of("monday", "wednesday"), "09:00",
            "America/New_York");

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

    private AutopilotRequest request(Filters filters, Limits limits, Schedule schedule) {
        return new AutopilotRequest(profile.profileId(), filters, limits, schedule, null, null, false);
    }

    @Test
    void autopilotOnceIsStoredActiveWithItsFiltersAsSearchContextAndNoRunYet() {
        Session created = kit.sessions.createAutopilotOnce(request(
                new Filters("  Software Engineer ", List.of("San Francisco, CA", " ", "San Francisco, CA"),
                        List.of("remote", "HYBRID")), new Limits(25), null));

        Session stored = kit.sessions.get(created.sessionId());
        assertEquals(created, stored);
        assertEquals(SessionType.AUTOPILOT_ONCE, stored.type());
        assertEquals(SessionStatus.ACTIVE, stored.status());
        assertEquals(new Filters("Software Engineer", List.of("San Francisco, CA"), List.of("Remote", "Hybrid")),
                stored.filters());
        assertEquals(new Limits(25), stored.limits());
        assertNull(stored.schedule());
        assertEquals(new SearchContext(List.of("Software Engineer"), List.of("San Francisco, CA")),
                stored.searchContext());
        assertEquals(new SessionStats(0, 0, 0, 0, 0, null, null), stored.stats());
        assertEquals(kit.clock.instant(), stored.createdAt());
        assertEquals(0, kit.sessions.runs(created.sessionId(), null, null).pagination().total());
    }

    @Test
    void autopilotRecurringKeepsItsScheduleInTheApiShapeAndLeavesNextRunToTheScheduler() {
        Session created = kit.sessions.createAutopilotRecurring(request(FILTERS, new Limits(25),
                new Schedule(" Weekly ", List.of("Monday", "wednesday", "monday"), "09:00", "America/New_York")));

        Session stored = kit.sessions.get(created.sessionId());
        assertEquals(SessionType.AUTOPILOT_RECURRING, stored.type());
        assertEquals(WEEKLY, stored.schedule());
        assertNull(stored.stats().nextRunAt());

        JsonNode json = ApiJson.session(stored);
        assertEquals("autopilot_recurring", json.get("type").asText());
        assertEquals("active", json.get("status").asText());
        assertEquals("weekly", json.at("/schedule/pattern").asText());
        assertEquals("wednesday", json.at("/schedule/daysOfWeek/1").asText());
        assertEquals("09:00", json.at("/schedule/time").asText());
        assertEquals("America/New_York", json.at("/schedule/timezone").asText());
        assertEquals("Software Engineer", json.at("/filters/jobTitle").asText());
        assertEquals("Remote", json.at("/filters/workType/0").asText());
        assertEquals(25, json.at("/limits/maxJobsPerRun").asInt());
        assertEquals("San Francisco, CA", json.at("/searchContext/locations/0").asText());
        assertFalse(json.get("stats").has("nextRunAt"), json.toString());
    }

    @Test
    void dailyAndMonthlySchedulesNeedNoDays() {
        assertEquals("daily", kit.sessions.createAutopilotRecurring(request(FILTERS, null,
                new Schedule("daily", null, "23:59", "Europe/London"))).schedule().pattern());
        assertEquals("monthly", kit.sessions.createAutopilotRecurring(request(FILTERS, null,
                new Schedule("MONTHLY", List.of(), "00:00", "UTC"))).schedule().pattern());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no schedule        | schedule            | A recurring session needs a schedule",
        "unknown pattern    | schedule.pattern    | The schedule pattern must be daily, weekly or monthly, not \"hourly\".",
        "time without zero  | schedule.time       | written HH:mm, such as 09:00 or 18:30; \"9:00\" is not one.",
        "hour 24            | schedule.time       | \"24:00\" is not one.",
        "weekly no days     | schedule.daysOfWeek | A weekly schedule needs at least one day in daysOfWeek",
        "daily with days    | schedule.daysOfWeek | daysOfWeek is only used by the weekly pattern; leave it empty for a daily schedule.",
        "unknown day        | schedule.daysOfWeek | \"mon\" is not a day of the week",
        "no time zone       | schedule.timezone   | The schedule needs a time zone",
        "unknown time zone  | schedule.timezone   | \"Mars/Olympus\" is not a known time zone",
        "fixed offset       | schedule.timezone   | \"+01:00\" is not a known time zone",
    })
    void aMalformedScheduleIsRefusedAndNothingIsStored(String cas, String field, String message) {
        Schedule schedule = switch (cas.trim()) {
            case "no schedule" -> null;
            case "unknown pattern" -> new Schedule("hourly", null, "09:00", "UTC");
            case "time without zero" -> new Schedule("daily", null, "9:00", "UTC");
            case "hour 24" -> new Schedule("daily", null, "24:00", "UTC");
            case "weekly no days" -> new Schedule("weekly", List.of(), "09:00", "UTC");
            case "daily with days" -> new Schedule("daily", List.of("monday"), "09:00", "UTC");
            case "unknown day" -> new Schedule("weekly", List.of("mon"), "09:00", "UTC");
            case "no time zone" -> new Schedule("daily", null, "09:00", " ");
            case "fixed offset" -> new Schedule("daily", null, "09:00", "+01:00");
            default -> new Schedule("daily", null, "09:00", "Mars/Olympus");
        };
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> kit.sessions.createAutopilotRecurring(request(FILTERS, null, schedule)));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals(field, e.details());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertNothingStored();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no filters        | VALIDATION_ERROR  | filters.jobTitle",
        "blank title       | VALIDATION_ERROR  | filters.jobTitle",
        "unknown work type | VALIDATION_ERROR  | filters.workType",
        "zero jobs per run | VALIDATION_ERROR  | limits.maxJobsPerRun",
        "101 jobs per run  | MAX_JOBS_EXCEEDED | limits.maxJobsPerRun",
        "bad email         | VALIDATION_ERROR  | overrideEmail",
        "a schedule        | VALIDATION_ERROR  | schedule",
        "unknown search    | NOT_FOUND         | searchId",
    })
    void aBadAutopilotOnceRequestIsRefusedWithTheApiCodeAndNothingIsStored(String cas, ErrorCode code,
                                                                          String field) {
        AutopilotRequest bad = switch (cas.trim()) {
            case "no filters" -> request(null, null, null);
            case "blank title" -> request(new Filters(" ", null, null), null, null);
            case "unknown work type" -> request(new Filters("SWE", null, List.of("Anywhere")), null, null);
            case "zero jobs per run" -> request(FILTERS, new Limits(0), null);
            case "101 jobs per run" -> request(FILTERS, new Limits(101), null);
            case "bad email" -> new AutopilotRequest(profile.profileId(), FILTERS, null, null, null, "not-mail", false);
            case "a schedule" -> request(FILTERS, null, WEEKLY);
            default -> new AutopilotRequest(profile.profileId(), FILTERS, null, null, "srch_missing", null, false);
        };
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> kit.sessions.createAutopilotOnce(bad));
        assertEquals(code, e.code(), e.getMessage());
        assertEquals(field, e.details());
        assertFalse(e.getMessage().isBlank());
        assertNothingStored();
    }

    @Test
    void maxJobsPerRunAcceptsOneToAHundred() {
        assertEquals(1, kit.sessions.createAutopilotOnce(request(FILTERS, new Limits(1), null))
                .limits().maxJobsPerRun());
        assertEquals(100, kit.sessions.createAutopilotOnce(request(new Filters("Data Engineer", null, null),
                new Limits(100), null)).limits().maxJobsPerRun());
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> kit.sessions.createAutopilotOnce(
                request(FILTERS, new Limits(101), null)));
        assertEquals("A run can apply to at most 100 jobs; limits.maxJobsPerRun is 101.", e.getMessage());
    }

    @Test
    void unknownProfileIsNotFoundAndIncompleteProfileIsRefused() {
        ApplyDeskException missing = assertThrows(ApplyDeskException.class, () -> kit.sessions.createAutopilotOnce(
                new AutopilotRequest("prof_nope", FILTERS, null, null, null, null, false)));
        assertEquals(ErrorCode.NOT_FOUND, missing.code());

        Profile noResume = kit.profiles.create(new Profile(null, "x", profile.personalInformation()
                .withEmail("other@example.com"), profile.workExperience(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, List.of(), List.of(), null, null));
        ApplyDeskException incomplete = assertThrows(ApplyDeskException.class,
                () -> kit.sessions.createAutopilotRecurring(new AutopilotRequest(noResume.profileId(), FILTERS, null,
                        WEEKLY, null, null, false)));
        assertEquals(ErrorCode.PROFILE_INCOMPLETE, incomplete.code());
        assertNothingStored();
    }

    @Test
    void aSearchIdGivesTheSearchContextAndOverrideEmailAndReviewModeAreKept() {
        kit.db.jdbi().useExtension(SearchDao.class, dao -> dao.insert("srch_abc",
                new SearchContext(List.of("Backend Engineer", "Platform Engineer"), List.of("Leeds")), null,
                kit.clock.instant()));
        Session created = kit.sessions.createAutopilotOnce(new AutopilotRequest(profile.profileId(), FILTERS, null,
                null, "srch_abc", " me@example.org ", true));
        Session stored = kit.sessions.get(created.sessionId());
        assertEquals(new SearchContext(List.of("Backend Engineer", "Platform Engineer"), List.of("Leeds")),
                stored.searchContext());
        assertEquals("srch_abc", stored.searchId());
        assertEquals("me@example.org", stored.overrideEmail());
        assertTrue(stored.reviewMode());
    }

    @Test
    void anEqualLiveSessionOfTheProfileIsAlreadyActiveUntilItIsStopped() {
        Session first = kit.sessions.createAutopilotRecurring(request(FILTERS, new Limits(25), WEEKLY));

        ApplyDeskException twin = assertThrows(ApplyDeskException.class,
                () -> kit.sessions.createAutopilotRecurring(request(FILTERS, new Limits(10), WEEKLY)));
        assertEquals(ErrorCode.SESSION_ALREADY_ACTIVE, twin.code());
        assertEquals(first.sessionId(), twin.details());
        assertTrue(twin.getMessage().contains(first.sessionId() + ", active"), twin.getMessage());

        kit.sessions.pause(first.sessionId());
        assertEquals(ErrorCode.SESSION_ALREADY_ACTIVE, assertThrows(ApplyDeskException.class,
                () -> kit.sessions.createAutopilotRecurring(request(FILTERS, null, WEEKLY))).code());

        // Another schedule, another type or another profile is a different campaign.
        kit.sessions.createAutopilotRecurring(request(FILTERS, null, new Schedule("daily", null, "09:00", "UTC")));
        kit.sessions.createAutopilotOnce(request(FILTERS, null, null));
        Profile other = kit.completeProfile("other@example.com");
        kit.sessions.createAutopilotRecurring(new AutopilotRequest(other.profileId(), FILTERS, null, WEEKLY, null,
                null, false));

        kit.sessions.stop(first.sessionId());
        Session again = kit.sessions.createAutopilotRecurring(request(FILTERS, null, WEEKLY));
        assertEquals(SessionStatus.ACTIVE, again.status());
        assertEquals(5, kit.sessions.list(SessionQuery.all()).pagination().total());
    }

    @Test
    void aRecurringSessionPausesResumesAndStops() {
        String id = kit.sessions.createAutopilotRecurring(request(FILTERS, null, WEEKLY)).sessionId();
        assertEquals(SessionStatus.PAUSED, kit.sessions.pause(id).status());
        assertEquals(SessionStatus.ACTIVE, kit.sessions.resume(id).status());
        assertEquals(SessionStatus.CANCELLED, kit.sessions.stop(id).status());
        ApplyDeskException ended = assertThrows(ApplyDeskException.class, () -> kit.sessions.pause(id));
        assertEquals("This session has already ended (cancelled), so it cannot be paused.", ended.getMessage());
    }

    @Test
    void anAutopilotOnceSessionCannotBePausedOnlyStopped() {
        String id = kit.sessions.createAutopilotOnce(request(FILTERS, null, null)).sessionId();
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> kit.sessions.pause(id));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("An autopilot_once session runs a single time, so it cannot be paused; stop it instead.",
                e.getMessage());
        assertEquals(ErrorCode.VALIDATION_ERROR,
                assertThrows(ApplyDeskException.class, () -> kit.sessions.resume(id)).code());
        assertEquals(SessionStatus.ACTIVE, kit.sessions.get(id).status());
        assertEquals(SessionStatus.CANCELLED, kit.sessions.stop(id).status());
    }

    @Test
    void sessionsAreListedByType() {
        kit.sessions.createAutopilotOnce(request(FILTERS, null, null));
        kit.sessions.createAutopilotRecurring(request(FILTERS, null, WEEKLY));
        kit.runOnce(profile, SessionTestKit.greenhouseJobs(1));
        assertEquals(List.of(SessionType.AUTOPILOT_RECURRING), kit.sessions.list(
                SessionQuery.of(null, "autopilot_recurring", null, null)).data().stream().map(Session::type).toList());
        assertEquals(3, kit.sessions.list(SessionQuery.of("active", null, null, null)).pagination().total());
    }

    private void assertNothingStored() {
        assertEquals(0, kit.sessions.list(SessionQuery.all()).pagination().total());
    }
}
