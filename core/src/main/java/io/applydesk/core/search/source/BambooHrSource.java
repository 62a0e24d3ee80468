package io.applydesk.core.search.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.JobType;
import io.applydesk.core.search.WorkType;
import java.util.ArrayList;
import java.util.List;

/**
 * BambooHR's careers list, {@code GET https://{co}.bamboohr.com/careers/list} (ATS-REFERENCE §7): one page, no
 * dates and no links, so the job page {@code {site}/careers/{id}} is built.
 */
public final class BambooHrSource implements JobSource {

    @Override
    public AtsType ats() {
        return AtsType.BAMBOOHR;
    }

    @Override
    public BoardRequest firstRequest(Board board, SourceContext context) {
        return BoardRequest.get(context.settings().api(board) + "/careers/list");
    }

    @Override
    public BoardPage parse(Board board, BoardRequest request, String body, SourceContext context) {
        List<JobPosting> jobs = new ArrayList<>();
        for (JsonNode job : Shapes.arrayField(board, Shapes.tree(board, body), "result")) {
            JsonNode ats = job.path("atsLocation");
            String place = Shapes.joined(Shapes.text(ats, "city"),
                    Shapes.text(ats, "state") != null ? Shapes.text(ats, "state") : Shapes.text(ats, "province"),
                    Shapes.text(ats, "country"));
            if (place == null) {
                place = Shapes.joined(Shapes.text(job.path("location"), "city"), Shapes.text(job.path("location"), "state"));
            }
            String id = Shapes.text(job, "id");
            context.collect(jobs, board, new SourceContext.Draft(null, id,
                    Shapes.text(job, "jobOpeningName"), place == null ? List.of() : List.of(place), workType(job),
                    JobType.parse(Shapes.text(job, "employmentStatusLabel")), null, null, null,
                    id == null ? null : context.settings().site(board) + "/careers/" + id));
        }
        return new BoardPage(jobs, null);
    }

    /** {@code locationType} "0" on-site, "1" remote, "2" hybrid; else the {@code isRemote} flag. */
    private static WorkType workType(JsonNode job) {
        String type = Shapes.text(job, "locationType");
        if ("1".equals(type)) {
            return WorkType.REMOTE;
        } else if ("2".equals(type)) {
            return WorkType.HYBRID;
        } else if ("0".equals(type)) {
            return WorkType.ON_SITE;
        }
        return Boolean.TRUE.equals(Shapes.bool(job, "isRemote")) ? WorkType.REMOTE : null;
    }
}
