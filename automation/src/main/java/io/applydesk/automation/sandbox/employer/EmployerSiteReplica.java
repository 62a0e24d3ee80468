package io.applydesk.automation.sandbox.employer;

import io.applydesk.automation.sandbox.FormData;
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
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.HostAlias;

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

/**
 * Small employers' own careers sites, with no ATS behind them, under {@code /practice/careers}: plain HTML
 * forms at {@code /{company}/jobs/{slug}} whose paths name no ATS and which are aliased to no ATS host, so
 * only the page tells what they are. See {@link EmployerJobs} for the two forms; {@link #NO_FORM_PATH} is a
 * posting that asks for a CV by e-mail and has no form at all (not a practice job: nothing can be sent).
 *
 * <p>Failure states, as such sites show them: CLOSED (404 "no longer open"), SERVER_ERROR (500 on the POST),
 * REJECTED (422, the form again with an error summary and the email field marked {@code aria-invalid}),
 * NO_CONFIRMATION (recorded, then an ambiguous answer: a bare "OK" page or the empty form again), CAPTCHA (a
 * "verify you are human" page with a practice reCAPTCHA box; the application is held until a person ticks it and
 * presses "Continue", then handled as usual), ALREADY_APPLIED ("You have already applied").
 *
 * <p>Each job's form shows its {@link PracticeVariant} ({@link EmployerFormVariant}); what a varied form posts is
 * recorded in standard terms.
 *
 * <p>Thread-safe: the catalog and templates are immutable; variants live in {@link PracticeVariants}, held
 * applications in a concurrent map.
 */
public final class EmployerSiteReplica implements Replica, VariedForms<EmployerJob> {
    /** The path prefix: an employer's careers site, named after no ATS. */
    public static final String PREFIX = "/practice/careers";
    /** A posting that asks for applications by e-mail: the page has no application form. */
    public static final String NO_FORM_PATH = PREFIX + "/harbor-lane-books/jobs/bookseller";
    public static final String REJECTED_MESSAGE = "This email address cannot be used for an application.";
    public static final String ALREADY_APPLIED_MESSAGE = "You have already applied for this position.";
    /** What a NO_CONFIRMATION job answers on Fernleaf's site: nothing that says the application arrived. */
    static final String BARE_OK = "OK";
    /** The hidden field of the CAPTCHA page naming the application it holds until the challenge is solved. */
    public static final String TICKET = "challenge_ticket";
    /** The token the CAPTCHA page's practice reCAPTCHA box sends once a person ticks it. */
    public static final String RECAPTCHA_SOLVED = "practice-recaptcha-solved";

    private static final Pattern PAGE = Pattern.compile(PREFIX + "/([\\w-]+)/(?:jobs/([\\w-]+)(/apply)?|(thank-you))/?");
    private static final Pattern ASSET = Pattern.compile(PREFIX + "/assets/(employer\\.(?:css|js))");

    private final String baseUrl;
    private final SubmissionLog log;
    private final PracticeFailures failures;
    private final PracticeVariants variants;
    private final Template layout = Template.load(EmployerSiteReplica.class, "layout.html");
    private final Map<String, Template> forms = new LinkedHashMap<>();
    /** Applications held by the CAPTCHA page until the challenge is solved, by the ticket the page posts back. */
    private final Map<String, FormData> heldForChallenge = new ConcurrentHashMap<>();

    public EmployerSiteReplica(String baseUrl, SubmissionLog log, PracticeFailures failures,
                               PracticeVariants variants) {
        this.baseUrl = baseUrl;
        this.log = log;
        this.failures = failures;
        this.variants = variants;
        for (EmployerJob job : EmployerJobs.all()) {
            forms.put(job.jobSlug(), Template.load(EmployerSiteReplica.class, job.formTemplate()));
        }
    }

    /**
     * The job whose server expects the variant's field names (the form itself is varied when rendered, by
     * {@link EmployerFormVariant}); what it posts is renamed back to the standard form's names.
     */
    @Override
    public Varied<EmployerJob> vary(EmployerJob job, PracticeVariant variant) {
        VariantMapping toStandard = new VariantMapping();
        for (String name : EmployerFormVariant.names(formHtml(job, "", false))) {
            toStandard.rename(EmployerFormVariant.name(name, variant), name);
        }
        if (variant.addsExtraQuestion()) {
            toStandard.dropUnanswered(EmployerFormVariant.name(EmployerFormVariant.EXTRA_NAME, variant));
        }
        EmployerJob shown = new EmployerJob(job.companySlug(), job.companyName(), job.jobSlug(), job.title(),
                job.formTemplate(), job.requiredFields().stream().map(name -> EmployerFormVariant.name(name, variant))
                .toList(), EmployerFormVariant.name(job.resumeField(), variant), job.thankYouPage());
        return new Varied<>(shown, toStandard);
    }

    @Override
    public AtsType atsType() {
        return AtsType.UNKNOWN;
    }

    @Override
    public List<PracticeJob> jobs() {
        return EmployerJobs.all().stream()
                .map(job -> new PracticeJob(AtsType.UNKNOWN, job.companyName(), job.title(), job.jobSlug(),
                        baseUrl + job.path(), false))
                .toList();
    }

    /**
     * One alias of no ATS: the detector still has to read the page, but each employer's site keeps
     * the same job keys whatever port the practice server runs on.
     */
    @Override
    public List<HostAlias> hostAliases() {
        return List.of(new HostAlias(baseUrl + "/practice/careers", AtsType.UNKNOWN));
    }

    @Override
    public Optional<PracticeResponse> handle(PracticeRequest request) {
        String path = request.path();
        Matcher asset = ASSET.matcher(path);
        if (request.isGet() && asset.matches()) {
            return Optional.of(PracticeResponse.asset(EmployerSiteReplica.class, asset.group(1)));
        }
        if (request.isGet() && NO_FORM_PATH.equals(path)) {
            return Optional.of(page(200, "Bookseller – Harbor Lane Books", "Harbor Lane Books", """
                    <h1>Bookseller (part-time)</h1>
                    <p>Harbor Lane Books is looking for a friendly bookseller for weekend shifts.</p>
                    <h2>How to apply</h2>
                    <p>Send your CV and a few lines about your favourite books to
                    <a href="mailto:jobs@harborlane.example">jobs@harborlane.example</a>.</p>
                    <form class="newsletter" action="#" method="post"><label for="nl">Get our newsletter</label>
                    <input id="nl" type="email" name="newsletter_email"><button type="submit">Sign up</button></form>
                    """));
        }
        Matcher page = PAGE.matcher(path);
        if (!page.matches() || !(request.isGet() || request.isPost())) {
            return Optional.empty();
        }
        if (page.group(4) != null) {
            return request.isGet() ? Optional.of(thankYou(page.group(1))) : Optional.empty();
        }
        Optional<EmployerJob> found = EmployerJobs.find(page.group(1), page.group(2));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EmployerJob job = found.get();
        PracticeFailure failure = failures.of(job.jobSlug());
        boolean applyPath = page.group(3) != null;
        if (failure == PracticeFailure.CLOSED) {
            return Optional.of(page(404, "Position closed – " + job.companyName(), job.companyName(),
                    "<h1>This position is no longer open</h1><p>Thank you for your interest. Have a look at our "
                            + "other openings.</p>"));
        }
        if (request.isGet()) {
            return applyPath ? Optional.empty() : Optional.of(form(200, job, "", false));
        }
        // WHY: each form posts where its markup says; a POST elsewhere is a 404 as on a real site.
        if (applyPath != job.thankYouPage()) {
            return Optional.empty();
        }
        return Optional.of(apply(job, request.form(), failure));
    }

    private PracticeResponse apply(EmployerJob standard, FormData form, PracticeFailure failure) {
        PracticeVariant variant = variants.of(standard.jobSlug());
        Varied<EmployerJob> varied = vary(standard, variant);
        EmployerJob job = varied.job();
        if (failure == PracticeFailure.SERVER_ERROR) {
            return PracticeResponse.html(500, "<!DOCTYPE html><html><head><title>500 Internal Server Error</title>"
                    + "</head><body><h1>Internal Server Error</h1></body></html>");
        }
        if (failure == PracticeFailure.CAPTCHA) {
            String ticket = form.value(TICKET);
            FormData held = ticket.isBlank() ? form : heldForChallenge.remove(ticket);
            if (held == null) {
                return page(400, "Session expired", job.companyName(), "<h1>Your session has expired</h1>"
                        + "<p>Please go back to the job and apply again.</p>");
            }
            if (!RECAPTCHA_SOLVED.equals(form.value("g-recaptcha-response"))) {
                log.reject();
                return challenge(job, held);
            }
            form = held; // from here on, the application the challenge held
        }
        List<String> missing = new ArrayList<>();
        for (String name : job.requiredFields()) {
            if (form.value(name).isBlank()) {
                missing.add(name);
            }
        }
        Optional<UploadedFile> resume = form.files().stream().filter(f -> f.fieldName().equals(job.resumeField()))
                .findFirst();
        if (resume.isEmpty()) {
            missing.add(job.resumeField());
        }
        if (!missing.isEmpty() || failure == PracticeFailure.REJECTED) {
            log.reject();
            String problem = missing.isEmpty() ? REJECTED_MESSAGE
                    : "Please fill in every required field (missing: " + String.join(", ", missing) + ").";
            return form(422, job, "<div class=\"form-errors\" role=\"alert\"><p>We could not send your application:</p>"
                    + "<ul><li>" + Html.escape(problem) + "</li></ul></div>", missing.isEmpty());
        }
        if (failure == PracticeFailure.ALREADY_APPLIED) {
            log.reject();
            return page(200, job.title() + " – " + job.companyName(), job.companyName(),
                    "<h1>" + Html.escape(job.title()) + "</h1><p class=\"notice\">" + Html.escape(ALREADY_APPLIED_MESSAGE)
                            + "</p>");
        }
        List<UploadedFile> files = form.files().stream().map(file -> file.fieldName().equals(job.resumeField())
                ? new UploadedFile(standard.resumeField(), file.fileName(), file.contentType(), file.bytes()) : file)
                .toList();
        log.accept(new RecordedSubmission(AtsType.UNKNOWN.apiValue(), job.jobSlug(), Instant.now(),
                varied.toStandard().standardise(form.fields()), files));
        if (failure == PracticeFailure.NO_CONFIRMATION) {
            // Ambiguous answers real sites give: a bare "OK", or simply the empty form again.
            return job.thankYouPage() ? PracticeResponse.html(200, BARE_OK) : form(200, job, "", false);
        }
        if (job.thankYouPage()) {
            return PracticeResponse.redirect(PREFIX + "/" + job.companySlug() + "/thank-you");
        }
        return page(200, "Application received – " + job.companyName(), job.companyName(),
                "<h1>Application received</h1><p>Thanks! We've received your application for "
                        + Html.escape(job.title()) + " and will get back to you within two weeks.</p>");
    }

    /**
     * The "verify you are human" page: the site holds the application under a ticket until the practice reCAPTCHA
     * box (whose value is the token a solved challenge gives) is ticked and the page's form posted again.
     */
    private PracticeResponse challenge(EmployerJob job, FormData held) {
        String ticket = UUID.randomUUID().toString();
        heldForChallenge.put(ticket, held);
        return page(200, "Verify you are human", job.companyName(), """
                <h1>One more step</h1>
                <p>Please verify you are human before we accept your application.</p>
                <form action="%s" method="post" enctype="multipart/form-data">
                  <input type="hidden" name="%s" value="%s">
                  <div class="g-recaptcha" data-sitekey="practice-site-key">
                    <label><input type="checkbox" name="g-recaptcha-response" value="%s"> I'm not a robot</label>
                  </div>
                  <button type="submit">Continue</button>
                </form>
                """.formatted(Html.escape(action(job)), TICKET, ticket, RECAPTCHA_SOLVED));
    }

    /** Where the job's form posts: its own page, or {@code …/apply} where a thank-you page follows. */
    private static String action(EmployerJob job) {
        return job.thankYouPage() ? job.path() + "/apply" : job.path();
    }

    private PracticeResponse thankYou(String companySlug) {
        String company = EmployerJobs.all().stream().filter(j -> j.companySlug().equals(companySlug))
                .map(EmployerJob::companyName).findFirst().orElse(null);
        if (company == null) {
            return page(404, "Not found", "Careers", "<h1>Page not found</h1>");
        }
        return page(200, "Thank you – " + company, company,
                "<h1>Thank you for applying!</h1><p>Your application has reached our team. We read every one.</p>");
    }

    /** The job's form; {@code emailRejected} marks the email field invalid as the server's verdict. */
    private PracticeResponse form(int status, EmployerJob job, String notice, boolean emailRejected) {
        String form = EmployerFormVariant.show(formHtml(job, notice, emailRejected), variants.of(job.jobSlug()));
        return page(status, job.title() + " – " + job.companyName(), job.companyName(), form);
    }

    /** The job's standard form. */
    private String formHtml(EmployerJob job, String notice, boolean emailRejected) {
        return forms.get(job.jobSlug()).render(Map.of(
                "title", job.title(), "action", action(job),
                "notice", notice,
                "emailInvalid", emailRejected ? " aria-invalid=\"true\" aria-describedby=\"email-error\"" : "",
                "emailError", emailRejected ? "<span id=\"email-error\" class=\"field-error\">"
                        + Html.escape(REJECTED_MESSAGE) + "</span>" : ""));
    }

    private PracticeResponse page(int status, String title, String company, String body) {
        return PracticeResponse.html(status, layout.render(Map.of("title", title, "company", company, "body", body,
                "assets", PREFIX + "/assets")));
    }
}
