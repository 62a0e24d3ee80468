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

/** Recruitee's offers API: {@code GET https://{co}.recruitee.com/api/offers/} (ATS-REFERENCE §8). */
final class RecruiteeBoardApi extends BoardApi {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    RecruiteeBoardApi() {
        super(AtsType.RECRUITEE, false, "/recruitee/([^/]+)/api/offers/?",
                new BoardAnswer(404, "{\"error\":\"Not found\"}"));
    }

    @Override
    String pathOf(Board board) {
        return "/recruitee/" + board.token() + "/api/offers/";
    }

    @Override
    JsonNode render(BoardListing listing, PracticeRequest request, Clock clock) {
        ArrayNode offers = BoardJson.array();
        for (BoardPosting posting : listing.postings()) {
            Place place = posting.place();
            String published = TIME.format(BoardJson.postedAt(posting, clock));
            ObjectNode offer = offers.addObject();
            offer.put("id", BoardJson.number("offer:" + posting.jobId(), 900_000L) + 1_000_000L);
            offer.put("slug", posting.jobId());
            offer.put("title", posting.title());
            offer.put("description", posting.descriptionHtml());
            offer.put("requirements", "");
            offer.put("location", posting.location());
            offer.put("city", place.city());
            offer.put("country", place.country());
            offer.put("country_code", place.countryCode());
            offer.put("state_code", place.region());
            offer.put("postal_code", "");
            offer.put("remote", posting.workType() == BoardPosting.WorkType.REMOTE);
            offer.put("hybrid", posting.workType() == BoardPosting.WorkType.HYBRID);
            offer.put("on_site", posting.workType() == BoardPosting.WorkType.ON_SITE);
            offer.put("careers_url", posting.postingUrl());
            offer.put("careers_apply_url", posting.applyUrl());
            offer.put("company_name", listing.board().companyName());
            offer.put("department", posting.department());
            offer.put("employment_type_code", employmentType(posting.employmentType()));
            offer.put("category_code", "it");
            offer.put("experience_code", posting.title().contains("Senior") ? "experienced" : "mid_level");
            offer.put("education_code", "bachelor_degree");
            offer.put("options_phone", "optional");
            offer.put("options_photo", "off");
            offer.put("options_cover_letter", "optional");
            offer.put("options_cv", "required");
            offer.putArray("open_questions");
            offer.putArray("tags");
            offer.put("status", "published");
            offer.put("published_at", published);
            offer.put("created_at", published);
        }
        ObjectNode root = BoardJson.object();
        root.set("offers", offers);
        return root;
    }

    private static String employmentType(BoardPosting.EmploymentType type) {
        return switch (type) {
            case FULL_TIME -> "fulltime";
            case PART_TIME -> "parttime";
            case CONTRACT -> "contract";
            case INTERN -> "internship";
        };
    }
}
