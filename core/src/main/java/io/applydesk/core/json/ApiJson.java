package io.applydesk.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.core.application.AnsweredQuestion;
import io.applydesk.core.application.Application;
import io.applydesk.core.application.Attempt;
import io.applydesk.core.application.Evidence;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.common.Page;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.run.RunStats;
import io.applydesk.core.run.SessionRun;
import io.applydesk.core.session.SearchContext;
import io.applydesk.core.session.Session;
import io.applydesk.core.session.SessionStats;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The hosted API's JSON shapes (reference/seed-sessions-api.md): sessions and runs in camelCase,
 * applications in snake_case, pages as {@code {data, pagination}}, errors as
 * {@code {code, message, details}}. Times are ISO-8601 instants in UTC ("2024-02-14T11:00:00Z").
 * Our additions to an application (answers_provenance, pending_questions, evidence, session ids)
 * are extra keys; nothing of the hosted shape is renamed or left out.
 */
public final class ApiJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ApiJson() {
    }

    public static ObjectNode session(Session s) {
        ObjectNode json = NODES.objectNode();
        json.put("sessionId", s.sessionId());
        json.put("type", s.type().apiValue());
        json.put("candidateProfileId", s.candidateProfileId());
        json.put("status", s.status().apiValue());
        json.set("stats", sessionStats(s.stats()));
        json.set("searchContext", searchContext(s.searchContext()));
        json.put("createdAt", time(s.createdAt()));
        json.put("updatedAt", time(s.updatedAt()));
        putIfPresent(json, "schedule", s.schedule());
        putIfPresent(json, "filters", s.filters());
        putIfPresent(json, "limits", s.limits());
        putIfPresent(json, "searchId", s.searchId());
        putIfPresent(json, "overrideEmail", s.overrideEmail());
        putIfPresent(json, "resumeId", s.resumeId());
        json.put("reviewMode", s.reviewMode());
        return json;
    }

    public static ObjectNode run(SessionRun r) {
        ObjectNode json = NODES.objectNode();
        json.put("sessionRunId", r.sessionRunId());
        json.put("sessionId", r.sessionId());
        json.put("startedAt", time(r.startedAt()));
        json.put("completedAt", time(r.completedAt()));
        json.put("status", r.status().apiValue());
        RunStats stats = r.stats();
        ObjectNode statsJson = json.putObject("stats");
        statsJson.put("jobsFound", stats.jobsFound());
        statsJson.put("applicationsAttempted", stats.applicationsAttempted());
        statsJson.put("applicationsSuccessful", stats.applicationsSuccessful());
        statsJson.put("applicationsFailed", stats.applicationsFailed());
        return json;
    }

    public static ObjectNode application(Application a) {
        ObjectNode json = NODES.objectNode();
        json.put("application_id", a.applicationId());
        json.put("job_url", a.jobUrl());
        json.put("job_title", a.jobTitle());
        json.put("company_name", a.companyName());
        json.put("ats_type", a.atsType().apiValue());
        json.put("status", a.status().name());
        json.put("candidate_email", a.candidateEmail());
        json.put("search_id", a.searchId());
        if (a.confirmationUrl() == null) {
            json.putNull("result");
        } else {
            json.putObject("result").put("confirmationUrl", a.confirmationUrl());
        }
        ObjectNode qa = json.putObject("questions_and_answers");
        a.questionsAndAnswers().forEach(q -> qa.put(q.question(), q.answer()));
        if (a.error() == null) {
            json.putNull("error");
        } else {
            ObjectNode error = json.putObject("error");
            error.put("code", a.error().code().name());
            error.put("message", a.error().message());
        }
        ArrayNode attempts = json.putArray("attempts");
        for (Attempt attempt : a.attempts()) {
            attempts.addObject().put("attempt", attempt.attempt()).put("status", attempt.status())
                    .put("timestamp", time(attempt.timestamp()));
        }
        json.put("created_at", time(a.createdAt()));
        json.put("updated_at", time(a.updatedAt()));

        json.put("session_id", a.sessionId());
        json.put("session_run_id", a.sessionRunId());
        json.put("job_id", a.jobRefId());
        json.put("submit_clicked_at", time(a.submitClickedAt()));
        json.set("answers_provenance", answersProvenance(a.questionsAndAnswers()));
        json.set("pending_questions", pendingQuestions(a.pendingQuestions()));
        json.set("evidence", evidence(a.evidence()));
        return json;
    }

    /** {@code {data: [...], pagination: {page, limit, total, totalPages}}}. */
    public static <T> ObjectNode page(Page<T> page, Function<? super T, ? extends JsonNode> item) {
        ObjectNode json = NODES.objectNode();
        ArrayNode data = json.putArray("data");
        page.data().forEach(t -> data.add(item.apply(t)));
        ObjectNode pagination = json.putObject("pagination");
        pagination.put("page", page.pagination().page());
        pagination.put("limit", page.pagination().limit());
        pagination.put("total", page.pagination().total());
        pagination.put("totalPages", page.pagination().totalPages());
        return json;
    }

    /** The error body {@code {code, message, details}}; details is null when nothing in particular is at fault. */
    public static ObjectNode error(ApplyDeskException e) {
        return error(e.code(), e.getMessage(), e.details());
    }

    public static ObjectNode error(ErrorCode code, String message, String details) {
        ObjectNode json = NODES.objectNode();
        json.put("code", code.name());
        json.put("message", message == null ? code.defaultMessage() : message);
        json.put("details", details);
        return json;
    }

    private static ObjectNode sessionStats(SessionStats stats) {
        ObjectNode json = NODES.objectNode();
        json.put("totalRuns", stats.totalRuns());
        json.put("totalApplications", stats.totalApplications());
        json.put("successfulApplications", stats.successfulApplications());
        json.put("failedApplications", stats.failedApplications());
        json.put("jobsQueued", stats.jobsQueued());
        // As in the hosted examples: present once known (a run started / a next run is scheduled).
        putIfPresent(json, "lastRunAt", time(stats.lastRunAt()));
        putIfPresent(json, "nextRunAt", time(stats.nextRunAt()));
        return json;
    }

    private static ObjectNode searchContext(SearchContext context) {
        ObjectNode json = NODES.objectNode();
        ArrayNode titles = json.putArray("titles");
        ArrayNode locations = json.putArray("locations");
        if (context != null) {
            context.titles().forEach(titles::add);
            context.locations().forEach(locations::add);
        }
        return json;
    }

    private static ArrayNode answersProvenance(List<AnsweredQuestion> answers) {
        ArrayNode json = NODES.arrayNode();
        for (AnsweredQuestion q : answers) {
            ObjectNode item = json.addObject();
            item.put("question", q.question());
            item.put("answer", q.answer());
            if (q.provenance() == null) {
                item.putNull("provenance");
            } else {
                item.putObject("provenance")
                        .put("kind", q.provenance().kind().name().toLowerCase(Locale.ROOT))
                        .put("source", q.provenance().source());
            }
        }
        return json;
    }

    private static ArrayNode pendingQuestions(List<PendingQuestion> pending) {
        ArrayNode json = NODES.arrayNode();
        for (PendingQuestion q : pending) {
            ObjectNode item = json.addObject();
            item.put("label", q.label());
            item.put("type", q.type());
            ArrayNode options = item.putArray("options");
            q.options().forEach(options::add);
            item.put("required", q.required());
        }
        return json;
    }

    private static JsonNode evidence(Evidence e) {
        if (e == null) {
            return NODES.nullNode();
        }
        ObjectNode json = NODES.objectNode();
        json.put("directory", path(e.directory()));
        json.put("filled_screenshot", path(e.filledScreenshot()));
        json.put("confirmation_screenshot", path(e.confirmationScreenshot()));
        json.put("answers_json", path(e.answersJson()));
        json.put("page_html", path(e.pageHtml()));
        json.put("resume_sha256", e.resumeSha256());
        return json;
    }

    private static void putIfPresent(ObjectNode json, String key, Object value) {
        if (value != null) {
            json.set(key, Json.mapper().valueToTree(value));
        }
    }

    private static String path(Path p) {
        return p == null ? null : p.toString();
    }

    /** ISO-8601 in UTC, e.g. {@code 2024-02-14T11:00:00Z}; null stays null. */
    static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
