package io.applydesk.automation.sandbox.lever;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.applydesk.automation.sandbox.FormData;
import io.applydesk.automation.sandbox.Html;
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

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Lever's hosted job site (jobs.lever.co) under {@code /practice/lever}: the posting page
 * {@code /{site}/{postingId}}, its form at {@code …/apply} (POSTed back to the same URL), {@code …/thanks},
 * the resume parser {@code /parseResume} that autofills the contact fields (with its own, imperfect guesses)
 * and {@code /retrieveLocations} for the location autocomplete.
 *
 * <p>Failure states: CLOSED (404 on every page of the posting), SERVER_ERROR (500 on the POST), REJECTED
 * (error banner), NO_CONFIRMATION (accepted, then "Submitting…" forever), CAPTCHA (the hCaptcha challenge
 * shows instead of a token; a POST without a valid token is refused), ALREADY_APPLIED
 * ({@code .application-already-received}). Each posting shows its {@link PracticeVariant}; what a varied form
 * posts is recorded under the standard card ids and field numbers.
 *
 * <p>Thread-safe: the catalog is immutable, parsed resumes live in a concurrent map.
 */
public final class LeverReplica implements Replica, VariedForms<LeverJob> {
    /** The path prefix, mirroring the host {@code jobs.lever.co}. */
    public static final String PREFIX = "/practice/lever";
    /** How long parsing a resume takes: appliers must wait for the success span, not assume it. */
    static final Duration PARSE_DELAY = Duration.ofMillis(300);
    /** What the resume parser "reads" from any resume: close to the demo candidate, but not what they approved. */
    public static final Map<String, String> PARSED_CONTACT = Map.of(
            "name", "Jordan A. Rivera", "email", "jrivera@resume-parser.example",
            "phone", "(512) 555-0100", "org", "Bluebonnet Analytics Inc.");
    public static final String ALREADY_RECEIVED_MESSAGE =
            "It looks like you've already applied to this position. We've received your application.";
    public static final String REJECTED_MESSAGE =
            "There was a problem submitting your application: please check your email address.";
    public static final String CAPTCHA_MESSAGE = "Please complete the captcha to submit your application.";
    /** The suggestions of the location autocomplete. */
    static final List<String> PLACES = List.of("Austin, TX, United States", "Austin, MN, United States",
            "Berlin, Germany", "Boston, MA, United States", "Lisbon, Portugal", "London, United Kingdom",
            "San Francisco, CA, United States", "Seattle, WA, United States");

    private static final String SERVER_ERROR_PAGE = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>Error</title></head><body><h1>Internal Server Error</h1></body></html>\n";
    private static final Pattern ASSET = Pattern.compile(PREFIX + "/assets/((?:lever|hcaptcha)\\.(?:js|css))");
    private static final Pattern POSTING = Pattern.compile(PREFIX + "/([\\w-]+)/([0-9a-f-]{36})(/apply|/thanks)?/?");
    private static final Pattern TOKEN = Pattern.compile("P1_practice\\.[0-9a-f]{48}");

    private final String baseUrl;
    private final SubmissionLog log;
    private final PracticeFailures failures;
    private final PracticeVariants variants;
    private final Map<String, UploadedFile> resumes = new ConcurrentHashMap<>();
    private final Template postingPage = Template.load(LeverReplica.class, "posting.html");
    private final Template applyPage = Template.load(LeverReplica.class, "apply.html");
    private final Template thanksPage = Template.load(LeverReplica.class, "thanks.html");

    public LeverReplica(String baseUrl, SubmissionLog log, PracticeFailures failures, PracticeVariants variants) {
        this.baseUrl = baseUrl;
        this.log = log;
        this.failures = failures;
        this.variants = variants;
    }

    /**
     * Cards and their fields reordered, reworded (the work-authorization options too), under another
     * tenant's card ids, or with one more optional field; what they post is recorded under the standard
     * card ids, field numbers and base templates.
     */
    @Override
    public Varied<LeverJob> vary(LeverJob job, PracticeVariant variant) {
        VariantMapping toStandard = new VariantMapping();
        List<LeverCard> cards = new ArrayList<>();
        for (LeverCard card : variant.reorder(job.cards())) {
            LeverCard shown = new LeverCard(variant.uuid(card.id()), card.text(), List.of());
            List<LeverCard.Field> fields = new ArrayList<>();
            for (int standardIndex : variant.reorder(IntStream.range(0, card.fields().size()).boxed().toList())) {
                LeverCard.Field field = card.fields().get(standardIndex);
                List<String> options = new ArrayList<>();
                for (String option : field.options()) {
                    options.add(variant.rewordOption(field.text(), option));
                    toStandard.translate(variant.rewordOption(field.text(), option), option);
                }
                toStandard.rename(shown.fieldName(fields.size()), card.fieldName(standardIndex));
                fields.add(new LeverCard.Field(field.type(), variant.reword(field.text()), field.required(), options));
            }
            if (variant.addsExtraQuestion() && cards.size() == job.cards().size() - 1) {
                toStandard.dropUnanswered(shown.fieldName(fields.size()));
                fields.add(LeverCard.textarea(PracticeVariant.EXTRA_QUESTION_LABEL, false));
            }
            toStandard.rename(shown.baseTemplateName(), card.baseTemplateName())
                    .fix(card.baseTemplateName(), LeverForm.baseTemplate(card));
            cards.add(new LeverCard(shown.id(), card.text(), fields));
        }
        return new Varied<>(new LeverJob(job.site(), job.postingId(), job.companyName(), job.title(), job.location(),
                job.commitment(), job.team(), job.descriptionHtml(), cards, job.eeo()), toStandard);
    }

    @Override
    public AtsType atsType() {
        return AtsType.LEVER;
    }

    /** Each job's URL is its application form ({@code applyUrl}), where a candidate's link usually leads. */
    @Override
    public List<PracticeJob> jobs() {
        return LeverJobs.all().stream().map(this::practiceJob).toList();
    }

    /** The posting aliases: board-only postings answered with their template job's form. */
    @Override
    public List<PracticeJob> boardOnlyJobs() {
        return LeverJobs.aliases().stream().map(this::practiceJob).toList();
    }

    @Override
    public List<BoardPosting> boardPostings() {
        return Stream.concat(LeverJobs.all().stream(), LeverJobs.aliases().stream())
                .map(job -> BoardPosting.ofPracticeJob(
                        new Board(AtsType.LEVER, job.site(), job.companyName()),
                        job.postingId(), job.postingId(), job.title(), job.location(), baseUrl + PREFIX + job.path(),
                        baseUrl + PREFIX + job.path() + "/apply", job.descriptionHtml()))
                .toList();
    }

    private PracticeJob practiceJob(LeverJob job) {
        return new PracticeJob(AtsType.LEVER, job.companyName(), job.title(), job.postingId(),
                baseUrl + PREFIX + job.path() + "/apply", false);
    }

    @Override
    public List<HostAlias> hostAliases() {
        return List.of(new HostAlias(baseUrl + PREFIX, AtsType.LEVER));
    }

    @Override
    public Optional<PracticeResponse> handle(PracticeRequest request) {
        String path = request.path();
        Matcher asset = ASSET.matcher(path);
        if (request.isGet() && asset.matches()) {
            return Optional.of(PracticeResponse.asset(LeverReplica.class, asset.group(1)));
        }
        if (request.isPost() && (PREFIX + "/parseResume").equals(path)) {
            return Optional.of(parseResume(request.form()));
        }
        if (request.isGet() && (PREFIX + "/retrieveLocations").equals(path)) {
            return Optional.of(places(request.queryParameter("text")));
        }
        Matcher posting = POSTING.matcher(path);
        if (!posting.matches() || !(request.isGet() || request.isPost())) {
            return Optional.empty();
        }
        Optional<LeverJob> found = LeverJobs.find(posting.group(1), posting.group(2));
        PracticeFailure failure = found.map(job -> failures.of(job.postingId())).orElse(PracticeFailure.NONE);
        if (found.isEmpty() || failure == PracticeFailure.CLOSED) {
            return Optional.of(notFound());
        }
        PracticeVariant variant = variants.of(found.get().postingId());
        Varied<LeverJob> varied = vary(found.get(), variant);
        LeverJob job = varied.job();
        String page = posting.group(3) == null ? "" : posting.group(3);
        if (request.isPost()) {
            return "/apply".equals(page) ? Optional.of(apply(varied, variant, request.form(), failure))
                    : Optional.empty();
        }
        return Optional.of(switch (page) {
            case "/apply" -> PracticeResponse.html(200, render(job, variant, "", failure));
            case "/thanks" -> PracticeResponse.html(200, thanksPage.render(Map.of(
                    "title", job.title(), "company", job.companyName(), "assets", PREFIX + "/assets")));
            default -> PracticeResponse.html(200, postingPage.render(slots(job, Map.of(
                    "description", job.descriptionHtml(), "applyUrl", PREFIX + job.path() + "/apply"))));
        });
    }

    /** The application POST: checked like the real server, then answered as the job's failure state says. */
    private PracticeResponse apply(Varied<LeverJob> varied, PracticeVariant variant, FormData form,
                                   PracticeFailure failure) {
        LeverJob job = varied.job();
        if (failure == PracticeFailure.SERVER_ERROR) {
            return PracticeResponse.html(500, SERVER_ERROR_PAGE);
        }
        List<String> errors = new ArrayList<>();
        if (!TOKEN.matcher(form.value("h-captcha-response")).matches()) {
            errors.add(CAPTCHA_MESSAGE);
        }
        errors.addAll(LeverValidation.problems(job, form, resumes::containsKey));
        if (errors.isEmpty() && failure == PracticeFailure.REJECTED) {
            errors.add(REJECTED_MESSAGE);
        }
        if (errors.isEmpty() && failure == PracticeFailure.ALREADY_APPLIED) {
            log.reject();
            return PracticeResponse.html(200, applyPage.render(slots(job, Map.of(
                    "notice", "<div class=\"application-already-received\" role=\"alert\">"
                            + Html.escape(ALREADY_RECEIVED_MESSAGE) + "</div>",
                    "form", "", "challenge", "false"))));
        }
        if (!errors.isEmpty()) {
            log.reject();
            return PracticeResponse.html(200, render(job, variant, errorBanner(errors), failure));
        }
        List<UploadedFile> files = new ArrayList<>();
        UploadedFile resume = resumes.get(form.value("resumeStorageId"));
        files.add(new UploadedFile("resume", resume.fileName(), resume.contentType(), resume.bytes()));
        files.addAll(form.files());
        log.accept(new RecordedSubmission(AtsType.LEVER.apiValue(), job.postingId(), Instant.now(),
                varied.toStandard().standardise(form.fields()), files));
        if (failure == PracticeFailure.NO_CONFIRMATION) {
            return PracticeResponse.html(200, applyPage.render(slots(job, Map.of(
                    "notice", "<p class=\"application-submitting\">Submitting…</p>", "form", "",
                    "challenge", "false"))));
        }
        return PracticeResponse.redirect(PREFIX + job.path() + "/thanks");
    }

    private String render(LeverJob job, PracticeVariant variant, String notice, PracticeFailure failure) {
        return applyPage.render(slots(job, Map.of("notice", notice, "form", new LeverForm(job, variant).render(),
                "challenge", String.valueOf(failure == PracticeFailure.CAPTCHA))));
    }

    private static Map<String, String> slots(LeverJob job, Map<String, String> extra) {
        Map<String, String> slots = new LinkedHashMap<>(extra);
        slots.put("title", job.title());
        slots.put("company", job.companyName());
        slots.put("location", job.location());
        slots.put("team", job.team());
        slots.put("commitment", job.commitment());
        slots.put("assets", PREFIX + "/assets");
        slots.put("postingUrl", PREFIX + job.path());
        return slots;
    }

    private static String errorBanner(List<String> errors) {
        StringBuilder html = new StringBuilder("<div class=\"application-error\" role=\"alert\"><ul>");
        errors.forEach(error -> html.append("<li>").append(Html.escape(error)).append("</li>"));
        return html.append("</ul></div>").toString();
    }

    /** Stores the resume and answers what the parser read from it, a moment later. */
    private PracticeResponse parseResume(FormData form) {
        List<UploadedFile> files = form.files();
        if (files.isEmpty()) {
            return PracticeResponse.json(400, "{\"error\":\"No resume was received.\"}");
        }
        UploadedFile file = files.get(0);
        String storageId = UUID.randomUUID().toString();
        resumes.put(storageId, file);
        Map<String, String> answer = new LinkedHashMap<>(PARSED_CONTACT);
        answer.put("resumeStorageId", storageId);
        return json(answer).delayedBy(PARSE_DELAY);
    }

    private static PracticeResponse places(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        List<Map<String, String>> matches = PLACES.stream()
                .filter(place -> !wanted.isEmpty() && place.toLowerCase(Locale.ROOT).contains(wanted))
                .map(place -> Map.of("name", place,
                        "id", UUID.nameUUIDFromBytes(place.getBytes(StandardCharsets.UTF_8)).toString()))
                .toList();
        return json(matches);
    }

    private static PracticeResponse json(Object value) {
        try {
            return PracticeResponse.json(200, Json.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PracticeResponse notFound() {
        return PracticeResponse.html(404, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Not found – 404 error</title></head><body><div class=\"content\">"
                + "<h2>Sorry, we couldn't find "
                + "anything here</h2><p>The job posting you're looking for might have closed, or it has been "
                + "removed.</p></div></body></html>");
    }

}
