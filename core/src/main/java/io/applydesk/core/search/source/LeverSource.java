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
 * Lever's Postings API, {@code GET /v0/postings/{site}?mode=json&skip=N&limit=100} (ATS-REFERENCE §2.1): a JSON
 * array, paged with skip/limit until a page comes back short.
 */
public final class LeverSource implements JobSource {
    static final int PAGE = 100;

    @Override
    public AtsType ats() {
        return AtsType.LEVER;
    }

    @Override
    public BoardRequest firstRequest(Board board, SourceContext context) {
        return page(board, context, 0);
    }

    private static BoardRequest page(Board board, SourceContext context, int skip) {
        return BoardRequest.get(context.settings().api(board) + "/v0/postings/" + board.token()
                + "?mode=json&skip=" + skip + "&limit=" + PAGE);
    }

    @Override
    public BoardPage parse(Board board, BoardRequest request, String body, SourceContext context) {
        JsonNode root = Shapes.tree(board, body);
        if (!root.isArray()) {
            throw Shapes.notTheShape(board, "it is not a list of postings");
        }
        List<JobPosting> jobs = new ArrayList<>();
        for (JsonNode job : root) {
            JsonNode categories = job.path("categories");
            List<String> locations = new ArrayList<>();
            String primary = Shapes.text(categories, "location");
            if (primary != null) {
                locations.add(primary);
            }
            locations.addAll(Shapes.texts(categories, "allLocations"));
            JsonNode pay = job.path("salaryRange");
            context.collect(jobs, board, new SourceContext.Draft(null, Shapes.text(job, "id"),
                    Shapes.text(job, "text"), locations, WorkType.parse(Shapes.text(job, "workplaceType")),
                    JobType.parse(Shapes.text(categories, "commitment")), null,
                    SalaryRange.of(Shapes.number(pay, "min"), Shapes.number(pay, "max"), Shapes.text(pay, "currency"),
                            SalaryRange.Period.parse(Shapes.text(pay, "interval"))),
                    Shapes.instant(job, "createdAt"), Shapes.text(job, "hostedUrl")));
        }
        int skip = skipOf(request);
        return new BoardPage(jobs, root.size() >= PAGE ? page(board, context, skip + root.size()) : null);
    }

    private static int skipOf(BoardRequest request) {
        String query = request.uri().getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith("skip=")) {
                return Integer.parseInt(pair.substring(5));
            }
        }
        return 0;
    }
}
