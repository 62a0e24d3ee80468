package io.applydesk.core.search.store;

import io.applydesk.core.json.JsonText;
import io.applydesk.core.search.fetch.HttpCache;
import io.applydesk.core.search.source.BoardPage;
import io.applydesk.core.store.Database;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP cache in the {@code search_http_cache} table (V6). An entry that no longer reads (written by an older
 * version) counts as absent: the board is fetched afresh.
 */
public final class H2HttpCache implements HttpCache {
    private static final Logger LOG = LoggerFactory.getLogger(H2HttpCache.class);
    /** The page column's size: a bigger page is simply not cached. */
    static final int MAX_PAGE_CHARS = 1_000_000;
    static final int MAX_KEY_CHARS = 4000;

    private final Database db;
    private final Clock clock;

    public H2HttpCache(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<Entry> get(String requestKey) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT etag, last_modified, page FROM search_http_cache WHERE request_key = :key")
                .bind("key", requestKey)
                .map((rs, ctx) -> {
                    try {
                        return new Entry(rs.getString("etag"), rs.getString("last_modified"),
                                JsonText.read(rs.getString("page"), BoardPage.class));
                    } catch (RuntimeException e) {
                        LOG.warn("Ignoring an unreadable cache entry for {}", requestKey, e);
                        return null;
                    }
                })
                .findOne());
    }

    @Override
    public void put(String requestKey, Entry entry) {
        String page = JsonText.write(entry.page());
        if (page.length() > MAX_PAGE_CHARS || requestKey.length() > MAX_KEY_CHARS) {
            return;
        }
        // Portable upsert: delete, then insert, in one transaction.
        db.jdbi().useTransaction(h -> {
            h.createUpdate("DELETE FROM search_http_cache WHERE request_key = :key").bind("key", requestKey).execute();
            h.createUpdate("INSERT INTO search_http_cache (request_key, etag, last_modified, page, stored_at) "
                            + "VALUES (:key, :etag, :lastModified, :page, :storedAt)")
                    .bind("key", requestKey).bind("etag", entry.etag()).bind("lastModified", entry.lastModified())
                    .bind("page", page).bind("storedAt", clock.instant()).execute();
        });
    }
}
