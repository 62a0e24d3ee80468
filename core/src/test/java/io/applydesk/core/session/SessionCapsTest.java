package io.applydesk.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.run.RunSettings;
import io.applydesk.core.store.AppSettingDao;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hosted API refuses to create a session once the profile's total or monthly cap is reached (real H2). */
class SessionCapsTest {
    private static final Filters FILTERS = new Filters("Software Engineer", List.of("Remote"), List.of());
    private static final Schedule DAILY = new Schedule("daily", List.of(), "09:00", "Europe/London");

    @TempDir
    Path tmp;
    private SessionTestKit kit;
    private Profile profile;

    @BeforeEach
    void setUp() {
        kit = new SessionTestKit(tmp);
        profile = kit.completeProfile("dana@example.com");
        setting(RunSettings.ZONE, "UTC");
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    @Test
    void noSessionOfAnyTypeIsCreatedOnceTheTotalCapIsReached() {
        setting(RunSettings.TOTAL_CAP, "3");
        sent(kit.runOnce(profile, SessionTestKit.greenhouseJobs(3)), "SUCCESS", "2026-10-15T10:00:00Z");

        String sentence = "This profile has reached its limit of 3 applications in all, so no new session can be "
                + "created.";
        assertRefused(ErrorCode.USER_TOTAL_LIMIT_REACHED, sentence,
                () -> kit.runOnce(profile, List.of(SessionTestKit.greenhouseJob(9))));
        assertRefused(ErrorCode.USER_TOTAL_LIMIT_REACHED, sentence, () -> kit.sessions.createAutopilotOnce(
                new AutopilotRequest(profile.profileId(), FILTERS, null, null, null, null, false)));
        assertRefused(ErrorCode.USER_TOTAL_LIMIT_REACHED, sentence, () -> kit.sessions.createAutopilotRecurring(
                new AutopilotRequest(profile.profileId(), FILTERS, null, DAILY, null, null, false)));
        assertEquals(1, kit.sessions.list(new SessionQuery(null, null, null)).data().size(),
                "only the first session exists");
    }

    @Test
    void theMonthlyCapCountsThisCalendarMonthOnlyAndSaysWhenItOpensAgain() {
        setting(RunSettings.MONTHLY_CAP, "2");
        // Two sent in October do not count in November.
        sent(kit.runOnce(profile, SessionTestKit.greenhouseJobs(2)), "SUCCESS", "2026-10-20T10:00:00Z");
        SessionCreated november = kit.runOnce(profile, List.of(SessionTestKit.greenhouseJob(3),
                SessionTestKit.greenhouseJob(4)));
        // One sent and one that may have been sent (UNCONFIRMED) count; the cap is reached.
        sent(november, "SUCCESS", "2026-11-01T08:00:00Z");
        sent(november, "UNCONFIRMED", "2026-11-01T08:00:00Z");

        assertRefused(ErrorCode.USER_MONTHLY_LIMIT_REACHED, "This profile has reached its limit of 2 applications "
                        + "for November, so no new session can be created. Applications can go out again from "
                        + "December 1.",
                () -> kit.sessions.createAutopilotRecurring(
                        new AutopilotRequest(profile.profileId(), FILTERS, null, DAILY, null, null, false)));
    }

    @Test
    void applicationsThatSentNothingDoNotCountAndACapRaisedInTheSettingsAppliesAtOnce() {
        setting(RunSettings.TOTAL_CAP, "2");
        SessionCreated first = kit.runOnce(profile, SessionTestKit.greenhouseJobs(2));
        sent(first, "FAILED", "2026-11-01T08:00:00Z");
        kit.runOnce(profile, List.of(SessionTestKit.greenhouseJob(5)));
        sent(first, "SUCCESS", "2026-11-01T08:00:00Z");
        assertRefused(ErrorCode.USER_TOTAL_LIMIT_REACHED, null,
                () -> kit.runOnce(profile, List.of(SessionTestKit.greenhouseJob(6))));

        setting(RunSettings.TOTAL_CAP, "3");
        Session created = kit.sessions.createAutopilotOnce(
                new AutopilotRequest(profile.profileId(), FILTERS, null, null, null, null, false));
        assertEquals(SessionStatus.ACTIVE, created.status());
    }

    private void setting(String key, String value) {
        kit.db.jdbi().useExtension(AppSettingDao.class, dao -> dao.put(key, value));
    }

    /** Marks every application of the created session with {@code status}, changed at {@code when}. */
    private void sent(SessionCreated created, String status, String when) {
        kit.db.jdbi().useHandle(h -> h.createUpdate("UPDATE application SET status = :status, updated_at = :at "
                        + "WHERE session_id = :session")
                .bind("status", status).bind("at", Instant.parse(when))
                .bind("session", created.session().sessionId()).execute());
    }

    private static void assertRefused(ErrorCode code, String sentence, Supplier<?> create) {
        ApplyDeskException e = assertThrows(ApplyDeskException.class, create::get);
        assertEquals(code, e.code());
        if (sentence != null) {
            assertEquals(sentence, e.getMessage());
        }
    }
}
