package io.applydesk.automation.sandbox.workday;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Workday's candidate experience ({@code {tenant}.wd{N}.myworkdayjobs.com}) under {@code /practice/workday},
 * ATS-REFERENCE.md §6.2: the posting page with its Apply "adventure" button, the {@code /apply} choice page,
 * and the apply flow ({@code /apply/applyManually} and siblings) that {@code workday.js} renders: the account
 * wall (Create Account / Sign In, per tenant, with the hidden {@code beecatcher} honeypot), then the wizard
 * My Information, My Experience, Application Questions, Voluntary Disclosures, Review. Each page is saved
 * with {@code POST …/{tenant}/api/step} when the candidate presses "Save and Continue", the resume goes to
 * {@code …/api/upload} (answered a moment later), and Submit posts {@code …/api/submit}, which records every
 * saved field (by input id) and the resume.
 *
 * <p>Failure states: CLOSED (404 "doesn't exist"), SERVER_ERROR (HTTP 500 on submit), REJECTED (a page error
 * on submit), ALREADY_APPLIED ("You've already applied for this job"), NO_CONFIRMATION (recorded, no answer),
 * CAPTCHA (the account wall shows a bot challenge), SECURITY_CODE (the tenant wants the new account's e-mail
 * address verified before anyone signs in). A filled beecatcher makes the account wall silently do nothing.
 *
 * <p>Form variants ({@link PracticeVariant}) change the tenant's Application Questions page: their order,
 * labels, ids, and one more optional question. The other pages' ids and {@code data-automation-id}s are
 * Workday's own on every tenant and stay.
 *
 * <p>Thread-safe: accounts, sessions and drafts live in concurrent maps.
 */
public final class WorkdayReplica implements Replica, VariedForms<WorkdayJob> {
    /** The path prefix; the next segment is the tenant (the host's sub-domain). */
    public static final String PREFIX = "/practice/workday";
    /** The recorded field name of the resume file. */
    public static final String RESUME = "resume";
    public static final String ALREADY_APPLIED_MESSAGE = "You've already applied for this job.";
    /** Uploads take a moment: appliers must wait for {@code file-upload-successful}. */
    static final Duration UPLOAD_DELAY = Duration.ofMillis(300);
    /** Long enough that the applier gives up waiting (NO_CONFIRMATION). */
    static final Duration NEVER = Duration.ofMinutes(5);
    /** The wizard's pages that hold fields, in order (Review only shows them). */
    static final List<String> STEPS = List.of("myInformation", "myExperience", "applicationQuestions",
            "voluntaryDisclosures");
    /** Fields the server itself insists on (the page checks the same before saving), with their labels. */
    private static final Map<String, String> REQUIRED = requiredFields();

    /** The input id of {@link PracticeVariant#EXTRA_QUESTION_LABEL}. */
    private static final String EXTRA_QUESTION_ID = "primaryQuestionnaire--anythingElse";
    private static final Pattern ASSET = Pattern.compile(PREFIX + "/assets/(workday\\.(?:js|css))");
    private static final Pattern API = Pattern.compile(PREFIX + "/([a-z0-9-]+)/api/(account/create|account/signin|step|upload|submit)");
    private static final Pattern POSTING = Pattern.compile(PREFIX + "/([a-z0-9-]+)/(?:[a-z]{2}-[A-Z]{2}/)?[\\w-]+/job/[\\w.-]+/"
            + "[\\w.-]+_([\\w-]+)(/apply(/(?:applyManually|autofillWithResume|useMyLastApplication))?)?/?");

    private final String baseUrl;
    private final SubmissionLog log;
    private final PracticeFailures failures;
    private final PracticeVariants variants;
    private final WorkdayAccounts accounts = new WorkdayAccounts();
    /** Saved pages per session token and requisition: step → field id → values; the resume under {@link #RESUME}. */
    private final Map<String, Draft> drafts = new ConcurrentHashMap<>();
    private final Template page = Template.load(WorkdayReplica.class, "page.html");

    private static final class Draft {
        final Map<String, Map<String, List<String>>> steps = new ConcurrentHashMap<>();
        volatile UploadedFile resume;
    }

    public WorkdayReplica(String baseUrl, SubmissionLog log, PracticeFailures failures, PracticeVariants variants) {
        this.baseUrl = baseUrl;
        this.log = log;
        this.failures = failures;
        this.variants = variants;
    }

    /**
     * Application questions reordered, reworded (the work-authorization options too), with another tenant's
     * question ids, or with one more optional question; what they save is recorded under the standard ids.
     */
    @Override
    public Varied<WorkdayJob> vary(WorkdayJob job, PracticeVariant variant) {
        VariantMapping toStandard = new VariantMapping();
        List<WorkdayJob.Question> questions = new ArrayList<>();
        for (WorkdayJob.Question question : variant.reorder(job.questions())) {
            List<String> options = new ArrayList<>();
            for (String option : question.options()) {
                String shown = variant.rewordOption(question.label(), option);
                options.add(shown);
                toStandard.translate(shown, option);
            }
            String id = variant.uuid(question.id());
            questions.add(new WorkdayJob.Question(id, variant.reword(question.label()), options, question.required()));
            toStandard.rename(id, question.id());
        }
        if (variant.addsExtraQuestion()) {
            questions.add(new WorkdayJob.Question(EXTRA_QUESTION_ID, PracticeVariant.EXTRA_QUESTION_LABEL, List.of(), false));
            toStandard.dropUnanswered(EXTRA_QUESTION_ID);
        }
        return new Varied<>(new WorkdayJob(job.tenant(), job.locale(), job.site(), job.location(), job.titleSlug(),
                job.reqId(), job.companyName(), job.title(), job.descriptionHtml(), questions), toStandard);
    }

    @Override
    public AtsType atsType() {
        return AtsType.WORKDAY;
    }

    /** Each job's URL is its posting page, as Workday's job search links it. */
    @Override
    public List<PracticeJob> jobs() {
        return WorkdayJobs.all().stream()
                .map(job -> new PracticeJob(AtsType.WORKDAY, job.companyName(), job.title(), job.reqId(),
                        baseUrl + PREFIX + job.path(), false))
                .toList();
    }

    @Override
    public List<BoardPosting> boardPostings() {
        return WorkdayJobs.all().stream()
                .map(job -> BoardPosting.ofPracticeJob(
                        new Board(AtsType.WORKDAY, job.boardToken(), job.companyName()),
                        job.reqId(), job.externalPath(), job.title(), job.location().replace("-", ", "),
                        baseUrl + PREFIX + job.path(), baseUrl + PREFIX + job.path(), job.descriptionHtml()))
                .toList();
    }

    /** {@code PREFIX/acme/…} stands for {@code acme.wd1.myworkdayjobs.com/…}. */
    @Override
    public List<HostAlias> hostAliases() {
        return List.of(new HostAlias(baseUrl + PREFIX, AtsType.WORKDAY));
    }

    /** The accounts every tenant holds (tests check creations and sign-ins). */
    public WorkdayAccounts accounts() {
        return accounts;
    }

    @Override
    public Optional<PracticeResponse> handle(PracticeRequest request) {
        String path = request.path();
        Matcher asset = ASSET.matcher(path);
        Matcher api = API.matcher(path);
        Matcher posting = POSTING.matcher(path);
        if (request.isGet() && asset.matches()) {
            return Optional.of(PracticeResponse.asset(WorkdayReplica.class, asset.group(1)));
        }
        if (request.isPost() && api.matches()) {
            return Optional.of(api(api.group(1), api.group(2), request));
        }
        if (request.isGet() && posting.matches()) {
            return Optional.of(pageOf(posting.group(1), posting.group(2), posting.group(3), posting.group(4)));
        }
        return Optional.empty();
    }

    private PracticeResponse pageOf(String tenant, String reqId, String apply, String applyStep) {
        Optional<WorkdayJob> found = WorkdayJobs.find(tenant, reqId);
        if (found.isEmpty() || failures.of(found.get().reqId()) == PracticeFailure.CLOSED) {
            return PracticeResponse.html(404, render("Page Not Found", "Workday",
                    "<div data-automation-id=\"errorMessage\" role=\"alert\"><h2>The page you are looking for doesn't exist.</h2>"
                            + "<p>This job posting may have been filled or removed.</p></div>", null));
        }
        WorkdayJob job = found.get();
        String jobUrl = PREFIX + job.path();
        ObjectNode data = Json.mapper().createObjectNode();
        if (apply == null) {
            data.put("view", "posting").put("applyUrl", jobUrl + "/apply");
            String body = "<div data-automation-id=\"jobPostingPage\"><h2 data-automation-id=\"jobPostingHeader\">"
                    + Html.escape(job.title()) + "</h2><dl><dt>locations</dt><dd data-automation-id=\"locations\">"
                    + Html.escape(job.location().replace('-', ' ')) + "</dd><dt>job requisition id</dt>"
                    + "<dd data-automation-id=\"requisitionId\">" + Html.escape(job.reqId()) + "</dd></dl>"
                    + "<button type=\"button\" data-automation-id=\"adventureButton\">Apply</button>"
                    + "<div data-automation-id=\"jobPostingDescription\">" + job.descriptionHtml() + "</div></div>";
            return PracticeResponse.html(200, render(job.title(), job.companyName(), body, data));
        }
        if (applyStep == null) {
            String body = "<div data-automation-id=\"applyAdventurePage\"><h2>Start Your Application</h2>"
                    + "<h3>" + Html.escape(job.title()) + "</h3>"
                    + "<iframe data-automation-id=\"applyWithLinkedIn\" title=\"Apply with LinkedIn\" src=\"about:blank\"></iframe>"
                    + link(jobUrl, "autofillWithResume", "Autofill with Resume")
                    + link(jobUrl, "applyManually", "Apply Manually")
                    + link(jobUrl, "useMyLastApplication", "Use My Last Application") + "</div>";
            return PracticeResponse.html(200, render(job.title(), job.companyName(), body, null));
        }
        data.put("view", "flow").put("api", PREFIX + "/" + job.tenant() + "/api").put("reqId", job.reqId())
                .put("company", job.companyName()).put("title", job.title());
        data.set("questions", Json.mapper().valueToTree(vary(job, variants.of(job.reqId())).job().questions()));
        return PracticeResponse.html(200, render(job.title(), job.companyName(),
                "<div data-automation-id=\"applyFlowPage\" id=\"flow\"></div>", data));
    }

    private static String link(String jobUrl, String id, String text) {
        return "<a data-automation-id=\"" + id + "\" href=\"" + Html.escape(jobUrl + "/apply/" + id) + "\">"
                + Html.escape(text) + "</a>";
    }

    private String render(String title, String company, String body, ObjectNode data) {
        // WHY: "</" inside the inline script would end it early; JSON allows the escaped slash.
        String appData = data == null ? "{}" : json(data).replace("</", "<\\/");
        return page.render(Map.of("title", title, "company", company, "assets", PREFIX + "/assets",
                "body", body, "appData", appData));
    }

    private PracticeResponse api(String tenant, String operation, PracticeRequest request) {
        if ("upload".equals(operation)) {
            return upload(tenant, request);
        }
        JsonNode body;
        try {
            body = Json.mapper().readTree(request.body());
        } catch (IOException e) {
            return error(400, "The request could not be read.");
        }
        Optional<WorkdayJob> job = WorkdayJobs.find(tenant, body.path("reqId").asText());
        if (job.isEmpty() || failures.of(job.get().reqId()) == PracticeFailure.CLOSED) {
            return error(404, "This job posting is no longer available.");
        }
        PracticeFailure failure = failures.of(job.get().reqId());
        switch (operation) {
            case "account/create":
            case "account/signin":
                return account(tenant, operation.endsWith("create"), body, failure);
            case "step":
                return saveStep(tenant, job.get(), body);
            default:
                return submit(tenant, job.get(), body, failure);
        }
    }

    private PracticeResponse account(String tenant, boolean create, JsonNode body, PracticeFailure failure) {
        // WHY 200 and nothing: a filled honeypot is a bot; Workday answers it without saying so.
        if (!body.path("beecatcher").asText("").isEmpty()) {
            accounts.botRequest();
            return PracticeResponse.json(200, "{}");
        }
        if (failure == PracticeFailure.CAPTCHA) {
            log.reject();
            return PracticeResponse.json(200, json(Json.mapper().createObjectNode().put("challenge",
                    "We need to make sure you are not a robot. Complete the security check to continue.")));
        }
        String email = body.path("email").asText("").trim();
        String password = body.path("password").asText("");
        if (email.isEmpty() || password.isEmpty()) {
            return error(200, "Enter your email address and password.");
        }
        WorkdayAccounts.Result result = create
                ? accounts.create(tenant, email, password, failure == PracticeFailure.SECURITY_CODE)
                : accounts.signIn(tenant, email, password);
        switch (result.verdict()) {
            case SIGNED_IN:
                return PracticeResponse.json(200, json(Json.mapper().createObjectNode().put("token", result.token())));
            case EXISTS:
                return error(200, "An account already exists for this email address. Sign in instead.");
            case WEAK_PASSWORD:
                return error(200, "Password must have at least 8 characters, an uppercase and a lowercase letter, "
                        + "a number and a special character.");
            case WRONG_PASSWORD:
                return error(200, "Wrong email address or password. Try again, or reset your password.");
            default:
                return PracticeResponse.json(200, json(Json.mapper().createObjectNode().put("verify",
                        "Verify your account: we sent an email to " + email
                                + ". Click the link in it, then sign in to continue your application.")));
        }
    }

    private PracticeResponse saveStep(String tenant, WorkdayJob job, JsonNode body) {
        Optional<WorkdayAccounts.Session> session = sessionOf(tenant, body.path("token").asText(null));
        String step = body.path("step").asText();
        if (session.isEmpty()) {
            return error(401, "Your session has expired. Sign in again.");
        }
        if (!STEPS.contains(step)) {
            return error(400, "Unknown page " + step + ".");
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        body.path("fields").fields().forEachRemaining(entry -> {
            List<String> values = new ArrayList<>();
            entry.getValue().forEach(value -> values.add(value.asText()));
            fields.put(entry.getKey(), values);
        });
        draft(body.path("token").asText(), job).steps.put(step, fields);
        return PracticeResponse.json(200, "{\"saved\":true}");
    }

    private PracticeResponse upload(String tenant, PracticeRequest request) {
        String token = request.queryParameter("token");
        Optional<WorkdayJob> job = WorkdayJobs.find(tenant, String.valueOf(request.queryParameter("reqId")));
        List<UploadedFile> files = request.form().files();
        if (sessionOf(tenant, token).isEmpty() || job.isEmpty() || files.isEmpty()) {
            return error(400, "The file could not be uploaded.");
        }
        UploadedFile file = files.get(0);
        draft(token, job.get()).resume = new UploadedFile(RESUME, file.fileName(), file.contentType(), file.bytes());
        return PracticeResponse.json(200, json(Json.mapper().createObjectNode().put("fileName", file.fileName())))
                .delayedBy(UPLOAD_DELAY);
    }

    private PracticeResponse submit(String tenant, WorkdayJob job, JsonNode body, PracticeFailure failure) {
        String token = body.path("token").asText(null);
        if (sessionOf(tenant, token).isEmpty()) {
            return error(401, "Your session has expired. Sign in again.");
        }
        if (failure == PracticeFailure.SERVER_ERROR) {
            return PracticeResponse.html(500, "<!DOCTYPE html><title>Error</title><h1>Internal Server Error</h1>");
        }
        Draft draft = draft(token, job);
        Varied<WorkdayJob> varied = vary(job, variants.of(job.reqId()));
        Map<String, List<String>> fields = new LinkedHashMap<>();
        STEPS.forEach(step -> fields.putAll(draft.steps.getOrDefault(step, Map.of())));
        List<String> errors = new ArrayList<>();
        REQUIRED.forEach((id, label) -> requireValue(fields, id, label, errors));
        varied.job().questions().stream().filter(WorkdayJob.Question::required)
                .forEach(q -> requireValue(fields, q.id(), q.label(), errors));
        if (draft.resume == null) {
            errors.add("The field Resume/CV is required and must have a value.");
        }
        if (errors.isEmpty() && failure == PracticeFailure.REJECTED) {
            errors.add("We were unable to process your application. Review your entries and try again.");
        }
        if (!errors.isEmpty()) {
            log.reject();
            ObjectNode answer = Json.mapper().createObjectNode();
            ArrayNode list = answer.putArray("errors");
            errors.forEach(list::add);
            return PracticeResponse.json(200, json(answer));
        }
        if (failure == PracticeFailure.ALREADY_APPLIED) {
            log.reject();
            return PracticeResponse.json(200, json(Json.mapper().createObjectNode()
                    .put("alreadyApplied", ALREADY_APPLIED_MESSAGE)));
        }
        log.accept(new RecordedSubmission(AtsType.WORKDAY.apiValue(), job.reqId(), Instant.now(),
                varied.toStandard().standardise(fields), List.of(draft.resume)));
        PracticeResponse success = PracticeResponse.json(200, "{\"submitted\":true}");
        return failure == PracticeFailure.NO_CONFIRMATION ? success.delayedBy(NEVER) : success;
    }

    private static void requireValue(Map<String, List<String>> fields, String id, String label, List<String> errors) {
        List<String> values = fields.getOrDefault(id, List.of());
        if (values.stream().allMatch(String::isBlank)) {
            errors.add("The field " + label + " is required and must have a value.");
        }
    }

    private Optional<WorkdayAccounts.Session> sessionOf(String tenant, String token) {
        return accounts.session(token).filter(session -> session.tenant().equals(tenant));
    }

    private Draft draft(String token, WorkdayJob job) {
        return drafts.computeIfAbsent(token + "|" + job.reqId(), key -> new Draft());
    }

    private static Map<String, String> requiredFields() {
        Map<String, String> required = new LinkedHashMap<>();
        required.put("name--legalName--firstName", "First Name");
        required.put("name--legalName--lastName", "Last Name");
        required.put("address--addressLine1", "Address Line 1");
        required.put("address--city", "City");
        required.put("address--postalCode", "Postal Code");
        required.put("country--country", "Country");
        required.put("source--source", "How Did You Hear About Us?");
        required.put("candidateIsPreviousWorker", "Have you previously worked for this company as an employee or contractor?");
        required.put("emailAddress--emailAddress", "Email Address");
        required.put("phoneNumber--phoneType", "Phone Device Type");
        required.put("phoneNumber--phoneNumber", "Phone Number");
        required.put("termsAndConditions--acceptTermsAndAgreements", "I have read and consent to the terms and conditions");
        return required;
    }

    private static PracticeResponse error(int status, String message) {
        return PracticeResponse.json(status, json(Json.mapper().createObjectNode().put("error", message)));
    }

    private static String json(JsonNode node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

}
