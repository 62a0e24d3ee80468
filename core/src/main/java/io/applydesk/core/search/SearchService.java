package io.applydesk.core.search;

import io.applydesk.core.application.store.ApplicationDao;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.json.JsonText;
import io.applydesk.core.search.fetch.BoardFetcher;
import io.applydesk.core.search.fetch.BoardResult;
import io.applydesk.core.search.filter.JobFilter;
import io.applydesk.core.session.SearchContext;
import io.applydesk.core.session.store.SearchDao;
import io.applydesk.core.store.Database;
import io.applydesk.core.store.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Job search: reads the given boards, keeps the jobs the request asks for that the profile has not applied to
 * (any application of that profile with the job's key, but one a stop cancelled), newest first, cut at
 * {@code results}, and records the search so a session created with its {@code searchId} takes its titles and
 * locations. A failing board never fails the search; the result reports it.
 */
public final class SearchService {
    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);

    private final Database db;
    private final BoardFetcher fetcher;
    private final Clock clock;

    public SearchService(Database db, BoardFetcher fetcher, Clock clock) {
        this.db = db;
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /**
     * Searches {@code boards} for {@code profileId}.
     *
     * @throws ApplyDeskException VALIDATION_ERROR without a profile id
     */
    public SearchResult search(String profileId, SearchRequest request, List<Board> boards) {
        if (profileId == null || profileId.isBlank()) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "A search needs the profile it is for.",
                    "profileId");
        }
        Map<String, Board> distinct = new LinkedHashMap<>();
        boards.forEach(b -> distinct.putIfAbsent(b.key(), b));
        List<BoardResult> fetched = fetcher.fetchAll(List.copyOf(distinct.values()));
        Instant now = clock.instant();
        JobFilter filter = new JobFilter(request, now);
        Set<String> applied = appliedKeys(profileId);
        Set<String> seen = new HashSet<>();
        List<JobPosting> matching = new ArrayList<>();
        for (BoardResult board : fetched) {
            for (JobPosting job : board.jobs()) {
                if (!applied.contains(job.jobKey()) && filter.test(job) && seen.add(job.jobKey())) {
                    matching.add(job);
                }
            }
        }
        matching.sort(Comparator.comparing(JobPosting::postedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(JobPosting::companyName).thenComparing(JobPosting::title));
        List<JobPosting> jobs = matching.subList(0, Math.min(request.results(), matching.size()));
        String searchId = Ids.newId(Ids.SEARCH);
        record(searchId, profileId, request, jobs.size(), now);
        return new SearchResult(searchId, jobs, matching.size(), fetched.stream().map(BoardResult::report).toList());
    }

    /** The titles and locations of a recorded search, for a session created with its id. */
    public Optional<SearchContext> context(String searchId) {
        return db.jdbi().withExtension(SearchDao.class, dao -> dao.context(searchId));
    }

    /**
     * The whole request of a recorded search (every filter), for the runs of a session created with its id;
     * empty for an unknown id, or a record whose request is missing or no longer valid.
     */
    public Optional<SearchRequest> request(String searchId) {
        Optional<String> json = db.jdbi().withExtension(SearchDao.class, dao -> dao.requestJson(searchId));
        try {
            return json.map(SearchRequest::fromJson);
        } catch (ApplyDeskException unreadable) {
            LOG.warn("Search {} has a stored request that cannot be read; its session searches with its filters",
                    searchId, unreadable);
            return Optional.empty();
        }
    }

    private Set<String> appliedKeys(String profileId) {
        return new HashSet<>(db.jdbi().withExtension(ApplicationDao.class, dao -> dao.appliedJobKeys(profileId)));
    }

    private void record(String searchId, String profileId, SearchRequest request, int resultCount, Instant now) {
        db.jdbi().useTransaction(h -> {
            h.attach(SearchDao.class).insert(searchId, new SearchContext(request.titles(), request.locations()),
                    JsonText.write(request), now);
            h.createUpdate("UPDATE search SET profile_id = :profile, result_count = :count WHERE id = :id")
                    .bind("profile", profileId).bind("count", resultCount).bind("id", searchId).execute();
        });
    }
}
