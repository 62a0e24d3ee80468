package io.applydesk.automation.sandbox.boards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.automation.sandbox.Html;
import io.applydesk.automation.sandbox.PracticeRequest;
import io.applydesk.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** What the board API renderers share: nodes, the posted instant of a posting, ids derived from names. */
final class BoardJson {
    private BoardJson() {
    }

    static ObjectNode object() {
        return Json.mapper().createObjectNode();
    }

    static ArrayNode array() {
        return Json.mapper().createArrayNode();
    }

    /**
     * When the posting was published: {@code postedDaysAgo} days before the clock's UTC date, at an hour that
     * varies between postings. Day-based on purpose, so a board's answer (and its ETag) stays the same all day.
     */
    static Instant postedAt(BoardPosting posting, Clock clock) {
        int spread = Math.floorMod(posting.jobId().hashCode(), 600);
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(posting.postedDaysAgo())
                .atTime(8 + spread / 60, spread % 60, spread % 53).toInstant(ZoneOffset.UTC);
    }

    /** A stable UUID for a name, for the ids real APIs publish but our job models do not have. */
    static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A stable positive number for a name, below {@code bound}. */
    static long number(String name, long bound) {
        return Math.floorMod(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits(),
                bound);
    }

    /** The text of an HTML fragment, tags removed and entities of our own HTML decoded. */
    static String plain(String html) {
        if (html == null) {
            return "";
        }
        return html.replaceAll("(?i)<br\\s*/?>|</(p|li|h\\d|div)>", "\n").replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&").replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Greenhouse's {@code content}: the HTML itself entity-escaped ({@code &lt;p&gt;}). */
    static String entityEscaped(String html) {
        return Html.escape(html == null ? "" : html).replace("&#39;", "'");
    }

    /** A non-negative integer query parameter, or the fallback when absent or not a number. */
    static int intParameter(PracticeRequest request, String name, int fallback) {
        String value = request.queryParameter(name);
        try {
            return value == null ? fallback : Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The sub-list {@code [offset, offset + limit)}, empty past the end. */
    static <T> List<T> page(List<T> items, int offset, int limit) {
        int from = Math.min(offset, items.size());
        return items.subList(from, Math.min(items.size(), from + limit));
    }
}
