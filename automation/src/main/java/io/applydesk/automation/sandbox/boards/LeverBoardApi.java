package io.applydesk.automation.sandbox.boards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.automation.sandbox.PracticeRequest;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import java.time.Clock;
import java.util.Locale;

/** Lever's Postings API: {@code GET /v0/postings/{site}?mode=json[&skip=&limit=]} (ATS-REFERENCE §2.1). */
final class LeverBoardApi extends BoardApi {

    LeverBoardApi() {
        super(AtsType.LEVER, false, "/lever/v0/postings/([^/]+)/?",
                new BoardAnswer(404, "{\"ok\":false,\"error\":\"Document not found\"}"));
    }

    @Override
    String pathOf(Board board) {
        return "/lever/v0/postings/" + board.token() + "?mode=json";
    }

    @Override
    JsonNode render(BoardListing listing, PracticeRequest request, Clock clock) {
        int skip = BoardJson.intParameter(request, "skip", 0);
        int limit = BoardJson.intParameter(request, "limit", Integer.MAX_VALUE);
        ArrayNode postings = BoardJson.array();
        for (BoardPosting posting : BoardJson.page(listing.postings(), skip, limit)) {
            Place place = posting.place();
            ObjectNode item = postings.addObject();
            item.put("additionalPlain", "");
            item.put("additional", "");
            ObjectNode categories = item.putObject("categories");
            categories.put("commitment", commitment(posting.employmentType()));
            categories.put("department", posting.department());
            categories.put("location", posting.location());
            categories.put("team", posting.department());
            categories.putArray("allLocations").add(posting.location());
            item.put("createdAt", BoardJson.postedAt(posting, clock).toEpochMilli());
            item.put("descriptionPlain", BoardJson.plain(posting.descriptionHtml()));
            item.put("description", posting.descriptionHtml());
            item.put("descriptionBody", posting.descriptionHtml());
            item.put("descriptionBodyPlain", BoardJson.plain(posting.descriptionHtml()));
            item.put("id", posting.jobId());
            item.putArray("lists");
            item.put("opening", "");
            item.put("openingPlain", "");
            item.put("text", posting.title());
            item.put("country", place.countryCode());
            item.put("workplaceType", workplace(posting.workType()));
            item.put("hostedUrl", posting.postingUrl());
            item.put("applyUrl", posting.applyUrl());
            if (posting.salary() != null) {
                item.putObject("salaryRange").put("currency", posting.salary().currency())
                        .put("interval", "per-year-salary").put("min", posting.salary().min())
                        .put("max", posting.salary().max());
                String summary = String.format(Locale.ROOT, "The salary range for this role is $%,d - $%,d a year.",
                        posting.salary().min(), posting.salary().max());
                item.put("salaryDescription", "<div>" + summary + "</div>");
                item.put("salaryDescriptionPlain", summary);
            }
        }
        return postings;
    }

    private static String commitment(BoardPosting.EmploymentType type) {
        return switch (type) {
            case FULL_TIME -> "Full-time";
            case PART_TIME -> "Part-time";
            case CONTRACT -> "Contract";
            case INTERN -> "Intern";
        };
    }

    /** Live Lever writes {@code onsite}, not the documented {@code on-site}. */
    private static String workplace(BoardPosting.WorkType type) {
        return type == BoardPosting.WorkType.ON_SITE ? "onsite" : type.name().toLowerCase(Locale.ROOT);
    }
}
