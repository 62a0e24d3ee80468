package io.applydesk.automation.engine;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import io.applydesk.automation.ats.ApplicationForm;
import io.applydesk.automation.ats.AtsAdapter;
import io.applydesk.automation.ats.AtsAdapters;
import io.applydesk.automation.ats.AtsDetector;
import io.applydesk.automation.ats.Detection;
import io.applydesk.automation.ats.SubmitResult;
import io.applydesk.automation.browser.PerThreadBrowsers;
import io.applydesk.automation.evidence.EvidenceRecorder;
import io.applydesk.core.answer.AnswerResolver;
import io.applydesk.core.answer.QuestionType;
import io.applydesk.core.application.AnsweredQuestion;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.PendingQuestion;
import io.applydesk.core.application.Provenance;
import io.applydesk.core.engine.ApplicationEngine;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import io.applydesk.core.engine.ApplyRequest;
import io.applydesk.core.engine.EngineListener;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.job.PracticeSite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Applies with Playwright in a real Chromium-family browser: a new browser context per application
 * on the calling worker thread's own browser; detect the ATS, fill from the profile and answer bank
 * only, stop with NEEDS_INPUT when a required question has no approved answer, capture evidence,
 * then stop for review or submit and wait for the confirmation. A screenshot and a trace are kept
 * on failure. A submit click without a verdict ends UNCONFIRMED, never FAILED, so it is not retried.
 * In a visible window, a captcha or e-mailed code the form lets a person finish is handed to the
 * candidate ({@link EngineSettings#handOffTimeout()}) and the engine waits for their submit's confirmation.
 * In practice mode ({@link EngineSettings#practiceSite()}) it opens only the practice server's jobs (a link an
 * earlier start of the server stored moves to the server as it runs now), and its browser reaches nothing else.
 *
 * <p>{@link #apply} may be called from several worker threads at once (one browser each) and never
 * throws. {@link #close} must be called once no application is running.
 */
public final class PlaywrightApplicationEngine implements ApplicationEngine {
    private static final Logger LOG = LoggerFactory.getLogger(PlaywrightApplicationEngine.class);

    private final EngineSettings settings;
    private final PerThreadBrowsers browsers;
    private final AtsDetector detector;
    private final AtsAdapters adapters;
    private final FormFiller filler;

    public PlaywrightApplicationEngine(EngineSettings settings) {
        this(settings, new AnswerResolver());
    }

    /** @param resolver the answer resolver (tests pass one with a fixed clock) */
    public PlaywrightApplicationEngine(EngineSettings settings, AnswerResolver resolver) {
        this.settings = settings;
        this.browsers = new PerThreadBrowsers(settings.browserExecutable(), settings.headless());
        this.detector = new AtsDetector(JobLinkParser.forMode(settings.practiceSite()));
        this.adapters = AtsAdapters.all(settings.atsAccounts());
        this.filler = new FormFiller(resolver);
    }

    @Override
    public ApplyOutcome apply(ApplyRequest request, EngineListener listener) {
        EvidenceRecorder evidence = new EvidenceRecorder(request.evidenceDir(), settings.captureEvidence());
        AtsType ats = request.job().atsType();
        if (request.resume() == null || !Files.isReadable(request.resume())) {
            return ApplyOutcome.failed(ats, ErrorCode.RESUME_DOWNLOAD_FAILED,
                    "The resume file " + request.resume() + " could not be read.", evidence.evidence());
        }
        // In practice mode a link an earlier start stored opens on the server as it runs now, and one off the
        // practice site (stored before sessions refused them) is not opened at all.
        PracticeSite practice = settings.practiceSite();
        URI target = practice == null ? request.job().uri() : practice.current(request.job().uri());
        if (practice != null && !practice.hosts(target.toString())) {
            String message = PracticeSite.offSite(request.job().uri().toString());
            listener.log(message);
            return ApplyOutcome.failed(ats, ErrorCode.INVALID_JOB_URL, message, evidence.evidence());
        }
        BrowserContext context = null;
        Page page = null;
        boolean keepTrace = false;
        try {
            Browser browser = browsers.browser();
            context = practice == null ? browser.newContext() : confinedContext(browser, practice);
            context.setDefaultTimeout(settings.actionTimeout().toMillis());
            context.setDefaultNavigationTimeout(settings.navigationTimeout().toMillis());
            evidence.startTrace(context);
            page = context.newPage();
            Attempt attempt = new Attempt(request, target.toString(),
                    new SnapshottingListener(listener, page, System::nanoTime), evidence, page);
            ApplyOutcome outcome = attempt.run();
            keepTrace = outcome.status() == ApplicationStatus.FAILED || outcome.status() == ApplicationStatus.UNCONFIRMED;
            if (outcome.status() == ApplicationStatus.FAILED) {
                evidence.failure(page);
            }
            return outcome;
        } catch (TimeoutError e) {
            keepTrace = true;
            return failure(request, listener, evidence, page, ats, ErrorCode.WORKER_TIMEOUT,
                    "The job site did not answer in time while ApplyDesk was filling the form (" + firstLine(e)
                            + "); nothing was submitted. You can retry it later.", e);
        } catch (ApplyDeskException e) {
            keepTrace = true;
            return failure(request, listener, evidence, page, ats, e.code(), e.getMessage(), e);
        } catch (PlaywrightException e) {
            keepTrace = true;
            return failure(request, listener, evidence, page, ats, ErrorCode.FORM_FILL_FAILED,
                    "The browser could not complete the application form: " + firstLine(e), e);
        } catch (RuntimeException e) {
            keepTrace = true;
            return failure(request, listener, evidence, page, ats, ErrorCode.FORM_FILL_FAILED,
                    "Something unexpected went wrong while filling the application form: " + e, e);
        } finally {
            if (context != null) {
                evidence.stopTrace(context, keepTrace);
                closeQuietly(context);
            }
        }
    }

    /**
     * Practice mode's browser context, confined to the practice server: every request elsewhere (a link followed,
     * a page's image or script, a form posted elsewhere) is aborted before it leaves, so no real employer receives
     * practice data. Service workers are blocked, as their requests would pass by the route. (Playwright routes no
     * redirect's next hop; the practice server redirects only within itself.)
     */
    private static BrowserContext confinedContext(Browser browser, PracticeSite practice) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setServiceWorkers(ServiceWorkerPolicy.BLOCK));
        context.route(practice.elsewhere(), route -> route.abort("blockedbyclient"));
        return context;
    }

    private ApplyOutcome failure(ApplyRequest request, EngineListener listener, EvidenceRecorder evidence, Page page,
                                 AtsType ats, ErrorCode code, String message, Exception cause) {
        LOG.warn("Application {} failed: {}", request.applicationId(), message, cause);
        listener.log("Failed: " + message);
        evidence.failure(page);
        return ApplyOutcome.failed(ats, code, message, evidence.evidence());
    }

    /** One application's steps on one page. */
    private final class Attempt {
        private final ApplyRequest request;
        /** Where the job is opened: its link, in practice mode on the practice server as it runs now. */
        private final String url;
        private final EngineListener listener;
        private final EvidenceRecorder evidence;
        private final Page page;

        Attempt(ApplyRequest request, String url, EngineListener listener, EvidenceRecorder evidence, Page page) {
            this.request = request;
            this.url = url;
            this.listener = listener;
            this.evidence = evidence;
            this.page = page;
        }

        ApplyOutcome run() {
            listener.log("Opening " + url);
            Response response;
            try {
                response = page.navigate(url);
            } catch (TimeoutError e) {
                return tooSlowToOpen(e);
            }
            Detection detection = detector.detect(page, settings.actionTimeout());
            AtsType ats = detection.atsType();
            AtsAdapter adapter = detection.recognisedForm().flatMap(adapters::forForm).orElse(null);
            if (adapter == null) {
                if (isServerError(response)) {
                    return siteDown(ats, response.status());
                }
                return isGone(response) ? postingClosed(ats, response.status()) : notSupported(detection);
            }
            listener.log("Found a " + adapter.form().displayName() + " application form");
            ApplicationForm form = adapter.open(page);
            form.postingHeader().ifPresent(header -> listener.postingSeen(header.title(), header.companyName()));
            String email = request.profile().personalInformation() == null ? null
                    : request.profile().personalInformation().email();
            Optional<SubmitResult> wall = form.signIn(request.job(), email);
            if (wall.isPresent()) {
                return verdict(ats, wall.get(), List.of());
            }
            List<AnsweredQuestion> answered = new ArrayList<>();
            boolean resumeAttached = false;
            do {
                answered.addAll(form.fillProfileSections(request.profile()));
                FormFiller.Result filled = filler.fill(form, request.profile(), request.answerBank());
                answered.addAll(filled.answered());
                if (!filled.pending().isEmpty()) {
                    // WHY it is still "nothing submitted" on a multi-page form: pages already left were
                    // saved as a draft on the site (as a person moving through the wizard saves them),
                    // but the application itself is only sent by submit(), which is never reached.
                    return needsInput(ats, new FormFiller.Result(answered, filled.pending()));
                }
                if (!resumeAttached && form.resumeOnThisPage()) {
                    listener.log("Uploading resume " + request.resume().getFileName());
                    form.uploadResume(request.resume());
                    resumeAttached = true;
                }
            } while (form.nextStep());
            List<AnsweredQuestion> answers = withResume(answered);
            evidence.filledForm(page);
            evidence.answers(request.applicationId(), url, ats.apiValue(), request.resume(), answers, List.of());
            listener.log("Filled " + answers.size() + " fields");
            if (request.mode() == ApplyMode.REVIEW) {
                listener.log("Stopped before submitting, for your review");
                return new ApplyOutcome(ApplicationStatus.AWAITING_REVIEW, ats, null, null, null, answers, List.of(),
                        evidence.evidence());
            }
            listener.beforeSubmit();
            listener.log("Submitting");
            SubmitResult result;
            try (SubmitWatch watch = SubmitWatch.start(page)) {
                try {
                    result = form.submit(settings.confirmationTimeout());
                } catch (PlaywrightException e) {
                    return unconfirmed(ats, answers, watch, e);
                }
                // WHY: a page may show a 5xx answer as an ordinary error ("Something went wrong"), but the
                // server may have stored the application before it broke: never FAILED, which is retried.
                if (!(result instanceof SubmitResult.Confirmed) && watch.serverError().isPresent()) {
                    return serverError(ats, answers, watch.serverError().getAsInt());
                }
                if ((result instanceof SubmitResult.Blocked || result instanceof SubmitResult.NeedsCandidate)
                        && settings.handsOff() && form.letsCandidateFinish()) {
                    int sentBefore = watch.sentCount();
                    Optional<SubmitResult.Confirmed> finished = handOff(form, result);
                    if (finished.isPresent()) {
                        return confirmed(ats, answers, finished.get(), true);
                    }
                    if (watch.sentCount() > sentBefore) {
                        return submittedByCandidateUnconfirmed(ats, answers);
                    }
                }
            }
            return verdict(ats, result, answers);
        }

        /** The outcome for what the site answered (to the submit click, or already at its account wall). */
        private ApplyOutcome verdict(AtsType ats, SubmitResult result, List<AnsweredQuestion> answers) {
            if (result instanceof SubmitResult.Confirmed confirmed) {
                return confirmed(ats, answers, confirmed, false);
            }
            if (result instanceof SubmitResult.Blocked blocked) {
                String message = "The job site blocked the automated application: " + blocked.message()
                        + " Nothing was accepted; apply on the site yourself.";
                listener.log(message);
                return new ApplyOutcome(ApplicationStatus.FAILED, ats, null, ErrorCode.ATS_BLOCKED, message,
                        answers, List.of(), evidence.evidence());
            }
            if (result instanceof SubmitResult.NeedsCandidate step) {
                // WHY NEEDS_INPUT: a one-time code or link only the candidate receives; ATS_BLOCKED says what stopped it.
                String message = step.message() + " Nothing was accepted; the candidate has to finish this step.";
                listener.log("Needs your input: " + step.question());
                return new ApplyOutcome(ApplicationStatus.NEEDS_INPUT, ats, null, ErrorCode.ATS_BLOCKED, message, answers,
                        List.of(new PendingQuestion(step.question(), QuestionType.TEXT.apiValue(), List.of(), true)),
                        evidence.evidence());
            }
            if (result instanceof SubmitResult.AlreadyApplied duplicate) {
                String message = "The job site says you have already applied to this job: " + duplicate.message();
                listener.log(message);
                return new ApplyOutcome(ApplicationStatus.SKIPPED, ats, null, ErrorCode.DUPLICATE_APPLICATION, message,
                        answers, List.of(), evidence.evidence());
            }
            if (result instanceof SubmitResult.Unrecognised unrecognised) {
                // WHY UNCONFIRMED: the site may have stored it; retrying could apply twice (PRODUCT.md).
                return unconfirmed(ats, answers, ErrorCode.FORM_FILL_FAILED,
                        "ApplyDesk submitted the application, but the site showed no recognisable confirmation ("
                                + unrecognised.whatWasShown() + "). Check with the employer before applying again.");
            }
            List<String> messages = ((SubmitResult.Rejected) result).messages();
            String message = "The job site did not accept the application: " + String.join("; ", messages);
            listener.log(message);
            return new ApplyOutcome(ApplicationStatus.FAILED, ats, null, ErrorCode.FORM_FILL_FAILED, message,
                    answers, List.of(), evidence.evidence());
        }

        private ApplyOutcome confirmed(AtsType ats, List<AnsweredQuestion> answers, SubmitResult.Confirmed confirmed,
                                       boolean candidateStepped) {
            evidence.confirmation(page);
            listener.log((candidateStepped ? "You finished the job site's step in the browser window. " : "")
                    + "Confirmed: " + confirmed.confirmationUrl());
            return new ApplyOutcome(ApplicationStatus.SUCCESS, ats, confirmed.confirmationUrl(), null, null,
                    answers, List.of(), evidence.evidence());
        }

        /**
         * The candidate submitted in the window during the hand-off but no confirmation came: the site may
         * have the application, so neither "nothing was accepted" nor a retry would be honest.
         */
        private ApplyOutcome submittedByCandidateUnconfirmed(AtsType ats, List<AnsweredQuestion> answers) {
            return unconfirmed(ats, answers, ErrorCode.WORKER_TIMEOUT, "The application was submitted again in the"
                    + " browser window, but the job site showed no confirmation within "
                    + describe(settings.handOffTimeout()) + "; it may or may not have received the application."
                    + " Check with the employer before applying again.");
        }

        /** The job's page did not load in time: nothing was filled or sent. */
        private ApplyOutcome tooSlowToOpen(TimeoutError e) {
            LOG.warn("Application {}: the job page did not load in time", request.applicationId(), e);
            String message = "The job site did not answer within " + describe(settings.navigationTimeout())
                    + "; nothing was submitted. You can retry it later.";
            listener.log(message);
            return ApplyOutcome.failed(request.job().atsType(), ErrorCode.WORKER_TIMEOUT, message, evidence.evidence());
        }

        /**
         * The submit click may have reached the site but no verdict was seen: never reported as FAILED,
         * which could be retried and apply twice; the candidate decides (PRODUCT.md, UNCONFIRMED).
         */
        private ApplyOutcome unconfirmed(AtsType ats, List<AnsweredQuestion> answers, SubmitWatch watch,
                                         PlaywrightException e) {
            if (watch.serverError().isPresent()) {
                return serverError(ats, answers, watch.serverError().getAsInt());
            }
            LOG.warn("Application {}: no confirmation after submit", request.applicationId(), e);
            String message = watch.awaitingAnswer()
                    ? "ApplyDesk clicked submit but the job site did not answer within "
                            + describe(settings.confirmationTimeout())
                            + "; it may or may not have received the application."
                    : "ApplyDesk clicked submit but the job site showed neither a confirmation nor an error"
                            + (e instanceof TimeoutError ? " in time" : "") + ".";
            return unconfirmed(ats, answers, ErrorCode.WORKER_TIMEOUT,
                    message + " Check with the employer before applying again.");
        }

        /**
         * A 5xx answer to the submit. FORM_FILL_FAILED, not WORKER_TIMEOUT: the site did answer, in time,
         * but its handling of the submitted form broke (apply-api-facts.md, processing errors).
         */
        private ApplyOutcome serverError(AtsType ats, List<AnsweredQuestion> answers, int status) {
            LOG.warn("Application {}: HTTP {} after submit", request.applicationId(), status);
            return unconfirmed(ats, answers, ErrorCode.FORM_FILL_FAILED, "The job site answered with a server error"
                    + " (HTTP " + status + ") after submit; it may or may not have received the application."
                    + " Check with the employer before applying again.");
        }

        private ApplyOutcome unconfirmed(AtsType ats, List<AnsweredQuestion> answers, ErrorCode code, String message) {
            listener.log(message);
            evidence.failure(page);
            return new ApplyOutcome(ApplicationStatus.UNCONFIRMED, ats, null, code, message, answers, List.of(),
                    evidence.evidence());
        }

        /**
         * The site wants the candidate (a captcha, an e-mailed code) and the window is visible: tells them,
         * leaves the page open and waits for the confirmation of the submit they make there.
         */
        private Optional<SubmitResult.Confirmed> handOff(ApplicationForm form, SubmitResult stopped) {
            String wait = " ApplyDesk keeps the window open and waits up to " + describe(settings.handOffTimeout()) + ".";
            String instruction = stopped instanceof SubmitResult.NeedsCandidate step
                    ? step.message() + " Type it into the form in the ApplyDesk browser window and submit the"
                            + " application there." + wait
                    : "The job site wants to check that a person is applying: " + ((SubmitResult.Blocked) stopped).message()
                            + " Solve the check in the ApplyDesk browser window, then submit the application there"
                            + " if the page does not submit it by itself." + wait;
            listener.candidateNeeded(instruction);
            try {
                settings.candidateStandIn().act(page, instruction);
                Optional<SubmitResult.Confirmed> confirmed = form.awaitConfirmation(settings.handOffTimeout());
                if (confirmed.isEmpty()) {
                    listener.log("The step was not finished within " + describe(settings.handOffTimeout()) + ".");
                }
                return confirmed;
            } catch (PlaywrightException e) {
                // WHY: the candidate may close the window or leave the page; the step then stays unfinished.
                LOG.info("Application {}: the hand-off ended without a confirmation", request.applicationId(), e);
                return Optional.empty();
            }
        }

        /** The job's page answered "not found" or "gone" and shows no form: the posting is closed, not unsupported. */
        private ApplyOutcome postingClosed(AtsType ats, int status) {
            String message = "This job posting is no longer open: the job site no longer has its page (HTTP " + status
                    + "). Nothing was submitted.";
            listener.log(message);
            return ApplyOutcome.failed(ats, ErrorCode.FORM_FILL_FAILED, message, evidence.evidence());
        }

        /** The job's page answered with a server error and shows no form: the site is down for now. */
        private ApplyOutcome siteDown(AtsType ats, int status) {
            String message = "The job site is not answering right now (HTTP " + status + " when opening the job)."
                    + " Nothing was sent; ApplyDesk can try again later.";
            listener.log(message);
            return ApplyOutcome.failedTransiently(ats, ErrorCode.FORM_FILL_FAILED, message, evidence.evidence());
        }

        private ApplyOutcome notSupported(Detection detection) {
            String message = detection.recognisedForm()
                    .map(form -> "ApplyDesk cannot apply on " + form.displayName() + " forms yet.")
                    .orElseGet(() -> detection.atsType() == AtsType.UNKNOWN
                            ? "ApplyDesk found no application form on this page that it can fill (the page may ask"
                                    + " you to apply by e-mail or elsewhere). Nothing was sent; apply as the page says."
                            : "ApplyDesk found no " + detection.atsType().displayName()
                                    + " application form it can fill on this page (the posting may be closed).");
            listener.log(message);
            return ApplyOutcome.failed(detection.atsType(), ErrorCode.ATS_NOT_SUPPORTED, message, evidence.evidence());
        }

        /** Nothing is uploaded or submitted; what was seen and filled is kept as evidence. */
        private ApplyOutcome needsInput(AtsType ats, FormFiller.Result filled) {
            String labels = filled.pending().stream().map(q -> "\"" + q.label() + "\"").collect(Collectors.joining(", "));
            String message = "The form asks " + labels
                    + ", which neither your profile nor your answer bank answers. Nothing was submitted.";
            listener.log("Needs your input: " + labels);
            evidence.filledForm(page);
            evidence.answers(request.applicationId(), url, ats.apiValue(), request.resume(),
                    filled.answered(), filled.pending());
            return new ApplyOutcome(ApplicationStatus.NEEDS_INPUT, ats, null, ErrorCode.MISSING_REQUIRED_FIELD, message,
                    filled.answered(), filled.pending(), evidence.evidence());
        }

        private List<AnsweredQuestion> withResume(List<AnsweredQuestion> answered) {
            String fileName = request.resume().getFileName().toString();
            List<AnsweredQuestion> all = new ArrayList<>();
            all.add(new AnsweredQuestion("Resume/CV", "resume", fileName,
                    new Provenance(Provenance.Kind.RESUME_FILE, fileName)));
            all.addAll(answered);
            return all;
        }
    }

    private static boolean isServerError(Response response) {
        return response != null && response.status() >= 500;
    }

    /** Null when the navigation had no HTTP answer (e.g. same-document). */
    private static boolean isGone(Response response) {
        return response != null && (response.status() == 404 || response.status() == 410);
    }

    /** "30 seconds", "1.5 seconds", "10 minutes": a timeout as the candidate reads it. */
    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        if (millis >= 60_000 && millis % 60_000 == 0) {
            long minutes = millis / 60_000;
            return minutes + (minutes == 1 ? " minute" : " minutes");
        }
        if (millis % 1000 == 0) {
            long seconds = millis / 1000;
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        return String.format(Locale.ROOT, "%.1f seconds", millis / 1000.0);
    }

    /**
     * The first line of the error's own words: Playwright wraps them as {@code Error {\n  message='…}, whose
     * first line ("Error {") says nothing to the candidate.
     */
    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int quoted = message.indexOf("message='");
        if (quoted >= 0) {
            message = message.substring(quoted + "message='".length());
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static void closeQuietly(BrowserContext context) {
        try {
            context.close();
        } catch (RuntimeException e) {
            LOG.debug("Closing a browser context failed", e);
        }
    }

    @Override
    public void setWindowInUse(boolean inUse) {
        browsers.yieldToWindow(inUse);
    }

    @Override
    public void close() {
        browsers.close();
    }
}
