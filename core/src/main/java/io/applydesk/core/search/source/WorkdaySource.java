package io.applydesk.core.search.source;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.WorkType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Workday's candidate-experience JSON, {@code POST /wday/cxs/{tenant}/{site}/jobs} (ATS-REFERENCE §6.1): 20 jobs a
 * page. Workday reports {@code total} on the first page only (later pages say 0), so paging goes on while pages are
 * full and the total, when known, is not reached. Dates are relative ("Posted 18 Days Ago") to the fetch time.
 */
public final class WorkdaySource implements JobSource {
    static final int PAGE = 20;
    private static final Pattern DAYS_AGO = Pattern.compile("(\\d+)\\+? days? ago");
    private static final Pattern LOCATION_COUNT = Pattern.compile("\\d+ locations?", Pattern.CASE_INSENSITIVE);
    private static final Pattern OFFSET = Pattern.compile("\"offset\":(\\d+)");

    @Override
    public AtsType ats() {
        return AtsType.WORKDAY;
    }

    @Override
    public BoardRequest firstRequest(Board board, SourceContext context) {
        return page(board, context, 0);
    }

    private static BoardRequest page(Board board, SourceContext context, int offset) {
        return BoardRequest.post(context.settings().api(board) + "/wday/cxs/" + board.workdayTenant() + "/"
                        + board.workdaySite() + "/jobs",
                "{\"appliedFacets\":{},\"limit\":" + PAGE + ",\"offset\":" + offset + ",\"searchText\":\"\"}");
    }

    @Override
    public BoardPage parse(Board board, BoardRequest request, String body, SourceContext context) {
        JsonNode root = Shapes.tree(board, body);
        JsonNode postings = Shapes.arrayField(board, root, "jobPostings");
        List<JobPosting> jobs = new ArrayList<>();
        for (JsonNode job : postings) {
            String path = Shapes.text(job, "externalPath");
            String place = Shapes.text(job, "locationsText");
            // "2 Locations" names no place; the filter then treats the job's place as unknown.
            List<String> locations = place == null || LOCATION_COUNT.matcher(place).matches() ? List.of() : List.of(place);
            List<String> bullets = Shapes.texts(job, "bulletFields");
            context.collect(jobs, board, new SourceContext.Draft(null,
                    bullets.isEmpty() ? reqIdOf(path) : bullets.get(0), Shapes.text(job, "title"), locations,
                    place != null && place.toLowerCase(Locale.ROOT).contains("remote") ? WorkType.REMOTE : null,
                    null, null, null, postedAt(Shapes.text(job, "postedOn"), context.fetchedAt()),
                    path == null ? null : context.settings().site(board) + "/" + board.workdaySite() + path));
        }
        int offset = offsetOf(request.body());
        Double total = Shapes.number(root, "total");
        boolean more = postings.size() >= PAGE
                && (total == null || total == 0 || offset + postings.size() < total);
        return new BoardPage(jobs, more ? page(board, context, offset + postings.size()) : null);
    }

    /**
     * "Posted Today" → the fetch time, "Posted Yesterday" → a day before, "Posted 18 Days Ago" → 18 days before,
     * "Posted 30+ Days Ago" → 30 days before (at least that old); null for anything else.
     */
    static Instant postedAt(String postedOn, Instant fetchedAt) {
        if (postedOn == null) {
            return null;
        }
        String text = postedOn.toLowerCase(Locale.ROOT);
        if (text.contains("today")) {
            return fetchedAt;
        }
        if (text.contains("yesterday")) {
            return fetchedAt.minus(Duration.ofDays(1));
        }
        Matcher days = DAYS_AGO.matcher(text);
        return days.find() ? fetchedAt.minus(Duration.ofDays(Long.parseLong(days.group(1)))) : null;
    }

    private static String reqIdOf(String path) {
        return path == null || path.lastIndexOf('_') < 0 ? null : path.substring(path.lastIndexOf('_') + 1);
    }

    private static int offsetOf(String body) {
        Matcher m = OFFSET.matcher(body == null ? "" : body);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
