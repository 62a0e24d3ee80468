package io.applydesk.automation.sandbox.boards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.automation.sandbox.PracticeRequest;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Greenhouse's Job Board API: {@code GET /v1/boards/{token}/jobs?content=true} (ATS-REFERENCE §1.1). */
final class GreenhouseBoardApi extends BoardApi {
    /** Greenhouse writes its times in the board's (here: US Eastern daylight) offset, without fractions. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(ZoneOffset.ofHours(-4));

    GreenhouseBoardApi() {
        super(AtsType.GREENHOUSE, false, "/greenhouse/v1/boards/([^/]+)/jobs/?",
                new BoardAnswer(404, "{\"status\":404,\"error\":\"Not found\"}"));
    }

    @Override
    String pathOf(Board board) {
        return "/greenhouse/v1/boards/" + board.token() + "/jobs?content=true";
    }

    @Override
    JsonNode render(BoardListing listing, PracticeRequest request, Clock clock) {
        boolean content = "true".equalsIgnoreCase(request.queryParameter("content"));
        ArrayNode jobs = BoardJson.array();
        for (BoardPosting posting : listing.postings()) {
            Instant published = BoardJson.postedAt(posting, clock);
            ObjectNode job = jobs.addObject();
            job.put("absolute_url", posting.applyUrl());
            ArrayNode compliance = job.putArray("data_compliance");
            compliance.addObject().put("type", "gdpr").put("requires_consent", false)
                    .put("requires_processing_consent", false).put("requires_retention_consent", false)
                    .putNull("retention_period").put("demographic_data_consent_applies", false);
            job.put("internal_job_id", BoardJson.number("internal:" + posting.jobId(), 9_000_000L) + 4_000_000L);
            job.putObject("location").put("name", posting.location());
            job.putNull("metadata");
            job.put("id", Long.parseLong(posting.jobId()));
            job.put("updated_at", TIME.format(published.plusSeconds(3600L * 26)));
            job.put("requisition_id", "REQ-" + BoardJson.number("req:" + posting.jobId(), 9000L));
            job.put("title", posting.title());
            job.put("company_name", listing.board().companyName());
            job.put("first_published", TIME.format(published));
            job.put("language", "en");
            if (content) {
                job.put("content", BoardJson.entityEscaped(withPay(posting)));
                long departmentId = BoardJson.number("dept:" + posting.department(), 90_000L) + 4_000_000L;
                ObjectNode department = job.putArray("departments").addObject();
                department.put("id", departmentId).put("name", posting.department()).putNull("parent_id");
                department.putArray("child_ids");
                ObjectNode office = job.putArray("offices").addObject();
                office.put("id", BoardJson.number("office:" + posting.location(), 90_000L) + 4_100_000L)
                        .put("name", posting.location()).put("location", posting.location()).putNull("parent_id");
                office.putArray("child_ids");
            }
        }
        ObjectNode root = BoardJson.object();
        root.set("jobs", jobs);
        root.putObject("meta").put("total", listing.postings().size());
        return root;
    }

    /** Greenhouse publishes pay only inside the description, as the employer's pay-transparency paragraph. */
    private static String withPay(BoardPosting posting) {
        String html = posting.descriptionHtml() == null ? "" : posting.descriptionHtml();
        if (posting.salary() == null) {
            return html;
        }
        return html + "<div class=\"content-pay-transparency\"><div class=\"title\">Annual Salary:</div>"
                + "<div class=\"pay-range\"><span>$" + String.format("%,d", posting.salary().min()) + "</span>"
                + "<span class=\"divider\">&mdash;</span><span>$" + String.format("%,d", posting.salary().max())
                + " " + posting.salary().currency() + "</span></div></div>";
    }
}
