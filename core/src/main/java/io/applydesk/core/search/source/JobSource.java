package io.applydesk.core.search.source;

import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;

/**
 * One ATS's public board API: the request for a board's first page, and the parsing of each response into
 * {@link io.applydesk.core.search.JobPosting}s plus the next page's request. Sources do no I/O; the fetcher does.
 */
public interface JobSource {

    /** The ATS whose boards this source reads. */
    AtsType ats();

    /** The request for the first (or only) page of {@code board}. */
    BoardRequest firstRequest(Board board, SourceContext context);

    /**
     * Parses one response body.
     *
     * @throws io.applydesk.core.error.ApplyDeskException VALIDATION_ERROR naming the board when the body is not the
     *                                                    API's shape
     */
    BoardPage parse(Board board, BoardRequest request, String body, SourceContext context);
}
