package io.applydesk.automation.sandbox.boards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.automation.sandbox.PracticeRequest;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import io.applydesk.core.json.Json;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Workday's CXS search: {@code POST /{tenant}.{wdN}/wday/cxs/{tenant}/{site}/jobs} with
 * {@code {"appliedFacets":{},"limit":20,"offset":N,"searchText":""}} (ATS-REFERENCE §6.1), at most 20 a page.
 */
final class WorkdayBoardApi extends BoardApi {
    static final int MAX_LIMIT = 20;
    private static final String PATH = "/workday/([^/.]+)\\.([^/]+)/wday/cxs/([^/]+)/([^/]+)/jobs/?";

    WorkdayBoardApi() {
        super(AtsType.WORKDAY, true, PATH,
                new BoardAnswer(404, "{\"errorCode\":\"HTTP_404\",\"httpStatus\":404,\"message\":\"Not Found\"}"));
    }

    /** {@code {tenant}.{wdN}/{site}}, when the tenant of the host and of the path agree. */
    @Override
    Optional<String> token(Matcher matcher) {
        if (!matcher.group(1).equalsIgnoreCase(matcher.group(3))) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) + "." + matcher.group(2) + "/" + matcher.group(4));
    }

    @Override
    String pathOf(Board board) {
        return "/workday/" + board.workdayTenant() + "." + board.workdayHostLabel() + "/wday/cxs/"
                + board.workdayTenant() + "/" + board.workdaySite() + "/jobs";
    }

    @Override
    JsonNode render(BoardListing listing, PracticeRequest request, Clock clock) {
        JsonNode body = body(request);
        int offset = Math.max(0, body.path("offset").asInt(0));
        int limit = Math.min(MAX_LIMIT, Math.max(1, body.path("limit").asInt(MAX_LIMIT)));
        ArrayNode postings = BoardJson.array();
        for (BoardPosting posting : BoardJson.page(listing.postings(), offset, limit)) {
            ObjectNode item = postings.addObject();
            item.put("title", posting.title());
            item.put("externalPath", posting.apiId());
            item.put("locationsText", posting.location());
            item.put("postedOn", postedOn(posting.postedDaysAgo()));
            item.putArray("bulletFields").add(posting.jobId());
        }
        ObjectNode root = BoardJson.object();
        root.put("total", listing.postings().size());
        root.set("jobPostings", postings);
        root.set("facets", facets(listing));
        root.put("userAuthenticated", false);
        return root;
    }

    /** Workday's phrases: "Posted Today", "Posted Yesterday", "Posted 5 Days Ago", "Posted 30+ Days Ago". */
    static String postedOn(int daysAgo) {
        if (daysAgo == 0) {
            return "Posted Today";
        }
        if (daysAgo == 1) {
            return "Posted Yesterday";
        }
        return daysAgo >= 30 ? "Posted 30+ Days Ago" : "Posted " + daysAgo + " Days Ago";
    }

    private static ArrayNode facets(BoardListing listing) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        listing.postings().forEach(posting -> counts.merge(posting.department(), 1, Integer::sum));
        ArrayNode facets = BoardJson.array();
        ObjectNode family = facets.addObject();
        family.put("facetParameter", "jobFamily").put("descriptor", "Department");
        ArrayNode values = family.putArray("values");
        counts.forEach((department, count) -> values.addObject().put("descriptor", department)
                .put("id", BoardJson.uuid("family:" + department).replace("-", "")).put("count", count));
        return facets;
    }

    private static JsonNode body(PracticeRequest request) {
        try {
            JsonNode body = Json.mapper().readTree(request.body());
            return body == null ? BoardJson.object() : body;
        } catch (IOException e) {
            return BoardJson.object();
        }
    }
}
