package io.applydesk.core.search.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.WorkType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Greenhouse's Job Board API, {@code GET /v1/boards/{token}/jobs?content=true} (ATS-REFERENCE §1.1): one page. */
public final class GreenhouseSource implements JobSource {

    @Override
    public AtsType ats() {
        return AtsType.GREENHOUSE;
    }

    @Override
    public BoardRequest firstRequest(Board board, SourceContext context) {
        return BoardRequest.get(context.settings().api(board) + "/v1/boards/" + board.token() + "/jobs?content=true");
    }

    @Override
    public BoardPage parse(Board board, BoardRequest request, String body, SourceContext context) {
        List<JobPosting> jobs = new ArrayList<>();
        for (JsonNode job : Shapes.arrayField(board, Shapes.tree(board, body), "jobs")) {
            String location = Shapes.text(job.path("location"), "name");
            context.collect(jobs, board, new SourceContext.Draft(Shapes.text(job, "company_name"),
                    Shapes.text(job, "id"), Shapes.text(job, "title"), location == null ? List.of() : List.of(location),
                    workType(job, location), null, null, null,
                    first(Shapes.instant(job, "first_published"), Shapes.instant(job, "updated_at")),
                    applyUrl(board, job, context)));
        }
        return new BoardPage(jobs, null);
    }

    /** Greenhouse has no work-type field: boards add a "Location Type"/"Workplace Type" metadata, or say "Remote". */
    private static WorkType workType(JsonNode job, String location) {
        for (JsonNode meta : job.path("metadata")) {
            String name = Shapes.text(meta, "name");
            if (name != null && name.toLowerCase(Locale.ROOT).matches(".*(location|workplace|work) ?type.*")) {
                WorkType type = WorkType.parse(Shapes.text(meta, "value"));
                if (type != null) {
                    return type;
                }
            }
        }
        return location != null && location.toLowerCase(Locale.ROOT).contains("remote") ? WorkType.REMOTE : null;
    }

    /**
     * {@code absolute_url}, unless it is the employer's own careers page ({@code ?gh_jid=}), which ApplyDesk cannot
     * tell from any other site: then the job's page on Greenhouse's own board.
     */
    private static String applyUrl(Board board, JsonNode job, SourceContext context) {
        String url = Shapes.text(job, "absolute_url");
        String id = Shapes.text(job, "id");
        boolean onGreenhouse = url != null && context.links().isWebLink(url)
                && context.links().parse(url).atsType() == AtsType.GREENHOUSE;
        if (onGreenhouse || id == null) {
            return url;
        }
        return context.settings().site(board) + "/" + board.token() + "/jobs/" + id;
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
