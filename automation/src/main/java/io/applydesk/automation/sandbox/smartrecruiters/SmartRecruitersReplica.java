package io.applydesk.automation.sandbox.smartrecruiters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.automation.sandbox.Html;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SmartRecruiters (jobs.smartrecruiters.com) under {@code /practice/smartrecruiters}: the posting page
 * {@code /{Company}/{postingId}-{slug}} with its "I'm interested" link, and the OneClick application
 * {@code /oneclick-ui/company/{Company}/publication/{uuid}?dcr_ci={Company}}, which is resume-first: a resume
 * dropzone (hidden file input) whose upload is parsed and prefills the personal fields — imperfectly, as CV
 * parsing does — or "I don't have a resume" to fill them by hand. Step one "Personal information"
 * ({@code #first-name-input}, {@code #last-name-input}, {@code #email-input}, {@code #confirm-email-input},
 * {@code #phone-number-input}, {@code #location-input}, the resume attachment); "Next"; step two "Screening
 * questions" and the privacy consent; "Submit"; a "Thank you" screen at the same URL. {@code oneclick.js} posts
 * JSON to {@code /oneclick-ui/api/…/apply}; answers are recorded as sent ({@code answers[id]} for questions).
 *
 * <p>Failure states: CLOSED (404 "no longer available"), REJECTED (error banner and an email error),
 * SERVER_ERROR (HTTP 500, "Oops" banner), NO_CONFIRMATION (recorded, no answer in practice), CAPTCHA
 * (DataDome: HTTP 403 with the challenge URL, shown in an iframe from {@code geo.captcha-delivery.com/captcha/};
 * a person passes it with "Verify", the page keeps DataDome's cookie and sends again, which is accepted),
 * ALREADY_APPLIED (HTTP 409 banner).
 *
 * <p>Form variants ({@link PracticeVariant}) change the screening questions only: OneClick's personal step is
 * the same product page on every tenant.
 *
 * <p>Thread-safe: the catalog is immutable; uploads live in a concurrent map.
 */
public final class SmartRecruitersReplica implements Replica, VariedForms<SmartRecruitersJob> {
    /** The path prefix, mirroring the host {@code jobs.smartrecruiters.com}. */
    public static final String PREFIX = "/practice/smartrecruiters";
    /** What the practice CV parser reads from any resume: deliberately imperfect, so appliers must override it. */
    public static final Map<String, String> PARSED = Map.of("firstName", "JORDAN", "lastName", "RIVERA SOFTWARE ENGINEER",
            "email", "jrivera@bluebonnet-analytics.example", "phoneNumber", "512-555-0147", "location", "Austin");
    static final String REQUIRED_MESSAGE = "This field is required";
    /** Parsing takes a moment: appliers must wait for it before touching the fields. */
    static final Duration PARSE_DELAY = Duration.ofMillis(400);
    /** Long enough that the applier gives up waiting (NO_CONFIRMATION). */
    static final Duration NEVER = Duration.ofMinutes(5);
    /** The DataDome challenge page, served under a path that names its real host. */
    static final String CAPTCHA_PATH = PREFIX + "/geo.captcha-delivery.com/captcha/";
    /** The cookie DataDome gives the browser once a person passed its practice challenge; the replica accepts it. */
    public static final String SOLVED_CHALLENGE_COOKIE = "datadome=practice-datadome-solved";

    /** The screening question id of {@link PracticeVariant#EXTRA_QUESTION_LABEL}. */
    private static final String EXTRA_QUESTION_ID = "9d0e1f20";
    private static final List<String> PERSONAL = List.of("firstName", "lastName", "email", "confirmEmail", "phoneNumber",
            "location");
    private static final Pattern ASSET = Pattern.compile(PREFIX + "/assets/(oneclick\\.(?:js|css))");
    private static final Pattern ONECLICK = Pattern.compile(PREFIX + "/oneclick-ui/company/([\\w-]+)/publication/([0-9a-fA-F-]{36})/?");
    private static final Pattern API = Pattern.compile(
            PREFIX + "/oneclick-ui/api/company/([\\w-]+)/publication/([0-9a-fA-F-]{36})/(resume|apply)");
    private static final Pattern POSTING = Pattern.compile(PREFIX + "/([\\w-]+)/(\\d{15})(-[\\w-]*)?/?");

    private final String baseUrl;
    private final SubmissionLog log;
    private final PracticeFailures failures;
    private final PracticeVariants variants;
    private final Map<String, UploadedFile> uploads = new ConcurrentHashMap<>();
    private final Template postingPage = Template.load(SmartRecruitersReplica.class, "posting.html");
    private final Template oneClickPage = Template.load(SmartRecruitersReplica.class, "oneclick.html");

    public SmartRecruitersReplica(String baseUrl, SubmissionLog log, PracticeFailures failures,
                                  PracticeVariants variants) {
        this.baseUrl = baseUrl;
        this.log = log;
        this.failures = failures;
        this.variants = variants;
    }

    /**
     * Screening questions reordered, reworded (the work-authorization options too), with another company's
     * question ids, or with one more optional question; answers are recorded under the standard ids.
     */
    @Override
    public Varied<SmartRecruitersJob> vary(SmartRecruitersJob job, PracticeVariant variant) {
        VariantMapping toStandard = new VariantMapping();
        List<SmartRecruitersQuestion> questions = new ArrayList<>();
        for (SmartRecruitersQuestion question : variant.reorder(job.questions())) {
            List<String> options = new ArrayList<>();
            for (String option : question.options()) {
                String shown = variant.rewordOption(question.label(), option);
                options.add(shown);
                toStandard.translate(shown, option);
            }
            SmartRecruitersQuestion shown = new SmartRecruitersQuestion(variant.uuid(question.id()),
                    variant.reword(question.label()), question.kind(), question.required(), options);
            questions.add(shown);
            toStandard.rename(shown.fieldName(), question.fieldName());
        }
        if (variant.addsExtraQuestion()) {
            SmartRecruitersQuestion extra = new SmartRecruitersQuestion(EXTRA_QUESTION_ID,
                    PracticeVariant.EXTRA_QUESTION_LABEL, SmartRecruitersQuestion.Kind.TEXT, false, List.of());
            questions.add(extra);
            toStandard.dropUnanswered(extra.fieldName());
        }
        return new Varied<>(new SmartRecruitersJob(job.company(), job.postingId(), job.slug(), job.publication(),
                job.companyName(), job.title(), job.location(), job.descriptionHtml(), questions), toStandard);
    }

    @Override
    public AtsType atsType() {
        return AtsType.SMARTRECRUITERS;
    }

    /** Each job's URL is its OneClick form; the job id is the publication UUID. */
    @Override
    public List<PracticeJob> jobs() {
        return SmartRecruitersJobs.all().stream()
                .map(job -> new PracticeJob(AtsType.SMARTRECRUITERS, job.companyName(), job.title(), job.publication(),
                        baseUrl + PREFIX + job.oneClickPath(), false))
                .toList();
    }

    @Override
    public List<BoardPosting> boardPostings() {
        return SmartRecruitersJobs.all().stream()
                .map(job -> BoardPosting.ofPracticeJob(
                        new Board(AtsType.SMARTRECRUITERS, job.company(), job.companyName()),
                        job.publication(), job.postingId(), job.title(), job.location(),
                        baseUrl + PREFIX + job.postingPath(), baseUrl + PREFIX + job.oneClickPath(),
                        job.descriptionHtml()))
                .toList();
    }

    @Override
    public List<HostAlias> hostAliases() {
        return List.of(new HostAlias(baseUrl + PREFIX, AtsType.SMARTRECRUITERS));
    }

    @Override
    public Optional<PracticeResponse> handle(PracticeRequest request) {
        String path = request.path();
        Matcher asset = ASSET.matcher(path);
        Matcher oneClick = ONECLICK.matcher(path);
        Matcher api = API.matcher(path);
        Matcher posting = POSTING.matcher(path);
        if (request.isGet() && asset.matches()) {
            return Optional.of(PracticeResponse.asset(SmartRecruitersReplica.class, asset.group(1)));
        }
        if (request.isGet() && CAPTCHA_PATH.equals(path)) {
            // Practice stand-in for the puzzle a person can pass: "Verify" tells the page, as DataDome's frame
            // does, that the check passed and which cookie to keep; the page then sends the application again.
            return Optional.of(PracticeResponse.html(200, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<title>DataDome CAPTCHA</title></head><body><p>Please slide to verify that you are human.</p>"
                    + "<button type=\"button\" id=\"dd-verify\">Verify</button><script>document.getElementById("
                    + "'dd-verify').addEventListener('click', () => parent.postMessage(JSON.stringify({ eventType:"
                    + " 'passed', cookie: '" + SOLVED_CHALLENGE_COOKIE + "; Path=/' }), '*'));</script>"
                    + "</body></html>"));
        }
        if (request.isPost() && api.matches()) {
            Optional<SmartRecruitersJob> job = SmartRecruitersJobs.byPublication(api.group(1), api.group(2));
            if (job.isEmpty() || failures.of(job.get().publication()) == PracticeFailure.CLOSED) {
                return Optional.of(error(404, "This job is no longer available.", Map.of()));
            }
            return Optional.of("resume".equals(api.group(3)) ? parse(request)
                    : apply(vary(job.get(), variants.of(job.get().publication())), request));
        }
        if (request.isGet() && oneClick.matches()) {
            return Optional.of(SmartRecruitersJobs.byPublication(oneClick.group(1), oneClick.group(2))
                    .filter(job -> failures.of(job.publication()) != PracticeFailure.CLOSED)
                    .map(job -> oneClick(vary(job, variants.of(job.publication())).job())).orElseGet(SmartRecruitersReplica::notAvailable));
        }
        if (request.isGet() && posting.matches()) {
            return Optional.of(SmartRecruitersJobs.byPosting(posting.group(1), posting.group(2))
                    .filter(job -> failures.of(job.publication()) != PracticeFailure.CLOSED)
                    .map(this::posting).orElseGet(SmartRecruitersReplica::notAvailable));
        }
        return Optional.empty();
    }

    private PracticeResponse posting(SmartRecruitersJob job) {
        return PracticeResponse.html(200, postingPage.render(Map.of("title", job.title(), "company", job.companyName(),
                "location", job.location(), "description", job.descriptionHtml(),
                "applyUrl", PREFIX + job.oneClickPath())));
    }

    private PracticeResponse oneClick(SmartRecruitersJob job) {
        StringBuilder questions = new StringBuilder();
        job.questions().forEach(question -> questions.append(SmartRecruitersReplica.questionHtml(question)));
        String api = PREFIX + "/oneclick-ui/api/company/" + job.company() + "/publication/" + job.publication();
        return PracticeResponse.html(200, oneClickPage.render(Map.of("title", job.title(), "company", job.companyName(),
                "location", job.location(), "questions", questions.toString(), "api", api, "assets", PREFIX + "/assets")));
    }

    private static String questionHtml(SmartRecruitersQuestion question) {
        String id = "question-" + question.id();
        String star = question.required() ? "<span class=\"required\" aria-hidden=\"true\">*</span>" : "";
        StringBuilder html = new StringBuilder("<div class=\"oc-field oc-question\"")
                .append(Html.attribute("data-question-id", question.id()))
                .append(question.required() ? " data-required" : "").append('>');
        if (question.kind() == SmartRecruitersQuestion.Kind.YES_NO) {
            html.append("<fieldset role=\"radiogroup\"").append(Html.attribute("aria-labelledby", id + "-label"))
                    .append("><legend").append(Html.attribute("id", id + "-label")).append('>')
                    .append(Html.escape(question.label())).append(star).append("</legend>");
            for (String option : question.options()) {
                // WHY: option texts may hold spaces and commas ("Yes, I am"), which an id cannot.
                String optionId = id + "-" + option.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
                html.append("<label class=\"oc-radio\"").append(Html.attribute("for", optionId)).append("><input type=\"radio\"")
                        .append(Html.attribute("id", optionId)).append(Html.attribute("name", id))
                        .append(Html.attribute("value", option)).append('>').append(Html.escape(option)).append("</label>");
            }
            html.append("</fieldset>");
        } else {
            html.append("<label").append(Html.attribute("for", id)).append('>').append(Html.escape(question.label()))
                    .append(star).append("</label>");
            if (question.kind() == SmartRecruitersQuestion.Kind.SELECT) {
                html.append("<select").append(Html.attribute("id", id)).append(Html.attribute("name", id))
                        .append("><option value=\"\">Select an option</option>");
                question.options().forEach(option -> html.append("<option").append(Html.attribute("value", option))
                        .append('>').append(Html.escape(option)).append("</option>"));
                html.append("</select>");
            } else {
                html.append("<input type=\"text\"").append(Html.attribute("id", id)).append(Html.attribute("name", id)).append('>');
            }
        }
        return html.append("<p class=\"oc-error\" role=\"alert\" hidden></p></div>\n").toString();
    }

    private static PracticeResponse notAvailable() {
        return PracticeResponse.html(404, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Job not available</title></head><body><main class=\"oc-unavailable\"><h1>Sorry, this job is"
                + " no longer available</h1><p>The position you are looking for has been filled or is no longer open."
                + "</p></main></body></html>");
    }

    /** Keeps the file and answers what the practice parser "read" from it, a moment later. */
    private PracticeResponse parse(PracticeRequest request) {
        List<UploadedFile> files = request.form().files();
        if (files.isEmpty()) {
            return error(400, "Please upload a resume.", Map.of());
        }
        UploadedFile file = files.get(0);
        String fileId = UUID.randomUUID().toString();
        uploads.put(fileId, new UploadedFile("resume", file.fileName(), file.contentType(), file.bytes()));
        ObjectNode answer = Json.mapper().createObjectNode().put("fileId", fileId).put("fileName", file.fileName());
        ObjectNode candidate = answer.putObject("candidate");
        List.of("firstName", "lastName", "email", "phoneNumber", "location").forEach(key -> candidate.put(key, PARSED.get(key)));
        return PracticeResponse.json(200, json(answer)).delayedBy(PARSE_DELAY);
    }

    /** Whether the browser holds the cookie DataDome gives once its challenge was passed. */
    private static boolean solvedChallenge(PracticeRequest request) {
        String cookies = request.header("cookie");
        return cookies != null && Arrays.stream(cookies.split(";")).map(String::trim)
                .anyMatch(SOLVED_CHALLENGE_COOKIE::equals);
    }

    private PracticeResponse apply(Varied<SmartRecruitersJob> varied, PracticeRequest request) {
        SmartRecruitersJob job = varied.job();
        PracticeFailure failure = failures.of(job.publication());
        if (failure == PracticeFailure.SERVER_ERROR) {
            return PracticeResponse.html(500, "<!DOCTYPE html><title>500</title><h1>Internal Server Error</h1>");
        }
        JsonNode body;
        try {
            body = Json.mapper().readTree(request.body());
        } catch (IOException e) {
            return error(400, "The request could not be read.", Map.of());
        }
        if (failure == PracticeFailure.CAPTCHA && !solvedChallenge(request)) {
            // WHY before validation: DataDome sits in front of the application service and judges the browser.
            log.reject();
            ObjectNode challenge = Json.mapper().createObjectNode().put("url", baseUrl + CAPTCHA_PATH
                    + "?initialCid=AHrlqAAAAAMA" + job.publication().substring(0, 8) + "&hash=practice&t=fe&s=40281");
            return PracticeResponse.json(403, json(challenge));
        }
        Map<String, String> errors = SmartRecruitersValidation.errors(job, body, uploads::containsKey);
        if (!errors.isEmpty()) {
            log.reject();
            return error(400, "Please correct the highlighted fields.", errors);
        }
        switch (failure) {
            case REJECTED:
                log.reject();
                return error(400, "We could not submit your application.", Map.of("email",
                        "This email address cannot be used for applications"));
            case ALREADY_APPLIED:
                log.reject();
                return error(409, "It looks like you have already applied for this job.", Map.of());
            default:
                break;
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        PERSONAL.forEach(name -> fields.put(name, List.of(body.path(name).asText())));
        for (SmartRecruitersQuestion question : job.questions()) {
            String value = body.path("answers").path(question.id()).asText("");
            if (!value.isBlank()) {
                fields.put(question.fieldName(), List.of(value));
            }
        }
        fields.put("consent", List.of(String.valueOf(body.path("consent").asBoolean())));
        log.accept(new RecordedSubmission(AtsType.SMARTRECRUITERS.apiValue(), job.publication(), Instant.now(),
                varied.toStandard().standardise(fields),
                List.of(uploads.get(body.path("resumeFileId").asText()))));
        PracticeResponse success = PracticeResponse.json(200, "{\"status\":\"APPLIED\"}");
        return failure == PracticeFailure.NO_CONFIRMATION ? success.delayedBy(NEVER) : success;
    }

    private static PracticeResponse error(int status, String message, Map<String, String> fieldErrors) {
        ObjectNode answer = Json.mapper().createObjectNode().put("message", message);
        ObjectNode errors = answer.putObject("errors");
        fieldErrors.forEach(errors::put);
        return PracticeResponse.json(status, json(answer));
    }

    private static String json(JsonNode node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
