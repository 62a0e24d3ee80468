package io.applydesk.automation.sandbox.boards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.automation.sandbox.PracticeRequest;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * SmartRecruiters' Posting API: {@code GET /v1/companies/{company}/postings?limit=100&offset=N} (ATS-REFERENCE §5).
 * {@code limit} is clamped to 100 as the real server does; an unknown company is an empty 200 answer.
 */
final class SmartRecruitersBoardApi extends BoardApi {
    static final int MAX_LIMIT = 100;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    SmartRecruitersBoardApi() {
        super(AtsType.SMARTRECRUITERS, false, "/smartrecruiters/v1/companies/([^/]+)/postings/?",
                new BoardAnswer(200, page(0, MAX_LIMIT, 0, BoardJson.array()).toString()));
    }

    @Override
    String pathOf(Board board) {
        return "/smartrecruiters/v1/companies/" + board.token() + "/postings?limit=" + MAX_LIMIT + "&offset=0";
    }

    @Override
    JsonNode render(BoardListing listing, PracticeRequest request, Clock clock) {
        int offset = BoardJson.intParameter(request, "offset", 0);
        int limit = Math.min(MAX_LIMIT, BoardJson.intParameter(request, "limit", MAX_LIMIT));
        String company = listing.board().token();
        ArrayNode content = BoardJson.array();
        for (BoardPosting posting : BoardJson.page(listing.postings(), offset, limit)) {
            Place place = posting.place();
            ObjectNode item = content.addObject();
            item.put("id", posting.apiId());
            item.put("name", posting.title());
            item.put("uuid", posting.jobId());
            item.put("jobAdId", BoardJson.uuid("jobAd:" + posting.jobId()));
            item.put("defaultJobAd", true);
            item.put("refNumber", "REF" + BoardJson.number("ref:" + posting.jobId(), 90_000L));
            item.putObject("company").put("identifier", company).put("name", listing.board().companyName());
            item.put("releasedDate", TIME.format(BoardJson.postedAt(posting, clock)));
            ObjectNode location = item.putObject("location");
            location.put("city", place.city()).put("region", place.region())
                    .put("country", place.countryCode().toLowerCase(Locale.ROOT))
                    .put("remote", posting.workType() == BoardPosting.WorkType.REMOTE)
                    .put("hybrid", posting.workType() == BoardPosting.WorkType.HYBRID)
                    // WHY: the practice places are not geocoded; one fixed point keeps the real fields and types.
                    .put("latitude", "30.2672").put("longitude", "-97.7431")
                    .put("fullLocation", fullLocation(place));
            item.putObject("industry").put("id", "computer_software").put("label", "Computer Software");
            item.putObject("department").put("id", String.valueOf(BoardJson.number(posting.department(), 9_999_999L)))
                    .put("label", posting.department());
            item.putObject("function").put("id", posting.department().toLowerCase(Locale.ROOT).replace(' ', '_'))
                    .put("label", posting.department());
            item.putObject("typeOfEmployment").put("id", "permanent").put("label", "Full-time");
            boolean senior = posting.title().toLowerCase(Locale.ROOT).contains("senior");
            item.putObject("experienceLevel").put("id", senior ? "mid_senior_level" : "associate")
                    .put("label", senior ? "Mid-Senior Level" : "Associate");
            item.putArray("customField").addObject().put("fieldId", BoardJson.uuid("field:brands").substring(0, 24))
                    .put("fieldLabel", "Brands").put("valueId", BoardJson.uuid("brand:" + company))
                    .put("valueLabel", listing.board().companyName());
            item.put("visibility", "PUBLIC");
            item.put("ref", listing.apiBaseUrl() + "/smartrecruiters/v1/companies/" + company + "/postings/"
                    + posting.apiId());
            item.putObject("language").put("code", "en").put("label", "English").put("labelNative", "English (US)");
        }
        return page(offset, limit, listing.postings().size(), content);
    }

    private static ObjectNode page(int offset, int limit, int total, ArrayNode content) {
        ObjectNode root = BoardJson.object();
        root.put("offset", offset).put("limit", limit).put("totalFound", total);
        root.set("content", content);
        return root;
    }

    private static String fullLocation(Place place) {
        return String.join(", ", List.of(place.city(), place.region(), place.country()).stream()
                .filter(part -> !part.isEmpty()).toList());
    }
}
