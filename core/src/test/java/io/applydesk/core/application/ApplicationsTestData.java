package io.applydesk.core.application;

import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.application.store.ApplicationRow;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.session.SessionCreated;
import io.applydesk.core.session.SessionTestKit;
import java.time.Duration;
import java.time.Instant;

/** Stores applications with chosen fields straight through {@link ApplicationDao}, in an existing run. */
public final class ApplicationsTestData {
    private final SessionTestKit kit;
    private final SessionCreated run;
    private int position = 1000;

    public ApplicationsTestData(SessionTestKit kit, SessionCreated run) {
        this.kit = kit;
        this.run = run;
    }

    /** An application created {@code minutes} after the kit clock's start; returns its id. */
    public String add(String company, String title, String url, AtsType ats, ApplicationStatus status, long minutes) {
        int n = position++;
        String id = "app_test_" + n;
        Instant at = kit.clock.instant().plus(Duration.ofMinutes(minutes));
        kit.db.jdbi().useExtension(ApplicationDao.class, dao -> dao.insert(new ApplicationRow(id,
                run.session().sessionId(), run.run().sessionRunId(), n, run.session().candidateProfileId(), url,
                ats.apiValue() + ":" + n, null, null, title, company, null, ats.name(), status.name(),
                "dana@example.com", null, null, null, null, null, null, null, null, at, at)));
        return id;
    }
}
