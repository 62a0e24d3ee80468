package io.applydesk.core.search.catalog;

import io.applydesk.core.search.Board;
import java.time.Instant;

/**
 * A board on the candidate's own list.
 *
 * @param sourceUrl the link the candidate pasted to add it, or null when picked from the catalog
 */
public record SavedBoard(Board board, String sourceUrl, Instant addedAt) {
}
