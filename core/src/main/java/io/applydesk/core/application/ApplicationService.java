package io.applydesk.core.application;

import io.applydesk.core.application.store.ApplicationColumns;
import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.application.store.ApplicationRow;
import io.applydesk.core.common.Page;
import io.applydesk.core.common.PageRequest;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.store.Database;
import io.applydesk.core.store.SqlFilter;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
            List<Application> data = dao.withAttempts(dao.pageRows(filter.where(), orderFor(q), "",
                    filter.values(), q.page().limit(), q.page().offset()));
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

    /**
     * One page of the applications matching {@code filter}, newest first, with the total that match. Paged
     * in SQL: each equality filter has an index that continues in the page order (V8, V9), so a page reads
     * only its own rows whatever the page number.
     */
    public Page<Application> find(ApplicationFilter filter, PageRequest page) {
        SqlFilter sql = sqlFilter(filter);
        return jdbi.inTransaction(h -> {
            ApplicationDao dao = h.attach(ApplicationDao.class);
            List<Application> data = dao.withAttempts(dao.pageRows(sql.where(), newestFirstOrder(filter), "DESC",
                    sql.values(), page.limit(), page.offset()));
            return page.toPage(data, dao.count(sql.where(), sql.values()));
        });
    }

    /**
     * Hands every application matching {@code filter} to {@code each}, newest first, one row at a time from
     * the database (never the whole list in memory); attempts are not loaded. Returns how many there were.
     */
    public long forEachMatching(ApplicationFilter filter, Consumer<Application> each) {
        SqlFilter sql = sqlFilter(filter);
        return jdbi.withHandle(h -> {
            try (Stream<ApplicationRow> rows = h.attach(ApplicationDao.class).matching(sql.where(), sql.values())) {
                long[] count = {0};
                rows.forEach(row -> {
                    each.accept(row.toApplication(List.of()));
                    count[0]++;
                });
                return count[0];
            }
        });
    }

    /** The company names of the stored applications, A to Z, at most {@code limit}. */
    public List<String> companyNames(int limit) {
        return jdbi.withExtension(ApplicationDao.class, dao -> dao.companyNames(limit));
    }

    private static SqlFilter sqlFilter(ApplicationFilter f) {
        return new SqlFilter()
                .equal(ApplicationColumns.SESSION_ID, f.sessionId())
                .equal(ApplicationColumns.COMPANY_NAME, f.companyName())
                .equal(ApplicationColumns.STATUS, f.status() == null ? null : f.status().name())
                .equal(ApplicationColumns.ATS_TYPE, f.atsType() == null ? null : f.atsType().name())
                .atLeast(ApplicationColumns.CREATED_AT, f.createdFrom())
                .lessThan(ApplicationColumns.CREATED_AT, f.createdBefore())
                .containsIgnoringCase("text", f.text(), ApplicationColumns.ID, "application",
                        ApplicationColumns.COMPANY_NAME, ApplicationColumns.JOB_TITLE, ApplicationColumns.JOB_URL);
    }

    /**
     * Newest first, led by the most selective column the filter fixes to one value, so that one of the
     * indexes that start with it gives the page without sorting (a fixed leading column does not change the order).
     */
    private static String newestFirstOrder(ApplicationFilter f) {
        String lead = f.sessionId() != null ? ApplicationColumns.SESSION_ID
                : f.companyName() != null ? ApplicationColumns.COMPANY_NAME
                : f.status() != null ? ApplicationColumns.STATUS
                : f.atsType() != null ? ApplicationColumns.ATS_TYPE : null;
        return (lead == null ? "" : lead + " DESC, ") + "created_at DESC, list_position DESC, id DESC";
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
