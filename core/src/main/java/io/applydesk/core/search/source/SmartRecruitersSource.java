package io.applydesk.core.search.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.ExperienceLevel;
import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.JobType;
import io.applydesk.core.search.WorkType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SmartRecruiters' Posting API, {@code GET /v1/companies/{company}/postings?limit=100&offset=N} (ATS-REFERENCE §5):
 * paged until {@code totalFound}. The list gives no link, so the job page {@code {site}/{Company}/{id}-{slug}} is
 * built as SmartRecruiters writes it. An unknown company answers 200 with nothing found.
 */
public final class SmartRecruitersSource implements JobSource {
    static final int PAGE = 100;

    @Override
    public AtsType ats() {
        return AtsType.SMARTRECRUITERS;
    }

    @Override
    public BoardRequest firstRequest(Board board, SourceContext context) {
        return page(board, context, 0);
    }

    private static BoardRequest page(Board board, SourceContext context, int offset) {
        return BoardRequest.get(context.settings().api(board) + "/v1/companies/" + board.token()
                + "/postings?limit=" + PAGE + "&offset=" + offset);
    }

    @Override
    public BoardPage parse(Board board, BoardRequest request, String body, SourceContext context) {
        JsonNode root = Shapes.tree(board, body);
        JsonNode content = Shapes.arrayField(board, root, "content");
        List<JobPosting> jobs = new ArrayList<>();
        for (JsonNode job : content) {
            JsonNode location = job.path("location");
            String place = Shapes.text(location, "fullLocation");
            if (place == null) {
                place = Shapes.joined(Shapes.text(location, "city"), Shapes.text(location, "region"),
                        upper(Shapes.text(location, "country")));
            }
            String id = Shapes.text(job, "id");
            String company = Shapes.text(job.path("company"), "identifier");
            String url = id == null ? null : context.settings().site(board) + "/"
                    + (company != null ? company : board.token()) + "/" + id + slug(Shapes.text(job, "name"));
            context.collect(jobs, board, new SourceContext.Draft(
                    Shapes.text(job.path("company"), "name"), id, Shapes.text(job, "name"),
                    place == null ? List.of() : List.of(place), workType(location),
                    JobType.parse(Shapes.text(job.path("typeOfEmployment"), "label")),
                    ExperienceLevel.fromApi(Shapes.text(job.path("experienceLevel"), "id")), null,
                    Shapes.instant(job, "releasedDate"), url));
        }
        int offset = Shapes.number(root, "offset") == null ? 0 : Shapes.number(root, "offset").intValue();
        Double total = Shapes.number(root, "totalFound");
        boolean more = !content.isEmpty() && total != null && offset + content.size() < total;
        return new BoardPage(jobs, more ? page(board, context, offset + content.size()) : null);
    }

    /** Neither remote nor hybrid is on-site, when the flags are there at all. */
    private static WorkType workType(JsonNode location) {
        WorkType flagged = Shapes.flaggedWorkType(location, "remote", "hybrid", "onsite");
        return flagged == null && location.has("remote") ? WorkType.ON_SITE : flagged;
    }

    /** "-intern-data-science" from "Intern - Data Science"; empty when the name has no Latin letters or digits. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "" : "-" + slug;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
