package io.applydesk.core.search.source;

import java.net.URI;
import java.util.Objects;

/**
 * One HTTP request to a board API: GET, or POST with a JSON body (Workday).
 *
 * @param body the JSON body of a POST, null for a GET
 */
public record BoardRequest(String method, URI uri, String body) {

    public BoardRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
    }

    public static BoardRequest get(String uri) {
        return new BoardRequest("GET", URI.create(uri), null);
    }

    public static BoardRequest post(String uri, String jsonBody) {
        return new BoardRequest("POST", URI.create(uri), jsonBody);
    }

    /** The identity the HTTP cache keys on: method, URL and body. */
    public String cacheKey() {
        return method + " " + uri + (body == null ? "" : " " + body);
    }
}
