package io.applydesk.core.search.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.ExperienceLevel;
import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.JobType;
import io.applydesk.core.search.WorkType;
import java.util.ArrayList;
import java.util.List;

/**
 * Workable's widget API, {@code GET /api/v1/widget/accounts/{account}?details=true} (ATS-REFERENCE §4): the whole
 * board in one answer.
 */
public final class WorkableSource implements JobSource {

    @Override
    public AtsType ats() {
        return AtsType.WORKABLE;
    }

    @Override
    public BoardRequest firstRequest(Board board, SourceContext context) {
        return BoardRequest.get(context.settings().api(board) + "/api/v1/widget/accounts/" + board.token()
                + "?details=true");
    }

    @Override
    public BoardPage parse(Board board, BoardRequest request, String body, SourceContext context) {
        JsonNode root = Shapes.tree(board, body);
        String company = Shapes.text(root, "name");
        List<JobPosting> jobs = new ArrayList<>();
        for (JsonNode job : Shapes.arrayField(board, root, "jobs")) {
            List<String> locations = new ArrayList<>();
            job.path("locations").forEach(l -> {
                if (!Boolean.TRUE.equals(Shapes.bool(l, "hidden"))) {
                    String place = Shapes.joined(Shapes.text(l, "city"), Shapes.text(l, "region"),
                            Shapes.text(l, "country"));
                    if (place != null) {
                        locations.add(place);
                    }
                }
            });
            if (locations.isEmpty()) {
                String place = Shapes.joined(Shapes.text(job, "city"), Shapes.text(job, "state"),
                        Shapes.text(job, "country"));
                if (place != null) {
                    locations.add(place);
                }
            }
            String url = Shapes.text(job, "url");
            context.collect(jobs, board, new SourceContext.Draft(company, Shapes.text(job, "shortcode"),
                    Shapes.text(job, "title"), locations,
                    Boolean.TRUE.equals(Shapes.bool(job, "telecommuting")) ? WorkType.REMOTE : null,
                    JobType.parse(Shapes.text(job, "employment_type")),
                    ExperienceLevel.fromApi(Shapes.text(job, "experience")), null,
                    Shapes.instant(job, "published_on") != null ? Shapes.instant(job, "published_on")
                            : Shapes.instant(job, "created_at"),
                    url != null ? url : Shapes.text(job, "application_url")));
        }
        return new BoardPage(jobs, null);
    }
}
