package io.applydesk.core.application;

import io.applydesk.core.application.store.ApplicationColumns;
import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.common.Page;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.store.Database;
import io.applydesk.core.store.SqlFilter;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads applications as the hosted API's {@code /applications} endpoints do. Status changes are
 * made by the session service and the run coordinator. Thread-safe.
 */
public class ApplicationService {
    private static final List<String> ALL_STATUSES =
            Arrays.stream(ApplicationStatus.values()).map(Enum::name).toList();

    private final Jdbi jdbi;

    public ApplicationService(Database db) {
        this.jdbi = db.jdbi();
    }

    /** @throws ApplyDeskException NOT_FOUND */
    public Application get(String applicationId) {
        return jdbi.withExtension(ApplicationDao.class, dao -> dao.find(applicationId))
                .orElseThrow(() -> new ApplyDeskException(ErrorCode.NOT_FOUND,
                        "No application with id " + applicationId + " exists.", "applicationId"));
    }

    /** One page, oldest first and in list order within a session. */
    public Page<Application> list(ApplicationQuery q) {
        SqlFilter filter = new SqlFilter()
                .equal(ApplicationColumns.SESSION_ID, q.sessionId())
                .equal(ApplicationColumns.SESSION_RUN_ID, q.sessionRunId())
                .equal(ApplicationColumns.STATUS, q.status() == null ? null : q.status().name());
        return jdbi.inTransaction(h -> {
            ApplicationDao dao = h.attach(ApplicationDao.class);
            List<Application> data = dao.withAttempts(dao.pageRows(filter.where(), orderFor(q), filter.values(),
                    q.page().limit(), q.page().offset()));
            return q.page().toPage(data, dao.count(filter.where(), filter.values()));
        });
    }

    /**
     * The page order, oldest first: a column the query fixes to one value may lead without changing the
     * order, and then it matches one of V8's indexes, from which H2 reads the page without sorting.
     */
    private static String orderFor(ApplicationQuery q) {
        String lead = q.sessionRunId() == null && q.sessionId() != null ? ApplicationColumns.SESSION_ID + ", "
                : q.sessionRunId() == null && q.status() != null ? ApplicationColumns.STATUS + ", " : "";
        return lead + "created_at, list_position, id";
    }

    /** Every application of a run, in list order (at most 100 for a run_once session). */
    public List<Application> inRun(String sessionRunId) {
        return jdbi.withExtension(ApplicationDao.class, dao -> dao.withAttempts(dao.inRun(sessionRunId, ALL_STATUSES)));
    }

    /** Every application of a session, in list order. */
    public List<Application> inSession(String sessionId) {
        return jdbi.withExtension(ApplicationDao.class,
                dao -> dao.withAttempts(dao.inSession(sessionId, ALL_STATUSES)));
    }
}
