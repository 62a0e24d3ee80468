package io.applydesk.automation.sandbox.boards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.automation.sandbox.PracticeRequest;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import java.time.Clock;
import java.time.ZoneOffset;

/** Workable's widget API: {@code GET /api/v1/widget/accounts/{account}?details=true} (ATS-REFERENCE §4). */
final class WorkableBoardApi extends BoardApi {

    WorkableBoardApi() {
        super(AtsType.WORKABLE, false, "/workable/api/v1/widget/accounts/([^/]+)/?",
                new BoardAnswer(404, "{\"error\":\"Not Found\"}"));
    }

    @Override
    String pathOf(Board board) {
        return "/workable/api/v1/widget/accounts/" + board.token() + "?details=true";
    }

    @Override
    JsonNode render(BoardListing listing, PracticeRequest request, Clock clock) {
        boolean details = "true".equalsIgnoreCase(request.queryParameter("details"));
        ArrayNode jobs = BoardJson.array();
        for (BoardPosting posting : listing.postings()) {
            Place place = posting.place();
            String day = BoardJson.postedAt(posting, clock).atZone(ZoneOffset.UTC).toLocalDate().toString();
            ObjectNode job = jobs.addObject();
            job.put("title", posting.title());
            job.put("shortcode", posting.jobId());
            job.put("code", "");
            job.put("employment_type", employmentType(posting.employmentType()));
            job.put("telecommuting", posting.workType() == BoardPosting.WorkType.REMOTE);
            job.put("department", posting.department());
            job.put("url", posting.postingUrl());
            job.put("shortlink", posting.postingUrl());
            job.put("application_url", posting.applyUrl());
            job.put("published_on", day);
            job.put("created_at", day);
            job.put("country", place.country());
            job.put("city", place.city());
            job.put("state", place.region());
            job.put("education", "");
            job.put("experience", "");
            job.put("function", "");
            job.put("industry", "");
            job.putArray("locations").addObject().put("country", place.country())
                    .put("countryCode", place.countryCode()).put("city", place.city()).put("region", place.region())
                    .put("hidden", false);
            if (details) {
                job.put("description", posting.descriptionHtml());
            }
        }
        ObjectNode root = BoardJson.object();
        root.put("name", listing.board().companyName());
        root.putNull("description");
        root.set("jobs", jobs);
        return root;
    }

    private static String employmentType(BoardPosting.EmploymentType type) {
        return switch (type) {
            case FULL_TIME -> "Full-time";
            case PART_TIME -> "Part-time";
            case CONTRACT -> "Contract";
            case INTERN -> "Internship";
        };
    }
}
