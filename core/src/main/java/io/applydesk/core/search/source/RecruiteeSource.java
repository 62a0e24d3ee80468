package io.applydesk.core.search.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.ExperienceLevel;
import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.JobType;
import io.applydesk.core.search.SalaryRange;
import java.util.ArrayList;
import java.util.List;

/** Recruitee's careers API, {@code GET https://{co}.recruitee.com/api/offers/} (ATS-REFERENCE §8): one page. */
public final class RecruiteeSource implements JobSource {

    @Override
    public AtsType ats() {
        return AtsType.RECRUITEE;
    }

    @Override
    public BoardRequest firstRequest(Board board, SourceContext context) {
        return BoardRequest.get(context.settings().api(board) + "/api/offers/");
    }

    @Override
    public BoardPage parse(Board board, BoardRequest request, String body, SourceContext context) {
        List<JobPosting> jobs = new ArrayList<>();
        for (JsonNode offer : Shapes.arrayField(board, Shapes.tree(board, body), "offers")) {
            String status = Shapes.text(offer, "status");
            if (status != null && !status.equalsIgnoreCase("published")) {
                continue;
            }
            String place = Shapes.text(offer, "location");
            if (place == null) {
                place = Shapes.joined(Shapes.text(offer, "city"), Shapes.text(offer, "state_code"),
                        Shapes.text(offer, "country"));
            }
            JsonNode salary = offer.path("salary");
            context.collect(jobs, board, new SourceContext.Draft(Shapes.text(offer, "company_name"),
                    Shapes.text(offer, "slug"), Shapes.text(offer, "title"), place == null ? List.of() : List.of(place),
                    Shapes.flaggedWorkType(offer, "remote", "hybrid", "on_site"), JobType.parse(Shapes.text(offer, "employment_type_code")),
                    ExperienceLevel.fromApi(Shapes.text(offer, "experience_code")),
                    SalaryRange.of(Shapes.number(salary, "min"), Shapes.number(salary, "max"),
                            Shapes.text(salary, "currency"), SalaryRange.Period.parse(Shapes.text(salary, "period"))),
                    Shapes.instant(offer, "published_at") != null ? Shapes.instant(offer, "published_at")
                            : Shapes.instant(offer, "created_at"),
                    Shapes.text(offer, "careers_url")));
        }
        return new BoardPage(jobs, null);
    }
}
