package io.applydesk.automation.sandbox.workable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.automation.sandbox.PracticeFailure;
import io.applydesk.automation.sandbox.PracticeFailures;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.PracticeRequest;
import io.applydesk.automation.sandbox.PracticeResponse;
import io.applydesk.automation.sandbox.PracticeVariant;
import io.applydesk.automation.sandbox.PracticeVariants;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.Replica;
import io.applydesk.automation.sandbox.SubmissionLog;
import io.applydesk.automation.sandbox.Template;
import io.applydesk.automation.sandbox.UploadedFile;
import io.applydesk.automation.sandbox.VariantMapping;
import io.applydesk.automation.sandbox.VariedForms;
import io.applydesk.automation.sandbox.boards.BoardPosting;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.HostAlias;
import io.applydesk.core.json.Json;
import io.applydesk.core.search.Board;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Workable's hosted job pages (apply.workable.com, ATS-REFERENCE.md §4) under {@code /practice/workable}:
 * {@code /{account}/j/{SHORTCODE}/} (Overview tab) and {@code …/apply/} (Application tab). As at Workable the HTML
 * is a shell with the job's data and {@code workable.js} renders the {@code data-ui} form a moment later, behind a
 * cookie banner that covers it until accepted. The resume goes to {@code /api/v1/jobs/{SHORTCODE}/form/upload},
 * which answers after a parsing delay with a token and the fields the CV parser "read" (deliberately not the
 * candidate's values); the script autofills them. The application is POSTed as JSON to
 * {@code /api/v1/jobs/{SHORTCODE}/apply}: its standard fields, {@code answers} and the resume token become the
 * recorded fields (a boolean as {@code true}/{@code false}, checkboxes as several values) and the resume file.
 *
 * <p>Success replaces the form with {@code [data-ui=application-success]} at the same URL: no capture shows
 * Workable's real success screen (§4, weak), so that marker is this replica's choice ({@link #SUCCESS_MARKER}).
 *
 * <p>Failure states: CLOSED (404 on every page), REJECTED (422: banner and an error on the email field),
 * SERVER_ERROR (500: the script only shows a "try again" toast, no verdict), NO_CONFIRMATION (recorded, the answer
 * never comes), CAPTCHA (403 with Cloudflare's {@code cf-mitigated: challenge}: the script shows a Turnstile
 * challenge a person can pass: once its box is ticked the page sends the application again with Turnstile's token,
 * which is then accepted), ALREADY_APPLIED (409: "already applied" banner).
 *
 * <p>Each job shows its {@link PracticeVariant}: another tenant's {@code QA_}/{@code CA_} ids, questions and standard
 * fields reordered, labels reworded, one more optional question; the standard fields' names ({@code firstname},
 * …) are the same on every tenant and stay. What a varied form posts is recorded in standard terms.
 *
 * <p>Thread-safe: the catalog is immutable; uploads live in a concurrent map, variants in {@link PracticeVariants}.
 */
public final class WorkableReplica implements Replica, VariedForms<WorkableJob> {
    /** The path prefix, mirroring the host {@code apply.workable.com}. */
    public static final String PREFIX = "/practice/workable";
    /** The {@code data-ui} value of the success screen (this replica's choice, see the class comment). */
    public static final String SUCCESS_MARKER = "application-success";
    /** What the CV parser "reads" from any resume: close to the demo candidate, but not what they approved. */
    public static final Map<String, String> PARSED = Map.of("firstname", "JORDAN", "lastname", "Rivera Resume",
            "email", "jrivera@cv-parser.example", "phone", "512-555-0100", "address", "Austin TX");
    public static final String REJECTED_MESSAGE = "Please check the highlighted fields and try again.";
    public static final String REJECTED_EMAIL_MESSAGE = "This email address could not be verified.";
    public static final String ALREADY_APPLIED_MESSAGE = "You have already applied for this job.";
    public static final String REQUIRED_MESSAGE = "This field is required";
    /** The standard fields, in form order. */
    static final List<Standard> STANDARD = List.of(new Standard("firstname", "First name", true),
            new Standard("lastname", "Last name", true), new Standard("email", "Email", true),
            new Standard("headline", "Headline", false), new Standard("phone", "Phone", true),
            new Standard("address", "Address", false), new Standard("summary", "Summary", false),
            new Standard("cover_letter", "Cover letter", false));
    /** Parsing a CV takes a moment: appliers must wait for the file name, not assume it. */
    /** The token the practice Turnstile widget gives the page once a person ticks it (workable.js has the same). */
    public static final String TURNSTILE_SOLVED = "practice-turnstile-solved";
    static final Duration PARSE_DELAY = Duration.ofMillis(400);
    /** Long enough that the applier gives up waiting (NO_CONFIRMATION). */
    static final Duration NEVER = Duration.ofMinutes(5);
    /** The key of {@link PracticeVariant#EXTRA_QUESTION_LABEL}. */
    private static final String EXTRA_QUESTION_KEY = "QA_9900001";

    private static final Pattern ASSET = Pattern.compile(PREFIX + "/assets/(workable\\.(?:js|css))");
    private static final Pattern API = Pattern.compile(PREFIX + "/api/v1/jobs/([0-9A-Fa-f]{10})/(form/upload|apply)");
    private static final Pattern POSTING = Pattern.compile(PREFIX + "/([\\w-]+)/j/([0-9A-Fa-f]{10})(/apply)?/?");

    /** A standard field: its {@code name}/{@code id}/{@code data-ui}, label and required flag. */
    record Standard(String name, String label, boolean required) {
    }

    private final String baseUrl;
    private final SubmissionLog log;
    private final PracticeFailures failures;
    private final PracticeVariants variants;
    private final Map<String, UploadedFile> resumes = new ConcurrentHashMap<>();
    private final Template page = Template.load(WorkableReplica.class, "job.html");

    public WorkableReplica(String baseUrl, SubmissionLog log, PracticeFailures failures, PracticeVariants variants) {
        this.baseUrl = baseUrl;
        this.log = log;
        this.failures = failures;
        this.variants = variants;
    }

    /**
     * Questions reordered, reworded (choice options too), keyed with another tenant's {@code QA_}/{@code CA_}
     * numbers, or with one more optional question; what they post is keyed back to the standard keys.
     */
    @Override
    public Varied<WorkableJob> vary(WorkableJob job, PracticeVariant variant) {
        VariantMapping toStandard = new VariantMapping();
        List<WorkableQuestion> questions = new ArrayList<>();
        for (WorkableQuestion question : variant.reorder(job.questions())) {
            // WHY: the prefix (QA_ employer question, CA_ custom attribute) is Workable's; the number is the tenant's.
            String prefix = question.key().substring(0, 3);
            String key = prefix + variant.id(Long.parseLong(question.key().substring(3)));
            List<String> options = new ArrayList<>();
            for (String option : question.options()) {
                String shown = variant.rewordOption(question.label(), option);
                options.add(shown);
                toStandard.translate(shown, option);
            }
            questions.add(new WorkableQuestion(key, question.kind(), variant.reword(question.label()),
                    question.required(), options));
            toStandard.rename(key, question.key());
        }
        if (variant.addsExtraQuestion()) {
            questions.add(WorkableQuestion.paragraph(EXTRA_QUESTION_KEY, PracticeVariant.EXTRA_QUESTION_LABEL, false));
            toStandard.dropUnanswered(EXTRA_QUESTION_KEY);
        }
        return new Varied<>(new WorkableJob(job.account(), job.shortcode(), job.companyName(), job.title(),
                job.location(), job.descriptionHtml(), questions), toStandard);
    }

    @Override
    public AtsType atsType() {
        return AtsType.WORKABLE;
    }

    /** Each job's URL is its Application tab ({@code application_url} in Workable's widget API). */
    @Override
    public List<PracticeJob> jobs() {
        return WorkableJobs.all().stream().map(this::practiceJob).toList();
    }

    /** The posting aliases: board-only postings answered with their template job's form. */
    @Override
    public List<PracticeJob> boardOnlyJobs() {
        return WorkableJobs.aliases().stream().map(this::practiceJob).toList();
    }

    @Override
    public List<BoardPosting> boardPostings() {
        return Stream.concat(WorkableJobs.all().stream(), WorkableJobs.aliases().stream())
                .map(job -> BoardPosting.ofPracticeJob(
                        new Board(AtsType.WORKABLE, job.account(), job.companyName()),
                        job.shortcode(), job.shortcode(), job.title(), job.location(), baseUrl + PREFIX + job.path(),
                        baseUrl + PREFIX + job.path() + "/apply/", job.descriptionHtml()))
                .toList();
    }

    private PracticeJob practiceJob(WorkableJob job) {
        return new PracticeJob(AtsType.WORKABLE, job.companyName(), job.title(), job.shortcode(),
                baseUrl + PREFIX + job.path() + "/apply/", false);
    }

    @Override
    public List<HostAlias> hostAliases() {
        return List.of(new HostAlias(baseUrl + PREFIX, AtsType.WORKABLE));
    }

    @Override
    public Optional<PracticeResponse> handle(PracticeRequest request) {
        String path = request.path();
        Matcher asset = ASSET.matcher(path);
        if (request.isGet() && asset.matches()) {
            return Optional.of(PracticeResponse.asset(WorkableReplica.class, asset.group(1)));
        }
        Matcher api = API.matcher(path);
        if (request.isPost() && api.matches()) {
            Optional<WorkableJob> job = WorkableJobs.find(api.group(1));
            if (job.isEmpty() || failures.of(job.get().shortcode()) == PracticeFailure.CLOSED) {
                return Optional.of(PracticeResponse.json(404, "{\"error\":\"Not found\"}"));
            }
            return Optional.of("apply".equals(api.group(2))
                    ? apply(vary(job.get(), variants.of(job.get().shortcode())), request) : upload(request));
        }
        Matcher posting = POSTING.matcher(path);
        if (request.isGet() && posting.matches()) {
            return Optional.of(posting(posting.group(1), posting.group(2), posting.group(3) != null));
        }
        return Optional.empty();
    }

    private PracticeResponse posting(String account, String shortcode, boolean applicationTab) {
        Optional<WorkableJob> found = WorkableJobs.find(account, shortcode);
        if (found.isEmpty() || failures.of(found.get().shortcode()) == PracticeFailure.CLOSED) {
            return PracticeResponse.html(404, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>Page not found</title></head><body><main data-ui=\"not-found\"><h1>This job is no "
                    + "longer available</h1><p>The job you are looking for has been closed or removed.</p>"
                    + "</main></body></html>");
        }
        PracticeVariant variant = variants.of(found.get().shortcode());
        WorkableJob job = vary(found.get(), variant).job();
        ObjectNode data = Json.mapper().createObjectNode();
        data.put("tab", applicationTab ? "application" : "overview");
        data.put("basePath", PREFIX + job.path());
        data.put("apiPath", PREFIX + "/api/v1/jobs/" + job.shortcode());
        ObjectNode posting = data.putObject("job");
        posting.put("title", job.title()).put("company", job.companyName()).put("location", job.location())
                .put("description", job.descriptionHtml());
        List<Standard> standard = variant.reorder(STANDARD).stream()
                .map(field -> new Standard(field.name(), variant.reword(field.label()), field.required())).toList();
        data.set("standard", Json.mapper().valueToTree(standard));
        data.set("questions", Json.mapper().valueToTree(job.questions()));
        // WHY: "</" inside the inline script would end it early; JSON allows the escaped slash.
        String appData = json(data).replace("</", "<\\/");
        return PracticeResponse.html(200, page.render(Map.of("title", job.title(), "company", job.companyName(),
                "assets", PREFIX + "/assets", "appData", appData)));
    }

    /** Keeps the resume and answers, after the parsing delay, its token and what the parser read from it. */
    private PracticeResponse upload(PracticeRequest request) {
        List<UploadedFile> files = request.form().files();
        if (files.isEmpty()) {
            return PracticeResponse.json(400, "{\"error\":\"No file was received.\"}");
        }
        UploadedFile file = files.get(0);
        String token = UUID.randomUUID().toString().replace("-", "");
        resumes.put(token, new UploadedFile("resume", file.fileName(), file.contentType(), file.bytes()));
        ObjectNode answer = Json.mapper().createObjectNode();
        answer.put("token", token).put("filename", file.fileName());
        ObjectNode parsed = answer.putObject("parsed");
        STANDARD.stream().map(Standard::name).filter(PARSED::containsKey).forEach(name -> parsed.put(name, PARSED.get(name)));
        return PracticeResponse.json(200, json(answer)).delayedBy(PARSE_DELAY);
    }

    /** The application POST: checked like the real server, then answered as the job's failure state says. */
    private PracticeResponse apply(Varied<WorkableJob> varied, PracticeRequest request) {
        WorkableJob job = varied.job();
        PracticeFailure failure = failures.of(job.shortcode());
        if (failure == PracticeFailure.SERVER_ERROR) {
            return PracticeResponse.html(500, "<!DOCTYPE html><title>500</title><h1>Internal Server Error</h1>");
        }
        JsonNode body;
        try {
            body = Json.mapper().readTree(request.body());
        } catch (IOException e) {
            return PracticeResponse.json(400, "{\"error\":\"The request body is not JSON.\"}");
        }
        if (failure == PracticeFailure.CAPTCHA && !TURNSTILE_SOLVED.equals(body.path("cf-turnstile-response").asText())) {
            log.reject();
            // WHY: Cloudflare marks a challenge answer with this header; the app shows the Turnstile widget for it.
            return new PracticeResponse(403, "text/html; charset=utf-8",
                    "<!DOCTYPE html><title>Just a moment...</title>".getBytes(StandardCharsets.UTF_8),
                    Map.of("cf-mitigated", "challenge"), Duration.ZERO);
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        JsonNode candidate = body.path("candidate");
        STANDARD.forEach(field -> fields.put(field.name(), List.of(candidate.path(field.name()).asText(""))));
        for (JsonNode answer : body.path("answers")) {
            List<String> values = new ArrayList<>();
            if (answer.has("checked")) {
                values.add(String.valueOf(answer.path("checked").asBoolean()));
            } else if (answer.has("choices")) {
                answer.path("choices").forEach(choice -> values.add(choice.asText()));
            } else {
                values.add(answer.path("body").asText(""));
            }
            fields.put(answer.path("question_key").asText(), values);
        }
        String token = body.path("resume").asText("");
        fields.put("resume", List.of(token));
        Map<String, String> errors = WorkableValidation.errors(job, fields, resumes.containsKey(token));
        if (errors.isEmpty() && failure == PracticeFailure.REJECTED) {
            errors.put("email", REJECTED_EMAIL_MESSAGE);
        }
        if (!errors.isEmpty()) {
            log.reject();
            ObjectNode answer = Json.mapper().createObjectNode();
            answer.put("message", REJECTED_MESSAGE);
            ObjectNode byField = answer.putObject("errors");
            errors.forEach(byField::put);
            return PracticeResponse.json(422, json(answer));
        }
        if (failure == PracticeFailure.ALREADY_APPLIED) {
            log.reject();
            return PracticeResponse.json(409, "{\"error\":\"" + ALREADY_APPLIED_MESSAGE + "\"}");
        }
        log.accept(new RecordedSubmission(AtsType.WORKABLE.apiValue(), job.shortcode(), Instant.now(),
                varied.toStandard().standardise(fields), List.of(resumes.get(token))));
        PracticeResponse accepted = PracticeResponse.json(200, "{\"status\":\"applied\"}");
        return failure == PracticeFailure.NO_CONFIRMATION ? accepted.delayedBy(NEVER) : accepted;
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
