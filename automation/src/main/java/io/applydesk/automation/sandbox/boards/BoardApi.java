package io.applydesk.automation.sandbox.boards;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.automation.sandbox.PracticeRequest;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One ATS's public job-board API as the practice server imitates it: which requests it answers (the real path
 * under {@code /practice/board-api}) and the real response shapes, for a known board and an unknown one.
 * Implementations are stateless and thread-safe.
 */
abstract class BoardApi {
    private final AtsType ats;
    private final boolean post;
    private final Pattern path;
    private final BoardAnswer unknownBoard;

    /**
     * @param post         whether the API is asked with a POST (Workday) rather than a GET
     * @param path         the path after {@code /practice/board-api}; group 1 is the board token
     * @param unknownBoard the real API's answer for a board it does not know
     */
    BoardApi(AtsType ats, boolean post, String path, BoardAnswer unknownBoard) {
        this.ats = ats;
        this.post = post;
        this.path = Pattern.compile(path);
        this.unknownBoard = unknownBoard;
    }

    final AtsType ats() {
        return ats;
    }

    /** The board token the request asks for (spelled as a {@link Board} token), or empty when not this API's. */
    final Optional<String> tokenOf(PracticeRequest request) {
        Matcher matcher = path.matcher(PracticeBoards.apiPath(request));
        if (post != request.isPost() || !matcher.matches()) {
            return Optional.empty();
        }
        return token(matcher);
    }

    /** The token of a matching path; group 1 unless the API spreads it over several segments. */
    Optional<String> token(Matcher matcher) {
        return Optional.of(matcher.group(1));
    }

    final BoardAnswer unknownBoard() {
        return unknownBoard;
    }

    /** The path (and query) of the board's first page after {@code /practice/board-api}. */
    abstract String pathOf(Board board);

    /** The real API's answer for a known board: its postings, paged as the API pages them. */
    abstract JsonNode render(BoardListing listing, PracticeRequest request, Clock clock);

    /** A known board and its postings, and the practice base URL of the board APIs for the links they publish. */
    record BoardListing(Board board, List<BoardPosting> postings, String apiBaseUrl) {
    }

    /** A status and a JSON body. */
    record BoardAnswer(int status, String json) {
    }
}
