package io.applydesk.core.session;

import io.applydesk.core.job.JobRef;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.SearchRequest;
import io.applydesk.core.search.SearchResult;
import io.applydesk.core.search.SearchService;
import io.applydesk.core.search.WorkType;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Starts a run of an autopilot session: searches the boards with the session's search context (titles and
 * locations) and filters, at most {@code limits.maxJobsPerRun} jobs (else {@value SessionService#MAX_JOBS}), and
 * queues an application per job found. The caller hands the run to the run coordinator. Used by
 * {@code applydesk autopilot} (autopilot_once) and by the scheduler at each slot (autopilot_recurring).
 */
public final class AutopilotRuns {
    private final SessionService sessions;
    private final SearchService searches;
    private final Supplier<List<Board>> boards;

    /** @param boards the boards a search reads, asked again for each run (the candidate may have changed them) */
    public AutopilotRuns(SessionService sessions, SearchService searches, Supplier<List<Board>> boards) {
        this.sessions = sessions;
        this.searches = searches;
        this.boards = boards;
    }

    /** What one run found and queued. */
    public record Started(SearchResult search, SessionCreated run) {
    }

    /**
     * Searches for the session and stores its new run.
     *
     * @throws io.applydesk.core.error.ApplyDeskException as {@link SessionService#addAutopilotRun}
     */
    public Started start(String sessionId) {
        Session session = sessions.get(sessionId);
        SearchRequest request = Optional.ofNullable(session.searchId()).flatMap(searches::request)
                .map(stored -> withResults(stored, resultsPerRun(session)))
                .orElseGet(() -> request(session));
        return queue(sessionId, searches.search(session.candidateProfileId(), request, boards.get()));
    }

    /** Stores a run of the session with the jobs {@code found} (a search made for it just before). */
    public Started queue(String sessionId, SearchResult found) {
        List<JobRef> jobs = found.jobs().stream().map(AutopilotRuns::jobRef).toList();
        return new Started(found, sessions.addAutopilotRun(sessionId, jobs, found.searchId()));
    }

    /** Searches the boards for a profile (for a session about to be created with the result's searchId). */
    public SearchResult search(String profileId, SearchRequest request) {
        return searches.search(profileId, request, boards.get());
    }

    /**
     * Creates an autopilot_once session as {@code applydesk autopilot} and the desktop app do: searches the boards
     * with {@code search}, creates the session with the search's id (so it keeps every title and location), and
     * stores its one run with the jobs found. The caller hands the run to the run coordinator.
     *
     * @param maxJobsPerRun the session's limit, or null for none; {@code search.results()} should not exceed it
     * @throws io.applydesk.core.error.ApplyDeskException as {@link SessionService#createAutopilotOnce} and
     *                                                    {@link SessionService#addAutopilotRun}
     */
    public Started createOnce(String profileId, SearchRequest search, Integer maxJobsPerRun, boolean reviewMode) {
        SearchResult found = search(profileId, search);
        Session session = sessions.createAutopilotOnce(
                sessionRequest(profileId, search, maxJobsPerRun, null, found.searchId(), reviewMode));
        return queue(session.sessionId(), found);
    }

    /**
     * Creates an autopilot_recurring session for {@code search}: searches once now so that the session takes the
     * search's id (every title and location); its runs happen at the schedule's slots.
     *
     * @return the search made now (what a run would find today) and the session, stored active without runs
     * @throws io.applydesk.core.error.ApplyDeskException as {@link SessionService#createAutopilotRecurring}
     */
    public Recurring createRecurring(String profileId, SearchRequest search, Integer maxJobsPerRun, Schedule schedule,
                                     boolean reviewMode) {
        SearchResult found = search(profileId, search);
        return new Recurring(found, sessions.createAutopilotRecurring(
                sessionRequest(profileId, search, maxJobsPerRun, schedule, found.searchId(), reviewMode)));
    }

    /** What {@link #createRecurring} made: the search it took its context from, and the session. */
    public record Recurring(SearchResult search, Session session) {
    }

    /**
     * The session request for a search: the first title as the hosted API's {@code jobTitle}, the locations and
     * work types as its filters (the search id carries every title).
     */
    static AutopilotRequest sessionRequest(String profileId, SearchRequest search, Integer maxJobsPerRun,
                                           Schedule schedule, String searchId, boolean reviewMode) {
        Filters filters = new Filters(search.titles().get(0), search.locations(),
                search.workType().stream().map(WorkType::wireName).toList());
        return new AutopilotRequest(profileId, filters, new Limits(maxJobsPerRun), schedule, searchId, null,
                reviewMode);
    }

    /**
     * The session's search when it has no recorded one (created through the hosted API's filters alone): its
     * context's titles and locations, its work types, its per-run limit. A session created from a search runs
     * that search's whole request again (job type, level, pay, age, exclusions too).
     */
    static SearchRequest request(Session session) {
        SearchContext context = session.searchContext();
        List<String> titles = context.titles().isEmpty() && session.filters() != null
                ? List.of(session.filters().jobTitle()) : context.titles();
        List<WorkType> workTypes = session.filters() == null ? List.of()
                : session.filters().workType().stream().map(WorkType::fromWire).toList();
        return new SearchRequest(titles, context.locations(), workTypes, List.of(), List.of(), null, null,
                resultsPerRun(session), List.of(), List.of(), List.of());
    }

    private static int resultsPerRun(Session session) {
        return session.limits() == null || session.limits().maxJobsPerRun() == null
                ? SessionService.MAX_JOBS : session.limits().maxJobsPerRun();
    }

    private static SearchRequest withResults(SearchRequest r, int results) {
        return new SearchRequest(r.titles(), r.locations(), r.workType(), r.jobType(), r.experienceLevel(),
                r.salaryMin(), r.postedAtMaxAgeDays(), results, r.excludeJobIds(), r.excludeCompanies(),
                r.excludeKeywords());
    }

    private static JobRef jobRef(JobPosting job) {
        return new JobRef(job.companyName(), job.title(), job.atsJobId(), job.applyUrl());
    }
}
