package io.applydesk.automation.sandbox.recruitee;

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
 * Recruitee careers sites ({@code {company}.recruitee.com}, ATS-REFERENCE.md §8) under {@code /practice/recruitee},
 * the first path segment standing for the sub-domain: the offer {@code /{company}/o/{slug}}, its form
 * {@code …/o/{slug}/c/new}, and {@code /{company}/api/offers/{slug}/candidates}, where {@code recruitee.js} posts the
 * form as multipart (answers 201 with the candidate, or 422 with errors by field). The offer's
 * {@code options_phone}, {@code options_cover_letter} and {@code options_cv} decide which fields show and are required.
 *
 * <p>Failure states: CLOSED (404 on the pages and the API), REJECTED (422: invalid email), SERVER_ERROR (500: the
 * script only shows a "try again" message, no verdict), NO_CONFIRMATION (recorded, the answer never comes),
 * ALREADY_APPLIED (422 with a {@code base} error). Recruitee's bot protection is not documented (§8), so there is
 * no CAPTCHA state.
 *
 * <p>Each offer shows its {@link PracticeVariant}: open questions with another company's ids, reordered, reworded, one
 * more optional question; the {@code candidate[…]} names are Recruitee's own and stay. What a varied form posts is
 * recorded in standard terms.
 *
 * <p>Thread-safe: the catalog is immutable; variants live in {@link PracticeVariants}; nothing else is kept but the
 * shared log.
 */
public final class RecruiteeReplica implements Replica, VariedForms<RecruiteeOffer> {
    /** The path prefix; its first segment after it is the careers site's sub-domain. */
    public static final String PREFIX = "/practice/recruitee";
    public static final String BLANK = "can't be blank";
    public static final String INVALID_EMAIL = "is invalid";
    public static final String ALREADY_APPLIED_MESSAGE = "You have already applied for this job.";
    /** Long enough that the applier gives up waiting (NO_CONFIRMATION). */
    static final Duration NEVER = Duration.ofMinutes(5);
    /** The open-question id of {@link PracticeVariant#EXTRA_QUESTION_LABEL}. */
    private static final long EXTRA_QUESTION_ID = 990001L;

    private static final Pattern ASSET = Pattern.compile(PREFIX + "/assets/(recruitee\\.(?:js|css))");
    private static final Pattern OFFER = Pattern.compile(PREFIX + "/([\\w-]+)/o/([\\w-]+)(/c/new)?/?");
    private static final Pattern CANDIDATES = Pattern.compile(PREFIX + "/([\\w-]+)/api/offers/([\\w-]+)/candidates");

    private final String baseUrl;
    private final SubmissionLog log;
    private final PracticeFailures failures;
    private final PracticeVariants variants;
    private final Template offerPage = Template.load(RecruiteeReplica.class, "offer.html");

    public RecruiteeReplica(String baseUrl, SubmissionLog log, PracticeFailures failures, PracticeVariants variants) {
        this.baseUrl = baseUrl;
        this.log = log;
        this.failures = failures;
        this.variants = variants;
    }

    /**
     * Open questions reordered, reworded (their options too), with another company's question ids, or with one
     * more optional question; their answers ({@code …attributes][i]…}, by position) are keyed back to the
     * standard positions and ids.
     */
    @Override
    public Varied<RecruiteeOffer> vary(RecruiteeOffer offer, PracticeVariant variant) {
        VariantMapping toStandard = new VariantMapping();
        List<RecruiteeQuestion> questions = new ArrayList<>();
        List<RecruiteeQuestion> standard = offer.questions();
        for (RecruiteeQuestion question : variant.reorder(standard)) {
            long id = variant.id(question.id());
            List<String> options = new ArrayList<>();
            for (String option : question.options()) {
                String shown = variant.rewordOption(question.body(), option);
                options.add(shown);
                toStandard.translate(shown, option);
            }
            toStandard.rename(answer(questions.size()), answer(standard.indexOf(question)))
                    .translate(String.valueOf(id), String.valueOf(question.id()));
            questions.add(new RecruiteeQuestion(id, question.kind(), variant.reword(question.body()),
                    question.required(), options));
        }
        if (variant.addsExtraQuestion()) {
            String extra = answer(questions.size());
            questions.add(RecruiteeQuestion.text(EXTRA_QUESTION_ID, PracticeVariant.EXTRA_QUESTION_LABEL, false));
            toStandard.drop(extra + "[open_question_id]").dropUnanswered(extra);
        }
        return new Varied<>(new RecruiteeOffer(offer.company(), offer.slug(), offer.companyName(), offer.title(),
                offer.location(), offer.descriptionHtml(), offer.splitName(), offer.phone(), offer.coverLetter(),
                offer.cv(), questions), toStandard);
    }

    /** The name prefix of the answer at this position of the form. */
    private static String answer(int index) {
        return RecruiteeForm.ANSWERS + "[" + index + "]";
    }

    @Override
    public AtsType atsType() {
        return AtsType.RECRUITEE;
    }

    /** Each job's URL is its application form ({@code careers_apply_url} in the offers API); the id is the slug. */
    @Override
    public List<PracticeJob> jobs() {
        return RecruiteeOffers.all().stream().map(this::practiceJob).toList();
    }

    /** The posting aliases: board-only postings answered with their template job's form. */
    @Override
    public List<PracticeJob> boardOnlyJobs() {
        return RecruiteeOffers.aliases().stream().map(this::practiceJob).toList();
    }

    @Override
    public List<BoardPosting> boardPostings() {
        return Stream.concat(RecruiteeOffers.all().stream(), RecruiteeOffers.aliases().stream())
                .map(offer -> BoardPosting.ofPracticeJob(
                        new Board(AtsType.RECRUITEE, offer.company(), offer.companyName()),
                        offer.slug(), offer.slug(), offer.title(), offer.location(), baseUrl + PREFIX + offer.path(),
                        baseUrl + PREFIX + offer.path() + "/c/new", offer.descriptionHtml()))
                .toList();
    }

    private PracticeJob practiceJob(RecruiteeOffer offer) {
        return new PracticeJob(AtsType.RECRUITEE, offer.companyName(), offer.title(), offer.slug(),
                baseUrl + PREFIX + offer.path() + "/c/new", false);
    }

    @Override
    public List<HostAlias> hostAliases() {
        return List.of(new HostAlias(baseUrl + PREFIX, AtsType.RECRUITEE));
    }

    @Override
    public Optional<PracticeResponse> handle(PracticeRequest request) {
        String path = request.path();
        Matcher asset = ASSET.matcher(path);
        if (request.isGet() && asset.matches()) {
            return Optional.of(PracticeResponse.asset(RecruiteeReplica.class, asset.group(1)));
        }
        Matcher candidates = CANDIDATES.matcher(path);
        if (request.isPost() && candidates.matches()) {
            Optional<RecruiteeOffer> offer = open(candidates.group(1), candidates.group(2));
            return Optional.of(offer.isEmpty() ? PracticeResponse.json(404, "{\"error\":\"Not found\"}")
                    : apply(vary(offer.get(), variants.of(offer.get().slug())), request.form()));
        }
        Matcher page = OFFER.matcher(path);
        if (request.isGet() && page.matches()) {
            Optional<RecruiteeOffer> offer = open(page.group(1), page.group(2));
            return Optional.of(offer.isEmpty() ? notFound() : render(offer.get(), page.group(3) != null));
        }
        return Optional.empty();
    }

    /** The offer, unless it is unknown or closed. */
    private Optional<RecruiteeOffer> open(String company, String slug) {
        return RecruiteeOffers.find(company, slug).filter(offer -> failures.of(offer.slug()) != PracticeFailure.CLOSED);
    }

    private PracticeResponse render(RecruiteeOffer standard, boolean form) {
        PracticeVariant variant = variants.of(standard.slug());
        RecruiteeOffer offer = vary(standard, variant).job();
        String base = PREFIX + offer.path();
        String body = form
                ? RecruiteeForm.render(offer, variant, PREFIX + "/" + offer.company() + "/api/offers/" + offer.slug() + "/candidates")
                : "<div class=\"description\">" + offer.descriptionHtml() + "</div><a class=\"apply-button\" href=\""
                        + base + "/c/new\">Apply for this job</a>";
        return PracticeResponse.html(200, offerPage.render(Map.of("title", offer.title(), "company", offer.companyName(),
                "location", offer.location(), "assets", PREFIX + "/assets", "offerUrl", base, "body", body)));
    }

    /** The candidates POST: checked like the real API, then answered as the offer's failure state says. */
    private PracticeResponse apply(Varied<RecruiteeOffer> varied, FormData form) {
        RecruiteeOffer offer = varied.job();
        PracticeFailure failure = failures.of(offer.slug());
        if (failure == PracticeFailure.SERVER_ERROR) {
            return PracticeResponse.json(500, "{\"error\":\"Internal server error\"}");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        for (RecruiteeForm.Standard field : RecruiteeForm.standard(offer)) {
            if (field.required() && form.value(field.name()).isBlank()) {
                errors.put(field.key(), BLANK);
            }
        }
        List<UploadedFile> cv = form.files().stream().filter(file -> "candidate[cv]".equals(file.fieldName())
                && file.bytes().length > 0).toList();
        if (offer.cv().required() && cv.isEmpty()) {
            errors.put("cv", BLANK);
        }
        for (int i = 0; i < offer.questions().size(); i++) {
            RecruiteeQuestion question = offer.questions().get(i);
            String content = form.value(RecruiteeForm.contentName(i));
            boolean sameQuestion = String.valueOf(question.id()).equals(form.value(RecruiteeForm.questionIdName(i)));
            if (!sameQuestion || (question.required() && content.isBlank())
                    || (!question.options().isEmpty() && !content.isBlank() && !question.options().contains(content))) {
                errors.put("open_question_" + question.id(), BLANK);
            }
        }
        if (errors.isEmpty() && failure == PracticeFailure.REJECTED) {
            errors.put("email", INVALID_EMAIL);
        }
        if (errors.isEmpty() && failure == PracticeFailure.ALREADY_APPLIED) {
            errors.put("base", ALREADY_APPLIED_MESSAGE);
        }
        if (!errors.isEmpty()) {
            log.reject();
            ObjectNode answer = Json.mapper().createObjectNode();
            ObjectNode byField = answer.putObject("errors");
            errors.forEach((key, message) -> byField.putArray(key).add(message));
            return PracticeResponse.json(422, json(answer));
        }
        log.accept(new RecordedSubmission(AtsType.RECRUITEE.apiValue(), offer.slug(), Instant.now(),
                varied.toStandard().standardise(form.fields()), form.files()));
        ObjectNode answer = Json.mapper().createObjectNode();
        answer.putObject("candidate").put("id", Math.abs(form.value("candidate[email]").hashCode()))
                .put("offer_slug", offer.slug());
        PracticeResponse created = PracticeResponse.json(201, json(answer));
        return failure == PracticeFailure.NO_CONFIRMATION ? created.delayedBy(NEVER) : created;
    }

    private static PracticeResponse notFound() {
        return PracticeResponse.html(404, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Page not found</title></head><body><main class=\"not-found\"><h1>Oops, this job offer is "
                + "no longer available</h1><p>It may have been filled or closed.</p></main></body></html>");
    }

    private static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
