package io.applydesk.automation.sandbox.boards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.automation.sandbox.PracticeRequest;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import java.time.Clock;

/**
 * BambooHR's careers list: {@code GET https://{co}.bamboohr.com/careers/list} (ATS-REFERENCE §7). It publishes no
 * date, pay or URL; a posting's page is {@code /careers/{id}}.
 */
final class BambooHrBoardApi extends BoardApi {

    /**
     * The real site redirects an unknown tenant to BambooHR's home page; a 404 tells a client the same without
     * sending it off the practice server.
     */
    BambooHrBoardApi() {
        super(AtsType.BAMBOOHR, false, "/bamboohr/([^/]+)/careers/list/?",
                new BoardAnswer(404, "{\"error\":\"Not found\"}"));
    }

    @Override
    String pathOf(Board board) {
        return "/bamboohr/" + board.token() + "/careers/list";
    }

    @Override
    JsonNode render(BoardListing listing, PracticeRequest request, Clock clock) {
        ArrayNode result = BoardJson.array();
        for (BoardPosting posting : listing.postings()) {
            Place place = posting.place();
            ObjectNode item = result.addObject();
            item.put("id", posting.jobId());
            item.put("jobOpeningName", posting.title());
            item.put("departmentId", String.valueOf(BoardJson.number("dept:" + posting.department(), 90L) + 10));
            item.put("departmentLabel", posting.department());
            item.put("employmentStatusLabel", "Full-Time");
            item.putObject("location").put("city", place.city()).put("state", place.region());
            item.putObject("atsLocation").put("country", place.country()).put("state", place.region())
                    .putNull("province").put("city", place.city());
            item.put("isRemote", posting.workType() == BoardPosting.WorkType.REMOTE);
            item.put("locationType", locationType(posting.workType()));
        }
        ObjectNode root = BoardJson.object();
        root.putObject("meta").put("totalCount", listing.postings().size());
        root.set("result", result);
        return root;
    }

    /** "0" on-site, "1" remote, "2" hybrid. */
    private static String locationType(BoardPosting.WorkType type) {
        return switch (type) {
            case ON_SITE -> "0";
            case REMOTE -> "1";
            case HYBRID -> "2";
        };
    }
}
