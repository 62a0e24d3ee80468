package io.applydesk.app.ui.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.application.Application;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.run.ApplicationChanged;
import io.applydesk.core.run.LogLine;
import io.applydesk.core.run.RunChanged;
import io.applydesk.core.run.RunStats;
import io.applydesk.core.run.RunStatus;
import io.applydesk.core.run.SessionRun;
import io.applydesk.core.session.SearchContext;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionStats;
import io.applydesk.core.session.SessionStatus;
import io.applydesk.core.session.SessionType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrayNoticesTest {
    private static final Instant T = Instant.parse("2026-11-29T09:00:00Z");
    private final TrayNotices notices = new TrayNotices();

    @Test
    void aRunThatEndsIsAnnouncedOnceWithWhatItSent() {
        RunChanged done = runChanged(RunStatus.COMPLETED, new RunStats(5, 5, 4, 1));

        assertEquals(Optional.of(new TrayNotices.Notice("Run finished", "4 applications sent, 1 failed.")),
                notices.noticeFor(done));
        assertEquals(Optional.empty(), notices.noticeFor(done), "the same end is not announced twice");
        assertEquals(Optional.of(new TrayNotices.Notice("Run stopped", "1 application sent.")),
                new TrayNotices().noticeFor(runChanged(RunStatus.CANCELLED, new RunStats(3, 1, 1, 0))));
    }

    @Test
    void aRunThatEndsSaysWhatWaitsForTheCandidate() {
        for (int n = 1; n <= 4; n++) {
            notices.noticeFor(changed("app_r" + n, ApplicationStatus.AWAITING_REVIEW));
        }
        notices.noticeFor(changed("app_q", ApplicationStatus.NEEDS_INPUT));
        notices.noticeFor(changed("app_answered", ApplicationStatus.NEEDS_INPUT));
        notices.noticeFor(changed("app_answered", ApplicationStatus.QUEUED));

        assertEquals(Optional.of(new TrayNotices.Notice("Run finished",
                        "0 applications sent; 4 forms wait for your review, 1 needs your answer.")),
                notices.noticeFor(runChanged(RunStatus.COMPLETED, new RunStats(6, 5, 0, 0))));
        notices.noticeFor(changed("app_u", ApplicationStatus.UNCONFIRMED));
        assertEquals("1 application sent; 1 was not confirmed: please check it.", notices.noticeFor(
                runChanged(RunStatus.CANCELLED, new RunStats(2, 2, 1, 0))).orElseThrow().text(),
                "only what waits since the run's last notice");
    }

    @Test
    void aRunInProgressIsNotAnnounced() {
        assertEquals(Optional.empty(), notices.noticeFor(runChanged(RunStatus.IN_PROGRESS, new RunStats(3, 0, 0, 0))));
    }

    @Test
    void anApplicationWaitingForTheCandidateIsAnnouncedWithTheJobAndWhy() {
        Optional<TrayNotices.Notice> notice = notices.noticeFor(changed("app_1", ApplicationStatus.NEEDS_INPUT));

        assertEquals(Optional.of(new TrayNotices.Notice("ApplyDesk needs you",
                "Data Engineer at Fernleaf: some questions need your answer.")), notice);
        assertEquals(Optional.empty(), notices.noticeFor(changed("app_1", ApplicationStatus.NEEDS_INPUT)));
        assertTrue(notices.noticeFor(changed("app_1", ApplicationStatus.UNCONFIRMED)).isPresent(),
                "a new reason to be needed is announced again");
        assertTrue(notices.noticeFor(changed("app_2", ApplicationStatus.AWAITING_REVIEW)).get().text()
                .endsWith("the filled form waits for your review."));
    }

    @Test
    void applicationsThatNeedNobodyAndLogLinesAreQuiet() {
        for (ApplicationStatus status : List.of(ApplicationStatus.QUEUED, ApplicationStatus.PROCESSING,
                ApplicationStatus.SUCCESS, ApplicationStatus.FAILED)) {
            assertEquals(Optional.empty(), notices.noticeFor(changed("app_" + status, status)), status.name());
        }
        assertEquals(Optional.empty(), notices.noticeFor(new LogLine("run_1", "app_1", T, "Filling the form")));
    }

    private static RunChanged runChanged(RunStatus status, RunStats stats) {
        Session session = new Session("sess_1", SessionType.AUTOPILOT_RECURRING, "prof_1", SessionStatus.ACTIVE, null,
                null, null, null, null, null, false, new SearchContext(List.of(), List.of()),
                new SessionStats(1, 0, 0, 0, 0, T, null), T, T);
        return new RunChanged(new SessionRun("run_1", "sess_1", T, status == RunStatus.IN_PROGRESS ? null : T, status,
                stats), session);
    }

    private static ApplicationChanged changed(String id, ApplicationStatus status) {
        return new ApplicationChanged(new Application(id, "sess_1", "run_1", "prof_1", "https://jobs.example/" + id,
                "key:" + id, "Data Engineer", "Fernleaf", null, AtsType.LEVER, status, "jo@example.com", null, null,
                List.of(), List.of(), null, List.of(), null, null, T, T));
    }
}
