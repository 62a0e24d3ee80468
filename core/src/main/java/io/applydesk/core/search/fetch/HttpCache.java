package io.applydesk.core.search.fetch;

import io.applydesk.core.search.source.BoardPage;
import java.util.Optional;

/** Remembers, per board API request, the response's validators and the page parsed from it. */
public interface HttpCache {

    /**
     * A cached response.
     *
     * @param etag         the {@code ETag} header, or null
     * @param lastModified the {@code Last-Modified} header, or null
     */
    record Entry(String etag, String lastModified, BoardPage page) {
    }

    Optional<Entry> get(String requestKey);

    void put(String requestKey, Entry entry);

    /** A cache that remembers nothing. */
    HttpCache NONE = new HttpCache() {
        @Override
        public Optional<Entry> get(String requestKey) {
            return Optional.empty();
        }

        @Override
        public void put(String requestKey, Entry entry) {
            // nothing to remember
        }
    };
}
