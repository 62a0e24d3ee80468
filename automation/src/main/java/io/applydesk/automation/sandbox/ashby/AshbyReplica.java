package io.applydesk.automation.sandbox.ashby;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.automation.sandbox.PracticeFailure;
import io.applydesk.automation.sandbox.PracticeFailures;
import io.applydesk.automation.sandbox.PracticeJob;
import io.applydesk.automation.sandbox.PracticeRequest;
import io.applydesk.automation.sandbox.PracticeResponse;
import io.applydesk.automation.sandbox.PracticeVariant;
import io.applydesk.automation.sandbox.PracticeVariants;
import io.applydesk.automation.sandbox.VariantMapping;
import io.applydesk.automation.sandbox.VariedForms;
import io.applydesk.automation.sandbox.RecordedSubmission;
import io.applydesk.automation.sandbox.Replica;
import io.applydesk.automation.sandbox.SubmissionLog;
import io.applydesk.automation.sandbox.Template;
import io.applydesk.automation.sandbox.UploadedFile;
import io.applydesk.automation.sandbox.boards.BoardPosting;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.HostAlias;
import io.applydesk.core.json.Json;
import io.applydesk.core.search.Board;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Ashby's hosted job board (jobs.ashbyhq.com) under {@code /practice/ashby}: {@code /{org}/{uuid}} (Overview tab)
 * and {@code /{org}/{uuid}/application} (Application tab). As at Ashby, the HTML is an empty shell with the
 * posting's data; {@code ashby.js} "hydrates" it a moment later and talks to a GraphQL-like endpoint
 * {@code POST /practice/ashby/api/non-user-graphql?op=…} that always answers HTTP 200:
 * {@code ApiLocationSearch}, {@code ApiCreateFileUploadHandle} (then the file goes to the handle's upload URL)
 * and {@code ApiSubmitSingleApplicationFormAction}, whose field entries become the recorded fields
 * (path → value; yes/no as {@code true}/{@code false}, a picked location as its label, the resume as a file).
 *
 * <p>Failure states: CLOSED (404 "job not found"), REJECTED and SERVER_ERROR (the failure container),
 * CAPTCHA (failure container with {@code RECAPTCHA_SCORE_BELOW_THRESHOLD}), ALREADY_APPLIED (the blocked
 * container), NO_CONFIRMATION (recorded, but the submit's answer never comes in practice). Each job shows
 * its {@link PracticeVariant}; what a varied form sends is recorded under the standard paths.
 *
 * <p>Thread-safe: the catalog is immutable; uploads live in a concurrent map.
 */
public final class AshbyReplica implements Replica, VariedForms<AshbyJob> {
    /** The path prefix, mirroring the host {@code jobs.ashbyhq.com}. */
    public static final String PREFIX = "/practice/ashby";
    public static final String GRAPHQL_PATH = PREFIX + "/api/non-user-graphql";
    /** Ashby's code for a submission its reCAPTCHA scored as a bot. */
    public static final String RECAPTCHA_CODE = "RECAPTCHA_SCORE_BELOW_THRESHOLD";
    static final String REQUIRED_MESSAGE = "This field is required.";
    static final String PICK_LOCATION_MESSAGE = "Please select a location from the list.";
    /** Uploads take a moment: appliers must wait for the file to show as attached. */
    static final Duration UPLOAD_DELAY = Duration.ofMillis(200);
    /** Long enough that the applier gives up waiting (NO_CONFIRMATION). */
    static final Duration NEVER = Duration.ofMinutes(5);

    private static final Pattern ASSET = Pattern.compile(PREFIX + "/assets/(ashby\\.(?:js|css))");
    private static final Pattern UPLOAD = Pattern.compile(PREFIX + "/uploads/([0-9a-f]{32})");
    private static final Pattern POSTING = Pattern.compile(PREFIX + "/([\\w.-]+)/([0-9a-fA-F-]{36})(/application)?/?");

    /** The field path of {@link PracticeVariant#EXTRA_QUESTION_LABEL}. */
    private static final String EXTRA_QUESTION_PATH = "9e0f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b";

    private final String baseUrl;
    private final SubmissionLog log;
    private final PracticeFailures failures;
    private final PracticeVariants variants;
    /** Upload handles: created empty by ApiCreateFileUploadHandle, filled by the upload itself. */
    private final Map<String, Handle> handles = new ConcurrentHashMap<>();
    private final Template page = Template.load(AshbyReplica.class, "job.html");

    private record Handle(String fieldPath, UploadedFile file) {
    }

    public AshbyReplica(String baseUrl, SubmissionLog log, PracticeFailures failures, PracticeVariants variants) {
        this.baseUrl = baseUrl;
        this.log = log;
        this.failures = failures;
        this.variants = variants;
    }

    /**
     * Fields reordered, reworded, with another tenant's question UUIDs (system field paths are the same on
     * every Ashby board), or with one more optional question; what they send is recorded under standard paths.
     */
    @Override
    public Varied<AshbyJob> vary(AshbyJob job, PracticeVariant variant) {
        VariantMapping toStandard = new VariantMapping();
        List<AshbyField> fields = new ArrayList<>();
        for (AshbyField field : variant.reorder(job.fields())) {
            String path = field.path().startsWith("_systemfield_") ? field.path() : variant.uuid(field.path());
            List<String> options = new ArrayList<>();
            for (String option : field.options()) {
                // WHY: Ashby's yes/no buttons always read "Yes" and "No".
                String shown = field.kind() == AshbyField.Kind.YES_NO ? option : variant.rewordOption(field.title(), option);
                options.add(shown);
                toStandard.translate(shown, option);
            }
            fields.add(new AshbyField(path, variant.reword(field.title()), field.kind(), field.required(), options));
            toStandard.rename(path, field.path());
        }
        if (variant.addsExtraQuestion()) {
            fields.add(new AshbyField(EXTRA_QUESTION_PATH, PracticeVariant.EXTRA_QUESTION_LABEL,
                    AshbyField.Kind.LONG_TEXT, false, List.of()));
            toStandard.dropUnanswered(EXTRA_QUESTION_PATH);
        }
        return new Varied<>(new AshbyJob(job.org(), job.jobId(), job.companyName(), job.title(), job.location(),
                job.descriptionHtml(), fields), toStandard);
    }

    @Override
    public AtsType atsType() {
        return AtsType.ASHBY;
    }

    /** Each job's URL is its Application tab (the posting API's {@code applyUrl}). */
    @Override
    public List<PracticeJob> jobs() {
        return AshbyJobs.all().stream().map(this::practiceJob).toList();
    }

    /** The posting aliases: board-only postings answered with their template job's form. */
    @Override
    public List<PracticeJob> boardOnlyJobs() {
        return AshbyJobs.aliases().stream().map(this::practiceJob).toList();
    }

    @Override
    public List<BoardPosting> boardPostings() {
        return Stream.concat(AshbyJobs.all().stream(), AshbyJobs.aliases().stream())
                .map(job -> BoardPosting.ofPracticeJob(
                        new Board(AtsType.ASHBY, job.org(), job.companyName()),
                        job.jobId(), job.jobId(), job.title(), job.location(), baseUrl + PREFIX + job.path(),
                        baseUrl + PREFIX + job.applicationPath(), job.descriptionHtml()))
                .toList();
    }

    private PracticeJob practiceJob(AshbyJob job) {
        return new PracticeJob(AtsType.ASHBY, job.companyName(), job.title(), job.jobId(),
                baseUrl + PREFIX + job.applicationPath(), false);
    }

    @Override
    public List<HostAlias> hostAliases() {
        return List.of(new HostAlias(baseUrl + PREFIX, AtsType.ASHBY));
    }

    @Override
    public Optional<PracticeResponse> handle(PracticeRequest request) {
        String path = request.path();
        Matcher asset = ASSET.matcher(path);
        Matcher upload = UPLOAD.matcher(path);
        Matcher posting = POSTING.matcher(path);
        if (request.isGet() && asset.matches()) {
            return Optional.of(PracticeResponse.asset(AshbyReplica.class, asset.group(1)));
        }
        if (request.isPost() && GRAPHQL_PATH.equals(path)) {
            return Optional.of(graphql(request));
        }
        if (request.isPost() && upload.matches()) {
            return Optional.of(upload(upload.group(1), request));
        }
        if (request.isGet() && posting.matches()) {
            return Optional.of(posting(posting.group(1), posting.group(2), posting.group(3) != null));
        }
        return Optional.empty();
    }

    private PracticeResponse posting(String org, String jobId, boolean applicationTab) {
        Optional<AshbyJob> found = AshbyJobs.find(org, jobId);
        if (found.isEmpty() || failures.of(found.get().jobId()) == PracticeFailure.CLOSED) {
            return PracticeResponse.html(404, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>Job not found</title></head><body><h1>Job not found</h1>"
                    + "<p>The job you requested was not found. It may have been filled or removed.</p></body></html>");
        }
        AshbyJob job = vary(found.get(), variants.of(found.get().jobId())).job();
        ObjectNode data = Json.mapper().createObjectNode();
        data.putObject("organization").put("name", job.companyName()).put("hostedJobsPageName", job.org());
        ObjectNode posting = data.putObject("posting");
        posting.put("id", job.jobId()).put("title", job.title()).put("locationName", job.location())
                .put("descriptionHtml", job.descriptionHtml());
        posting.set("fields", Json.mapper().valueToTree(job.fields()));
        data.put("tab", applicationTab ? "application" : "overview");
        data.put("basePath", PREFIX + job.path());
        data.put("graphqlUrl", GRAPHQL_PATH);
        // WHY: "</" inside the inline script would end it early; JSON allows the escaped slash.
        String appData = json(data).replace("</", "<\\/");
        return PracticeResponse.html(200, page.render(Map.of("title", job.title(), "company", job.companyName(),
                "assets", PREFIX + "/assets", "appData", appData)));
    }

    private PracticeResponse graphql(PracticeRequest request) {
        JsonNode body;
        try {
            body = Json.mapper().readTree(request.body());
        } catch (IOException e) {
            return graphqlError("The request body is not JSON.", "BAD_REQUEST");
        }
        String operation = request.queryParameter("op");
        JsonNode variables = body.path("variables");
        if ("ApiLocationSearch".equals(operation)) {
            return locationSearch(variables.path("query").asText(""));
        }
        if ("ApiCreateFileUploadHandle".equals(operation)) {
            return createUploadHandle(variables);
        }
        if ("ApiSubmitSingleApplicationFormAction".equals(operation)) {
            return submit(variables);
        }
        return graphqlError("Unknown operation " + operation + ".", "BAD_REQUEST");
    }

    private static PracticeResponse locationSearch(String query) {
        ObjectNode answer = Json.mapper().createObjectNode();
        ArrayNode results = answer.putObject("data").putObject("locationSearch").putArray("results");
        AshbyLocations.search(query).forEach(place -> results.addObject().put("id", place.id()).put("label", place.label()));
        return PracticeResponse.json(200, json(answer));
    }

    private PracticeResponse createUploadHandle(JsonNode variables) {
        String handle = UUID.randomUUID().toString().replace("-", "");
        handles.put(handle, new Handle(variables.path("fieldPath").asText(AshbyJobs.RESUME), null));
        ObjectNode answer = Json.mapper().createObjectNode();
        answer.putObject("data").putObject("createFileUploadHandle")
                .put("handle", handle).put("uploadUrl", PREFIX + "/uploads/" + handle);
        return PracticeResponse.json(200, json(answer));
    }

    /** Stands in for the storage bucket behind an upload handle: keeps the file, answers a moment later. */
    private PracticeResponse upload(String handleKey, PracticeRequest request) {
        Handle handle = handles.get(handleKey);
        List<UploadedFile> files = request.form().files();
        if (handle == null || files.isEmpty()) {
            return PracticeResponse.json(400, "{\"error\":\"No file or no such upload handle.\"}");
        }
        UploadedFile file = files.get(0);
        handles.put(handleKey, new Handle(handle.fieldPath(),
                new UploadedFile(handle.fieldPath(), file.fileName(), file.contentType(), file.bytes())));
        return PracticeResponse.json(200, "{}").delayedBy(UPLOAD_DELAY);
    }

    private PracticeResponse submit(JsonNode variables) {
        Optional<AshbyJob> found = AshbyJobs.find(variables.path("organizationHostedJobsPageName").asText(),
                variables.path("jobPostingId").asText());
        PracticeFailure failure = found.map(job -> failures.of(job.jobId())).orElse(PracticeFailure.NONE);
        if (found.isEmpty() || failure == PracticeFailure.CLOSED) {
            return graphqlError("This job posting is no longer accepting applications.", "NOT_FOUND");
        }
        if (failure == PracticeFailure.SERVER_ERROR) {
            return graphqlError("Something went wrong. Please try again later.", "INTERNAL_SERVER_ERROR");
        }
        Varied<AshbyJob> varied = vary(found.get(), variants.of(found.get().jobId()));
        AshbyJob job = varied.job();
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        variables.path("fieldEntries").forEach(entry -> entries.put(entry.path("path").asText(), entry.path("value")));
        Map<String, String> errors = AshbyValidation.errors(job, entries, this::uploadedFile);
        if (!errors.isEmpty()) {
            log.reject();
            return formRender(errors);
        }
        switch (failure) {
            case CAPTCHA:
                log.reject();
                return graphqlError("Your application submission was flagged as possible spam.", RECAPTCHA_CODE);
            case REJECTED:
                log.reject();
                return result(Json.mapper().createObjectNode().put("__typename", "FormSubmitFailure")
                        .put("message", "We couldn't process your application. Please try again later."));
            case ALREADY_APPLIED:
                log.reject();
                return result(Json.mapper().createObjectNode().put("__typename", "FormSubmitBlocked")
                        .put("message", "You have already applied for this position."));
            default:
                break;
        }
        log.accept(new RecordedSubmission(AtsType.ASHBY.apiValue(), job.jobId(), Instant.now(),
                varied.toStandard().standardise(AshbyValidation.recordedFields(job, entries)), filesOf(job, entries)));
        PracticeResponse success = result(Json.mapper().createObjectNode().put("__typename", "FormSubmitSuccess"));
        return failure == PracticeFailure.NO_CONFIRMATION ? success.delayedBy(NEVER) : success;
    }

    private List<UploadedFile> filesOf(AshbyJob job, Map<String, JsonNode> entries) {
        List<UploadedFile> files = new ArrayList<>();
        for (AshbyField field : job.fields()) {
            if (field.kind() == AshbyField.Kind.FILE && entries.containsKey(field.path())) {
                uploadedFile(entries.get(field.path()).path("handle").asText()).ifPresent(files::add);
            }
        }
        return files;
    }

    private Optional<UploadedFile> uploadedFile(String handle) {
        Handle found = handles.get(handle);
        return found == null ? Optional.empty() : Optional.ofNullable(found.file());
    }

    private static PracticeResponse formRender(Map<String, String> errors) {
        ObjectNode form = Json.mapper().createObjectNode().put("__typename", "FormRender");
        form.putArray("errorMessages").add("Your form needs corrections");
        ArrayNode fieldErrors = form.putArray("fieldErrors");
        errors.forEach((path, message) -> fieldErrors.addObject().put("path", path).put("message", message));
        return result(form);
    }

    private static PracticeResponse result(ObjectNode applicationFormResult) {
        ObjectNode answer = Json.mapper().createObjectNode();
        answer.putObject("data").putObject("submitApplicationFormAction")
                .set("applicationFormResult", applicationFormResult);
        return PracticeResponse.json(200, json(answer));
    }

    /** Ashby answers errors with HTTP 200 and a GraphQL {@code errors} list. */
    private static PracticeResponse graphqlError(String message, String code) {
        ObjectNode answer = Json.mapper().createObjectNode();
        answer.putNull("data");
        answer.putArray("errors").addObject().put("message", message).putObject("extensions").put("code", code);
        return PracticeResponse.json(200, json(answer));
    }

    private static String json(JsonNode node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

}
