package io.applydesk.core.search.catalog;

import java.time.Instant;

/**
 * A named group of the candidate's boards ("Dream companies", "Berlin startups"); a board may be in several.
 *
 * @param id         {@code bgrp_…}
 * @param boardCount how many boards the group holds
 */
public record BoardGroup(String id, String name, int boardCount, Instant createdAt) {
}
