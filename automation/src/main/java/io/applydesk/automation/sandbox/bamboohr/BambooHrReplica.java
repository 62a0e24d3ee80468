package io.applydesk.automation.sandbox.bamboohr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.automation.sandbox.FormData;
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

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * BambooHR careers sites ({@code {company}.bamboohr.com/careers/{id}}) under {@code /practice/bamboohr/{company}}:
 * the opening with an "Apply for This Job" button that reveals BambooHR's application form on the same page
 * (standard fields {@code firstName}, {@code lastName}, {@code email}, {@code phone}, address, the {@code resume}
 * file input hidden behind a styled button, optional cover letter, desired pay, date available as mm/dd/yyyy,
 * website/LinkedIn, referred by, then {@code customQuestions[id]}). {@code bamboohr.js} checks required fields in
 * the browser and posts the form (multipart) to {@code …/careers/{id}/apply}, which answers JSON; success replaces
 * the form with "Application Submitted!".
 *
 * <p>Failure states: CLOSED (404 "no longer accepting applications"), REJECTED (field errors and the error
 * banner), SERVER_ERROR (HTTP 500), NO_CONFIRMATION (recorded, no answer in practice), CAPTCHA (BambooHR's
 * reCAPTCHA check refused, HTTP 403 — modelled, not captured; the page then shows a practice "I'm not a robot"
 * challenge, and a submit with it ticked is accepted), ALREADY_APPLIED (the duplicate banner).
 *
 * <p>Form variants ({@link PracticeVariant}) reorder and reword the fields and renumber the custom questions;
 * the standard fields' input names are BambooHR's own on every careers site and stay.
 *
 * <p>Thread-safe: the catalog is immutable and nothing else is kept.
 */
public final class BambooHrReplica implements Replica, VariedForms<BambooHrJob> {
    /** The path prefix; the first segment after it is the tenant, as the sub-domain of {@code bamboohr.com}. */
    public static final String PREFIX = "/practice/bamboohr";
    static final String REQUIRED_MESSAGE = "This field is required.";
    static final String DATE_MESSAGE = "Please enter a valid date (mm/dd/yyyy).";
    /** The token the page's practice reCAPTCHA challenge puts into the form once a person ticks it (bamboohr.js too). */
    public static final String RECAPTCHA_SOLVED = "practice-recaptcha-solved";
    /** Long enough that the applier gives up waiting (NO_CONFIRMATION). */
    static final Duration NEVER = Duration.ofMinutes(5);

    /** The custom question id of {@link PracticeVariant#EXTRA_QUESTION_LABEL}. */
    private static final String EXTRA_QUESTION_ID = "990";
    private static final String CUSTOM_PREFIX = "customQuestions[";
    private static final Pattern ASSET = Pattern.compile(PREFIX + "/assets/(bamboohr\\.(?:js|css))");
    private static final Pattern OPENING = Pattern.compile(PREFIX + "/([a-z0-9-]+)/careers/(\\d+)(/apply)?/?");

    private final String baseUrl;
    private final SubmissionLog log;
    private final PracticeFailures failures;
    private final PracticeVariants variants;
    private final Template page = Template.load(BambooHrReplica.class, "job.html");

    public BambooHrReplica(String baseUrl, SubmissionLog log, PracticeFailures failures, PracticeVariants variants) {
        this.baseUrl = baseUrl;
        this.log = log;
        this.failures = failures;
        this.variants = variants;
    }

    /**
     * Fields reordered or reworded (the work-authorization options too), custom questions with another
     * tenant's ids, or one more optional custom question; what they send is recorded under standard names.
     */
    @Override
    public Varied<BambooHrJob> vary(BambooHrJob job, PracticeVariant variant) {
        VariantMapping toStandard = new VariantMapping();
        List<BambooHrField> fields = new ArrayList<>();
        for (BambooHrField field : variant.reorder(job.fields())) {
            String name = field.name().startsWith(CUSTOM_PREFIX)
                    ? BambooHrField.custom(String.valueOf(variant.id(Long.parseLong(questionId(field.name())))))
                    : field.name();
            List<String> options = new ArrayList<>();
            for (String option : field.options()) {
                String shown = variant.rewordOption(field.label(), option);
                options.add(shown);
                toStandard.translate(shown, option);
            }
            fields.add(new BambooHrField(name, variant.reword(field.label()), field.kind(), field.required(), options));
            toStandard.rename(name, field.name());
        }
        if (variant.addsExtraQuestion()) {
            String extra = BambooHrField.custom(EXTRA_QUESTION_ID);
            fields.add(new BambooHrField(extra, PracticeVariant.EXTRA_QUESTION_LABEL, BambooHrField.Kind.TEXTAREA,
                    false, List.of()));
            toStandard.dropUnanswered(extra);
        }
        return new Varied<>(new BambooHrJob(job.company(), job.jobId(), job.companyName(), job.title(), job.location(),
                job.descriptionHtml(), fields), toStandard);
    }

    /** {@code 301} of {@code customQuestions[301]}. */
    private static String questionId(String customName) {
        return customName.substring(CUSTOM_PREFIX.length(), customName.length() - 1);
    }

    @Override
    public AtsType atsType() {
        return AtsType.BAMBOOHR;
    }

    @Override
    public List<PracticeJob> jobs() {
        return BambooHrJobs.all().stream().map(this::practiceJob).toList();
    }

    /** The posting aliases: board-only postings answered with their template job's form. */
    @Override
    public List<PracticeJob> boardOnlyJobs() {
        return BambooHrJobs.aliases().stream().map(this::practiceJob).toList();
    }

    @Override
    public List<BoardPosting> boardPostings() {
        return Stream.concat(BambooHrJobs.all().stream(), BambooHrJobs.aliases().stream())
                .map(job -> BoardPosting.ofPracticeJob(
                        new Board(AtsType.BAMBOOHR, job.company(), job.companyName()),
                        job.jobId(), job.jobId(), job.title(), job.location(), baseUrl + PREFIX + job.path(),
                        baseUrl + PREFIX + job.path(), job.descriptionHtml()))
                .toList();
    }

    private PracticeJob practiceJob(BambooHrJob job) {
        return new PracticeJob(AtsType.BAMBOOHR, job.companyName(), job.title(), job.jobId(),
                baseUrl + PREFIX + job.path(), false);
    }

    @Override
    public List<HostAlias> hostAliases() {
        return List.of(new HostAlias(baseUrl + PREFIX, AtsType.BAMBOOHR));
    }

    @Override
    public Optional<PracticeResponse> handle(PracticeRequest request) {
        Matcher asset = ASSET.matcher(request.path());
        if (request.isGet() && asset.matches()) {
            return Optional.of(PracticeResponse.asset(BambooHrReplica.class, asset.group(1)));
        }
        Matcher opening = OPENING.matcher(request.path());
        if (!opening.matches()) {
            return Optional.empty();
        }
        Optional<BambooHrJob> job = BambooHrJobs.find(opening.group(1), opening.group(2));
        Optional<Varied<BambooHrJob>> varied = job.map(found -> vary(found, variants.of(found.jobId())));
        boolean apply = opening.group(3) != null;
        if (job.isEmpty() || failures.of(job.get().jobId()) == PracticeFailure.CLOSED) {
            return Optional.of(apply ? PracticeResponse.json(404, "{\"success\":false,\"message\":\""
                    + "This job is no longer accepting applications.\"}") : closed());
        }
        if (apply && request.isPost()) {
            return Optional.of(apply(varied.get(), request.form()));
        }
        return request.isGet() && !apply ? Optional.of(opening(varied.get().job())) : Optional.empty();
    }

    private PracticeResponse opening(BambooHrJob job) {
        StringBuilder form = new StringBuilder();
        job.fields().forEach(field -> form.append(BambooHrFormHtml.field(field)));
        return PracticeResponse.html(200, page.render(Map.of("title", job.title(), "company", job.companyName(),
                "location", job.location(), "description", job.descriptionHtml(), "fields", form.toString(),
                "action", PREFIX + job.path() + "/apply", "assets", PREFIX + "/assets")));
    }

    private static PracticeResponse closed() {
        return PracticeResponse.html(404, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Job Not Found</title></head><body><main class=\"CareersNotFound\"><h1>Hmm, this job isn't"
                + " available</h1><p>This job is no longer accepting applications. It may have been filled or"
                + " closed.</p></main></body></html>");
    }

    private PracticeResponse apply(Varied<BambooHrJob> varied, FormData form) {
        BambooHrJob job = varied.job();
        PracticeFailure failure = failures.of(job.jobId());
        if (failure == PracticeFailure.SERVER_ERROR) {
            return PracticeResponse.html(500, "<!DOCTYPE html><title>500</title><h1>Internal Server Error</h1>");
        }
        Map<String, String> errors = BambooHrValidation.errors(job, form);
        if (!errors.isEmpty()) {
            log.reject();
            return verdict(400, "Please fix the highlighted fields and try again.", errors);
        }
        switch (failure) {
            case REJECTED:
                log.reject();
                return verdict(400, "Oops! Something went wrong with your application.",
                        Map.of("email", "This email address could not be verified."));
            case CAPTCHA:
                if (RECAPTCHA_SOLVED.equals(form.value("g-recaptcha-response"))) {
                    break;
                }
                log.reject();
                return verdict(403, "We couldn't verify that you're not a robot (reCAPTCHA). Please try again.", Map.of(),
                        true);
            case ALREADY_APPLIED:
                log.reject();
                return verdict(409, "It looks like you've already applied for this position.", Map.of());
            default:
                break;
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        form.fields().forEach((name, values) -> {
            List<String> sent = values.stream().filter(value -> !value.isBlank()).toList();
            if (!sent.isEmpty()) {
                fields.put(name, sent);
            }
        });
        List<UploadedFile> files = form.files().stream().filter(file -> file.bytes().length > 0).toList();
        log.accept(new RecordedSubmission(AtsType.BAMBOOHR.apiValue(), job.jobId(), Instant.now(),
                varied.toStandard().standardise(fields), files));
        PracticeResponse success = PracticeResponse.json(200, "{\"success\":true}");
        return failure == PracticeFailure.NO_CONFIRMATION ? success.delayedBy(NEVER) : success;
    }

    private static PracticeResponse verdict(int status, String message, Map<String, String> errors) {
        return verdict(status, message, errors, false);
    }

    /** {@code captcha}: the page shows its reCAPTCHA challenge along with the message. */
    private static PracticeResponse verdict(int status, String message, Map<String, String> errors, boolean captcha) {
        ObjectNode answer = Json.mapper().createObjectNode().put("success", false).put("message", message);
        if (captcha) {
            answer.put("captcha", true);
        }
        ObjectNode fieldErrors = answer.putObject("errors");
        errors.forEach(fieldErrors::put);
        try {
            return PracticeResponse.json(status, Json.mapper().writeValueAsString(answer));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
