package io.applydesk.automation.sandbox.greenhousenew;

import io.applydesk.automation.sandbox.FormData;
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
import io.applydesk.automation.sandbox.SecurityCodeOutbox;
import io.applydesk.automation.sandbox.SubmissionLog;
import io.applydesk.automation.sandbox.Template;
import io.applydesk.automation.sandbox.boards.BoardPosting;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.HostAlias;
import io.applydesk.core.search.Board;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The new Greenhouse job board (job-boards.greenhouse.io, a Remix/React app) under
 * {@code /practice/greenhouse-new}, with the real site's paths: {@code /{board}/jobs/{id}} and
 * {@code …/confirmation}. The page script posts the application as multipart to {@code …/applications}
 * (keys are the element ids; the resume is the file part {@code resume}) and is answered in JSON:
 * 200 with the confirmation URL, 422 with field errors, or, for a {@link PracticeFailure#SECURITY_CODE}
 * job, Greenhouse's HTTP 428 {@code captcha-retry} asking for the code e-mailed to the applicant (kept in the
 * {@link SecurityCodeOutbox}; the application is accepted once it comes back with that code). A
 * {@link PracticeFailure#CAPTCHA} job answers 428 {@code captcha-failed} until a person ticks the page's
 * practice "I'm not a robot" challenge and submits again.
 *
 * <p>Each job follows its {@link PracticeFailure} state and its {@link PracticeVariant} (recorded in standard terms).
 *
 * <p>Thread-safe: the job catalog is immutable; failure and variant states live in {@link PracticeFailures}
 * and {@link PracticeVariants}.
 */
public final class GreenhouseNewReplica implements Replica, VariedForms<GreenhouseNewJob> {
    /** The path prefix, mirroring the host {@code job-boards.greenhouse.io}. */
    public static final String PREFIX = "/practice/greenhouse-new";
    /** The email field error of an {@link PracticeFailure#ALREADY_APPLIED} job. */
    public static final String ALREADY_APPLIED_MESSAGE = "You have already applied for this position.";
    /** The email field error of a {@link PracticeFailure#REJECTED} job. */
    public static final String REJECTED_MESSAGE = "This email address cannot be used to apply.";
    /** What the security-code step says when the typed code is not the one e-mailed. */
    public static final String WRONG_CODE_MESSAGE = "The security code you entered is incorrect. Please try again.";
    /**
     * The token the page's practice "I'm not a robot" challenge adds once a person ticks it (in the field
     * where the real page sends its reCAPTCHA token); a {@link PracticeFailure#CAPTCHA} job accepts it.
     */
    public static final String SOLVED_CAPTCHA_TOKEN = "practice-challenge-solved";

    private static final Pattern ASSET = Pattern.compile(PREFIX + "/assets/(greenhouse-new\\.(?:js|css))");
    private static final Pattern JOB = Pattern.compile(PREFIX + "/([\\w-]+)/jobs/(\\d+)/?");
    private static final Pattern APPLICATIONS = Pattern.compile(PREFIX + "/([\\w-]+)/jobs/(\\d+)/applications");
    private static final Pattern CONFIRMATION = Pattern.compile(PREFIX + "/([\\w-]+)/jobs/(\\d+)/confirmation/?");
    private static final List<String> REQUIRED_STANDARD = List.of("first_name", "last_name", "email", "country", "phone");

    /** The question id of {@link PracticeVariant#EXTRA_QUESTION_LABEL}. */
    private static final long EXTRA_QUESTION_ID = 9900001L;

    private final String baseUrl;
    private final SubmissionLog log;
    private final PracticeFailures failures;
    private final PracticeVariants variants;
    private final SecurityCodeOutbox outbox;
    private final Template jobPage = Template.load(GreenhouseNewReplica.class, "job.html");
    private final Template confirmationPage = Template.load(GreenhouseNewReplica.class, "confirmation.html");
    private final Template closedPage = Template.load(GreenhouseNewReplica.class, "closed.html");

    /** @param outbox where the security codes of {@link PracticeFailure#SECURITY_CODE} jobs are "e-mailed" */
    public GreenhouseNewReplica(String baseUrl, SubmissionLog log, PracticeFailures failures,
                                PracticeVariants variants, SecurityCodeOutbox outbox) {
        this.baseUrl = baseUrl;
        this.log = log;
        this.failures = failures;
        this.variants = variants;
        this.outbox = outbox;
    }

    /**
     * Questions reordered, reworded (the work-authorization options too), with another tenant's question
     * ids, or with one more optional question; what they post is keyed back to the standard ids.
     */
    @Override
    public Varied<GreenhouseNewJob> vary(GreenhouseNewJob job, PracticeVariant variant) {
        VariantMapping toStandard = new VariantMapping();
        List<GreenhouseNewQuestion> questions = new ArrayList<>();
        for (GreenhouseNewQuestion question : variant.reorder(job.questions())) {
            String number = question.demographic() ? question.id() : question.id().substring("question_".length());
            String id = (question.demographic() ? "" : "question_") + variant.id(Long.parseLong(number));
            List<String> options = new ArrayList<>();
            for (String option : question.options()) {
                String shown = variant.rewordOption(question.label(), option);
                options.add(shown);
                toStandard.translate(shown, option);
            }
            questions.add(new GreenhouseNewQuestion(id, variant.reword(question.label()), question.kind(),
                    question.required(), options));
            toStandard.rename(id, question.id());
        }
        if (variant.addsExtraQuestion()) {
            GreenhouseNewQuestion extra = GreenhouseNewQuestion.custom(EXTRA_QUESTION_ID,
                    PracticeVariant.EXTRA_QUESTION_LABEL, GreenhouseNewQuestion.Kind.TEXTAREA, false);
            questions.add(extra);
            toStandard.dropUnanswered(extra.id());
        }
        return new Varied<>(new GreenhouseNewJob(job.board(), job.companyName(), job.jobId(), job.title(),
                job.location(), job.descriptionHtml(), questions), toStandard);
    }

    @Override
    public AtsType atsType() {
        return AtsType.GREENHOUSE;
    }

    @Override
    public List<PracticeJob> jobs() {
        return GreenhouseNewJobs.all().stream()
                .map(job -> new PracticeJob(AtsType.GREENHOUSE, job.companyName(), job.title(), job.jobId(),
                        baseUrl + PREFIX + job.path(), false))
                .toList();
    }

    @Override
    public List<BoardPosting> boardPostings() {
        return GreenhouseNewJobs.all().stream()
                .map(job -> BoardPosting.ofPracticeJob(
                        new Board(AtsType.GREENHOUSE, job.board(), job.companyName()),
                        job.jobId(), job.jobId(), job.title(), job.location(), baseUrl + PREFIX + job.path(),
                        baseUrl + PREFIX + job.path(), job.descriptionHtml()))
                .toList();
    }

    @Override
    public List<HostAlias> hostAliases() {
        return List.of(new HostAlias(baseUrl + PREFIX, AtsType.GREENHOUSE));
    }

    @Override
    public Optional<PracticeResponse> handle(PracticeRequest request) {
        String path = request.path();
        Matcher asset = ASSET.matcher(path);
        Matcher job = JOB.matcher(path);
        Matcher applications = APPLICATIONS.matcher(path);
        Matcher confirmation = CONFIRMATION.matcher(path);
        if (request.isGet() && asset.matches()) {
            return Optional.of(PracticeResponse.asset(GreenhouseNewReplica.class, asset.group(1)));
        }
        if (request.isGet() && job.matches()) {
            return Optional.of(jobPage(job.group(1), job.group(2)));
        }
        if (request.isPost() && applications.matches()) {
            return Optional.of(apply(applications.group(1), applications.group(2), request.form()));
        }
        if (request.isGet() && confirmation.matches()) {
            return Optional.of(confirmation(confirmation.group(1), confirmation.group(2)));
        }
        return Optional.empty();
    }

    private Optional<GreenhouseNewJob> open(String board, String jobId) {
        return GreenhouseNewJobs.find(board, jobId).filter(job -> failures.of(job.jobId()) != PracticeFailure.CLOSED);
    }

    private PracticeResponse jobPage(String board, String jobId) {
        Optional<GreenhouseNewJob> found = open(board, jobId);
        if (found.isEmpty()) {
            return PracticeResponse.html(404, closedPage.render(Map.of("assets", PREFIX + "/assets")));
        }
        PracticeVariant variant = variants.of(found.get().jobId());
        GreenhouseNewJob job = vary(found.get(), variant).job();
        return PracticeResponse.html(200, jobPage.render(Map.of(
                "title", job.title(), "company", job.companyName(), "location", job.location(),
                "assets", PREFIX + "/assets", "description", job.descriptionHtml(),
                "action", PREFIX + job.path() + "/applications",
                "application", new GreenhouseNewForm(job, variant).render())));
    }

    /** The application POST: checked like the real server, then answered as the job's failure state says. */
    private PracticeResponse apply(String board, String jobId, FormData form) {
        Optional<GreenhouseNewJob> found = open(board, jobId);
        if (found.isEmpty()) {
            return PracticeResponse.json(404, "{\"error\":\"This job is no longer accepting applications.\"}");
        }
        Varied<GreenhouseNewJob> varied = vary(found.get(), variants.of(jobId));
        GreenhouseNewJob job = varied.job();
        PracticeFailure failure = failures.of(jobId);
        if (failure == PracticeFailure.SERVER_ERROR) {
            return PracticeResponse.json(500, "{\"error\":\"Internal Server Error\"}");
        }
        Map<String, String> errors = missingFields(job, form);
        if (errors.isEmpty() && failure == PracticeFailure.REJECTED) {
            errors.put("email", REJECTED_MESSAGE);
        }
        if (errors.isEmpty() && failure == PracticeFailure.ALREADY_APPLIED) {
            errors.put("email", ALREADY_APPLIED_MESSAGE);
        }
        if (!errors.isEmpty()) {
            log.reject();
            return PracticeResponse.json(422, errorsJson(errors));
        }
        if (failure == PracticeFailure.CAPTCHA && !SOLVED_CAPTCHA_TOKEN.equals(form.value("g-recaptcha-response"))) {
            log.reject();
            return PracticeResponse.json(428, "{\"code\":\"captcha-failed\"}");
        }
        if (failure == PracticeFailure.SECURITY_CODE) {
            Optional<PracticeResponse> held = securityCodeStep(job, form);
            if (held.isPresent()) {
                return held.get();
            }
        }
        log.accept(new RecordedSubmission(AtsType.GREENHOUSE.apiValue(), job.jobId(), Instant.now(),
                varied.toStandard().standardise(form.fields()), form.files()));
        if (failure == PracticeFailure.NO_CONFIRMATION) {
            return PracticeResponse.json(202, "{}");
        }
        return PracticeResponse.json(200, "{\"redirect\":\"" + PREFIX + job.path() + "/confirmation\"}");
    }

    /**
     * reCAPTCHA scored the browser low: Greenhouse e-mails a code and holds the application until the same
     * code comes back with it. Empty once the right code is sent; nothing is stored before that.
     */
    private Optional<PracticeResponse> securityCodeStep(GreenhouseNewJob job, FormData form) {
        String email = form.value("email");
        String typed = form.value("security_code");
        Optional<String> sent = outbox.codeSentTo(job.jobId(), email);
        if (sent.isPresent() && sent.get().equalsIgnoreCase(typed.strip())) {
            return Optional.empty();
        }
        outbox.send(job.jobId(), email);
        String retry = "{\"code\":\"captcha-retry\",\"security_code_recipient\":\"" + jsonEscape(email) + "\"";
        if (typed.isBlank()) {
            return Optional.of(PracticeResponse.json(428, retry + "}"));
        }
        log.reject();
        return Optional.of(PracticeResponse.json(428, retry + ",\"security_code_error\":\"" + WRONG_CODE_MESSAGE + "\"}"));
    }

    private static Map<String, String> missingFields(GreenhouseNewJob job, FormData form) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String id : REQUIRED_STANDARD) {
            if (form.value(id).isBlank()) {
                errors.put(id, GreenhouseNewForm.REQUIRED_MESSAGE);
            }
        }
        if (form.files().stream().noneMatch(file -> file.fieldName().equals("resume"))) {
            errors.put("resume", GreenhouseNewForm.REQUIRED_MESSAGE);
        }
        for (GreenhouseNewQuestion question : job.questions()) {
            if (question.required() && form.values(question.id()).stream().allMatch(String::isBlank)) {
                errors.put(question.id(), GreenhouseNewForm.REQUIRED_MESSAGE);
            }
        }
        return errors;
    }

    private static String errorsJson(Map<String, String> errors) {
        StringBuilder json = new StringBuilder("{\"errors\":{");
        errors.forEach((id, message) -> json.append(json.length() > 11 ? "," : "").append('"').append(jsonEscape(id))
                .append("\":\"").append(jsonEscape(message)).append('"'));
        return json.append("}}").toString();
    }

    private static String jsonEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private PracticeResponse confirmation(String board, String jobId) {
        Optional<GreenhouseNewJob> found = GreenhouseNewJobs.find(board, jobId);
        if (found.isEmpty()) {
            return PracticeResponse.html(404, closedPage.render(Map.of("assets", PREFIX + "/assets")));
        }
        GreenhouseNewJob job = found.get();
        return PracticeResponse.html(200, confirmationPage.render(Map.of(
                "title", job.title(), "company", job.companyName(), "assets", PREFIX + "/assets")));
    }
}
