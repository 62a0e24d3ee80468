package io.applydesk.core.search.fetch;

import io.applydesk.core.search.Board;

/**
 * How reading one board went, for the person who searched: a failing board never fails the search.
 *
 * @param ok        true when the board was read to its end
 * @param jobsFound the jobs read from it (before filtering)
 * @param error     the code of what went wrong (an {@code ErrorCode} name), null when ok
 * @param message   a sentence saying what went wrong, null when ok
 * @param fromCache true when every page was unchanged (HTTP 304) and came from the cache
 */
public record SourceReport(Board board, boolean ok, int jobsFound, String error, String message, boolean fromCache) {
}
