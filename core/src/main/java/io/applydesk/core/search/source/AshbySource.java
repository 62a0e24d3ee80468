package io.applydesk.core.search.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.JobType;
import io.applydesk.core.search.SalaryRange;
import io.applydesk.core.search.WorkType;
import java.util.ArrayList;
import java.util.List;

/**
 * Ashby's Posting API, {@code GET /posting-api/job-board/{org}?includeCompensation=true} (ATS-REFERENCE §3.1):
 * one page; unlisted jobs are skipped.
 */
public final class AshbySource implements JobSource {

    @Override
    public AtsType ats() {
        return AtsType.ASHBY;
    }

    @Override
    public BoardRequest firstRequest(Board board, SourceContext context) {
        return BoardRequest.get(context.settings().api(board) + "/posting-api/job-board/" + board.token()
                + "?includeCompensation=true");
    }

    @Override
    public BoardPage parse(Board board, BoardRequest request, String body, SourceContext context) {
        JsonNode root = Shapes.tree(board, body);
        if (Boolean.FALSE.equals(Shapes.bool(root, "success"))) {
            throw Shapes.noSuchBoard(board); // Ashby's answer for an unknown organisation
        }
        List<JobPosting> jobs = new ArrayList<>();
        for (JsonNode job : Shapes.arrayField(board, root, "jobs")) {
            if (Boolean.FALSE.equals(Shapes.bool(job, "isListed"))) {
                continue;
            }
            List<String> locations = new ArrayList<>();
            String primary = Shapes.text(job, "location");
            if (primary != null) {
                locations.add(primary);
            }
            job.path("secondaryLocations").forEach(l -> {
                String place = Shapes.text(l, "location");
                if (place != null) {
                    locations.add(place);
                }
            });
            WorkType workType = WorkType.parse(Shapes.text(job, "workplaceType"));
            if (workType == null && Boolean.TRUE.equals(Shapes.bool(job, "isRemote"))) {
                workType = WorkType.REMOTE;
            }
            String url = Shapes.text(job, "jobUrl");
            context.collect(jobs, board, new SourceContext.Draft(null, Shapes.text(job, "id"),
                    Shapes.text(job, "title"), locations, workType, JobType.parse(Shapes.text(job, "employmentType")),
                    null, salary(job.path("compensation")), Shapes.instant(job, "publishedAt"),
                    url != null ? url : Shapes.text(job, "applyUrl")));
        }
        return new BoardPage(jobs, null);
    }

    /** The first Salary component of the compensation summary. */
    private static SalaryRange salary(JsonNode compensation) {
        for (JsonNode part : compensation.path("summaryComponents")) {
            if ("Salary".equalsIgnoreCase(Shapes.text(part, "compensationType"))) {
                SalaryRange range = SalaryRange.of(Shapes.number(part, "minValue"), Shapes.number(part, "maxValue"),
                        Shapes.text(part, "currencyCode"), SalaryRange.Period.parse(Shapes.text(part, "interval")));
                if (range != null) {
                    return range;
                }
            }
        }
        return null;
    }
}
