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

/** Ashby's Posting API: {@code GET /posting-api/job-board/{org}?includeCompensation=true} (ATS-REFERENCE §3.1). */
final class AshbyBoardApi extends BoardApi {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx")
            .withZone(ZoneOffset.UTC);

    AshbyBoardApi() {
        super(AtsType.ASHBY, false, "/ashby/posting-api/job-board/([^/]+)/?",
                new BoardAnswer(404, "{\"success\":false,\"errorInfo\":{\"code\":\"not_found\","
                + "\"message\":\"Job board not found\"}}"));
    }

    @Override
    String pathOf(Board board) {
        return "/ashby/posting-api/job-board/" + board.token() + "?includeCompensation=true";
    }

    @Override
    JsonNode render(BoardListing listing, PracticeRequest request, Clock clock) {
        boolean compensation = "true".equalsIgnoreCase(request.queryParameter("includeCompensation"));
        ArrayNode jobs = BoardJson.array();
        for (BoardPosting posting : listing.postings()) {
            Place place = posting.place();
            ObjectNode job = jobs.addObject();
            job.put("id", posting.jobId());
            job.put("title", posting.title());
            job.put("department", posting.department());
            job.put("team", posting.department());
            job.put("employmentType", employmentType(posting.employmentType()));
            job.put("location", posting.location());
            job.putArray("secondaryLocations");
            job.put("publishedAt", TIME.format(BoardJson.postedAt(posting, clock)));
            job.put("isListed", true);
            job.put("isRemote", posting.workType() == BoardPosting.WorkType.REMOTE);
            job.put("workplaceType", workplace(posting.workType()));
            ObjectNode address = job.putObject("address").putObject("postalAddress");
            address.put("addressRegion", place.region()).put("addressCountry", place.country())
                    .put("addressLocality", place.city());
            job.put("jobUrl", posting.postingUrl());
            job.put("applyUrl", posting.applyUrl());
            job.put("descriptionHtml", posting.descriptionHtml());
            job.put("descriptionPlain", BoardJson.plain(posting.descriptionHtml()));
            job.put("shouldDisplayCompensationOnJobPostings", posting.salary() != null);
            if (compensation && posting.salary() != null) {
                job.set("compensation", compensation(posting));
            }
        }
        ObjectNode root = BoardJson.object();
        root.put("apiVersion", "1");
        root.set("jobs", jobs);
        return root;
    }

    private static ObjectNode compensation(BoardPosting posting) {
        BoardPosting.Salary salary = posting.salary();
        String range = "$" + salary.min() / 1000 + "K – $" + salary.max() / 1000 + "K";
        ObjectNode compensation = BoardJson.object();
        compensation.put("compensationTierSummary", range);
        compensation.put("scrapeableCompensationSalarySummary", range.replace('–', '-'));
        ObjectNode tier = compensation.putArray("compensationTiers").addObject();
        tier.put("id", BoardJson.uuid("tier:" + posting.jobId())).put("tierSummary", range).putNull("title")
                .putNull("additionalInformation");
        ObjectNode component = tier.putArray("components").addObject();
        component.put("id", BoardJson.uuid("component:" + posting.jobId())).put("summary", range);
        salaryFields(component, salary);
        salaryFields(compensation.putArray("summaryComponents").addObject(), salary);
        return compensation;
    }

    private static void salaryFields(ObjectNode node, BoardPosting.Salary salary) {
        node.put("compensationType", "Salary").put("interval", "1 YEAR").put("currencyCode", salary.currency())
                .put("minValue", salary.min()).put("maxValue", salary.max());
    }

    private static String employmentType(BoardPosting.EmploymentType type) {
        return switch (type) {
            case FULL_TIME -> "FullTime";
            case PART_TIME -> "PartTime";
            case CONTRACT -> "Contract";
            case INTERN -> "Intern";
        };
    }

    private static String workplace(BoardPosting.WorkType type) {
        return switch (type) {
            case ON_SITE -> "OnSite";
            case HYBRID -> "Hybrid";
            case REMOTE -> "Remote";
        };
    }
}
