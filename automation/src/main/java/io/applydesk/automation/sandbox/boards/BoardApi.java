package io.applydesk.automation.sandbox.boards;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.automation.sandbox.PracticeRequest;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * One ATS's public job-board API as the practice server imitates it: which requests it answers (the real path
 * under {@code /practice/board-api/{ats}}) and the real response shapes, for a known board and an unknown one.
 * Implementations are stateless and thread-safe.
 */
interface BoardApi {

    AtsType ats();

    /** The board token the request asks for (spelled as a {@link io.applydesk.core.search.Board} token), or empty. */
    Optional<String> tokenOf(PracticeRequest request);

    /** The path (and query) of the board's first page after {@code /practice/board-api}. */
    String pathOf(Board board);

    /** The real API's answer for a known board: its postings, paged as the API pages them. */
    JsonNode render(BoardListing listing, PracticeRequest request, Clock clock);

    /** The real API's answer for a board it does not know. */
    BoardAnswer unknownBoard();

    /** A known board and its postings, and the practice server's base URL for the links the API publishes. */
    record BoardListing(Board board, List<BoardPosting> postings, String apiBaseUrl) {
    }

    /** A status and a JSON body. */
    record BoardAnswer(int status, String json) {
    }
}
