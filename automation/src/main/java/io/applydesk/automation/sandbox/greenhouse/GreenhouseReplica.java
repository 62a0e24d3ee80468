package io.applydesk.automation.sandbox.greenhouse;

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
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The classic Greenhouse job board (boards.greenhouse.io) under {@code /practice/greenhouse}, with the
 * same paths as the real site, plus the same forms on employer career pages ({@code /employer/{board}/jobs/{id}}
 * without any ATS hint, and {@code /careers/{board}/apply?gh_jid={id}}).
 *
 * <p>Each job follows its {@link PracticeFailure} state: closed, refused, server error, or accepted without
 * a confirmation, and its {@link PracticeVariant} (recorded in standard terms).
 *
 * <p>Thread-safe: the job catalog is immutable; uploads and failure states live in concurrent maps.
 */
public final class GreenhouseReplica implements Replica, VariedForms<GreenhouseJob> {
    /** The path prefix, mirroring the host {@code boards.greenhouse.io}. */
    public static final String PREFIX = "/practice/greenhouse";
    /** How long an upload takes: appliers must wait for the filename chip, not assume it. */
    static final Duration UPLOAD_DELAY = Duration.ofMillis(150);
    /** The field error of a {@link PracticeFailure#REJECTED} job, as for a duplicate application. */
    public static final String ALREADY_APPLIED_MESSAGE = "This email address has already been used to apply";
    /** The plain page of a {@link PracticeFailure#SERVER_ERROR} job (a Rails 500 page). */
    static final String SERVER_ERROR_PAGE = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>We're sorry, but something went wrong (500)</title></head>\n"
            + "<body><h1>We're sorry, but something went wrong.</h1>\n<p>Please try again later.</p></body></html>\n";

    private static final Pattern ASSET = Pattern.compile(PREFIX + "/assets/(greenhouse\\.(?:js|css))");
    private static final Pattern UPLOADS = Pattern.compile(PREFIX + "/uploads");
    private static final Pattern UPLOADED = Pattern.compile(PREFIX + "/uploads/([0-9a-f]{32})");
    private static final Pattern BOARD = Pattern.compile(PREFIX + "/([\\w-]+)/?");
    private static final Pattern JOB = Pattern.compile(PREFIX + "/([\\w-]+)/jobs/([^/]+)/?");
    private static final Pattern CONFIRMATION = Pattern.compile(PREFIX + "/([\\w-]+)/jobs/(\\d+)/confirmation/?");
    private static final Pattern EMPLOYER_JOB = Pattern.compile("/employer/([\\w-]+)/jobs/([^/]+)/?");
    private static final Pattern CAREERS_APPLY = Pattern.compile("/careers/([\\w-]+)/apply/?");

    private final String baseUrl;
    private final SubmissionLog log;
    private final PracticeFailures failures;
    private final PracticeVariants variants;
    private final Map<String, UploadedFile> uploads = new ConcurrentHashMap<>();
    private final Template boardJobPage = Template.load(GreenhouseReplica.class, "job.html");
    private final Template employerJobPage = Template.load(GreenhouseReplica.class, "employer-job.html");
    private final Template confirmationPage = Template.load(GreenhouseReplica.class, "confirmation.html");
    private final Template submittingPage = Template.load(GreenhouseReplica.class, "submitting.html");
    private final Template boardPage = Template.load(GreenhouseReplica.class, "board.html");

    /** The question id of {@link PracticeVariant#EXTRA_QUESTION_LABEL}. */
    private static final long EXTRA_QUESTION_ID = 9900000001L;

    /** Which page wraps the form: the Greenhouse board itself, or an employer's careers site. */
    private enum Host { BOARD, EMPLOYER }

    /**
     * @param failures the failure switched on per job, read on every job page request
     * @param variants the form variant switched on per job, read likewise
     */
    public GreenhouseReplica(String baseUrl, SubmissionLog log, PracticeFailures failures, PracticeVariants variants) {
        this.baseUrl = baseUrl;
        this.log = log;
        this.failures = failures;
        this.variants = variants;
    }

    /**
     * Custom questions reordered, reworded, with other question and option ids, or with one more optional
     * question; what they post is renumbered back to the standard {@code answers_attributes[N]}.
     */
    @Override
    public Varied<GreenhouseJob> vary(GreenhouseJob job, PracticeVariant variant) {
        VariantMapping toStandard = new VariantMapping();
        List<GreenhouseQuestion> questions = new ArrayList<>();
        for (int standardIndex : variant.reorder(IntStream.range(0, job.questions().size()).boxed().toList())) {
            GreenhouseQuestion question = job.questions().get(standardIndex);
            int index = questions.size();
            List<GreenhouseQuestion.Option> options = new ArrayList<>();
            for (GreenhouseQuestion.Option option : question.options()) {
                options.add(new GreenhouseQuestion.Option(variant.id(option.id()), option.label()));
                toStandard.translate(String.valueOf(variant.id(option.id())), String.valueOf(option.id()));
            }
            questions.add(new GreenhouseQuestion(variant.id(question.id()), variant.reword(question.label()),
                    question.kind(), question.required(), options));
            toStandard.rename(GreenhouseFields.answers(index), GreenhouseFields.answers(standardIndex))
                    .translate(String.valueOf(variant.id(question.id())), String.valueOf(question.id()))
                    .fix(GreenhouseFields.answer(standardIndex, "priority"), String.valueOf(standardIndex));
        }
        if (variant.addsExtraQuestion()) {
            int index = questions.size();
            toStandard.drop(GreenhouseFields.answer(index, "question_id")).drop(GreenhouseFields.answer(index, "priority"))
                    .dropUnanswered(GreenhouseFields.answers(index));
            questions.add(GreenhouseQuestion.textarea(EXTRA_QUESTION_ID, PracticeVariant.EXTRA_QUESTION_LABEL, false));
        }
        return new Varied<>(new GreenhouseJob(job.board(), job.companyName(), job.jobId(), job.title(),
                job.officeLocation(), job.descriptionHtml(), job.asksLocation(), questions, job.eeoc(), job.gdpr(),
                job.needsCandidateInput()), toStandard);
    }

    @Override
    public AtsType atsType() {
        return AtsType.GREENHOUSE;
    }

    @Override
    public List<PracticeJob> jobs() {
        return GreenhouseJobs.all().stream().map(this::practiceJob).toList();
    }

    /** The posting aliases: board-only postings answered with their template job's form. */
    @Override
    public List<PracticeJob> boardOnlyJobs() {
        return GreenhouseJobs.aliases().stream().map(this::practiceJob).toList();
    }

    @Override
    public List<BoardPosting> boardPostings() {
        return Stream.concat(GreenhouseJobs.all().stream(), GreenhouseJobs.aliases().stream())
                .map(job -> BoardPosting.ofPracticeJob(
                        new Board(AtsType.GREENHOUSE, job.board(), job.companyName()),
                        job.jobId(), job.jobId(), job.title(), job.officeLocation(), baseUrl + PREFIX + job.path(),
                        baseUrl + PREFIX + job.path(), job.descriptionHtml()))
                .toList();
    }

    private PracticeJob practiceJob(GreenhouseJob job) {
        return new PracticeJob(AtsType.GREENHOUSE, job.companyName(), job.title(), job.jobId(),
                baseUrl + PREFIX + job.path(), job.needsCandidateInput());
    }

    @Override
    public List<HostAlias> hostAliases() {
        return List.of(new HostAlias(baseUrl + PREFIX, AtsType.GREENHOUSE));
    }

    @Override
    public Optional<String> employerSiteUrl(PracticeJob job) {
        return jobOf(job).map(found -> baseUrl + "/employer/" + found.board() + "/jobs/" + found.jobId());
    }

    @Override
    public Optional<String> careersSiteUrl(PracticeJob job) {
        return jobOf(job).map(found -> baseUrl + "/careers/" + found.board() + "/apply?gh_jid=" + found.jobId());
    }

    @Override
    public Optional<PracticeResponse> handle(PracticeRequest request) {
        String path = request.path();
        Matcher asset = ASSET.matcher(path);
        Matcher uploaded = UPLOADED.matcher(path);
        Matcher confirmation = CONFIRMATION.matcher(path);
        Matcher boardJob = JOB.matcher(path);
        Matcher employerJob = EMPLOYER_JOB.matcher(path);
        Matcher careersApply = CAREERS_APPLY.matcher(path);
        Matcher board = BOARD.matcher(path);
        if (request.isGet() && asset.matches()) {
            return Optional.of(PracticeResponse.asset(GreenhouseReplica.class, asset.group(1)));
        }
        if (request.isPost() && UPLOADS.matcher(path).matches()) {
            return Optional.of(upload(request.form()));
        }
        if (request.isGet() && uploaded.matches()) {
            return Optional.of(downloadUpload(uploaded.group(1)));
        }
        if (request.isGet() && confirmation.matches()) {
            return Optional.of(confirmation(confirmation.group(1), confirmation.group(2)));
        }
        if (boardJob.matches()) {
            return jobPage(request, Host.BOARD, boardJob.group(1), boardJob.group(2));
        }
        if (employerJob.matches()) {
            return jobPage(request, Host.EMPLOYER, employerJob.group(1), employerJob.group(2));
        }
        if (careersApply.matches()) {
            String jobId = request.queryParameter("gh_jid");
            return jobPage(request, Host.EMPLOYER, careersApply.group(1), jobId == null ? "" : jobId);
        }
        if (request.isGet() && board.matches()) {
            return Optional.of(board(board.group(1)));
        }
        return Optional.empty();
    }

    private Optional<GreenhouseJob> jobOf(PracticeJob job) {
        return GreenhouseJobs.all().stream().filter(candidate -> candidate.jobId().equals(job.jobId())).findFirst();
    }

    private Optional<PracticeResponse> jobPage(PracticeRequest request, Host host, String board, String jobId) {
        if (!request.isGet() && !request.isPost()) {
            return Optional.empty();
        }
        Optional<GreenhouseJob> found = GreenhouseJobs.find(board, jobId);
        PracticeFailure failure = found.map(job -> failures.of(job.jobId())).orElse(PracticeFailure.NONE);
        if (found.isEmpty() || failure == PracticeFailure.CLOSED) {
            return Optional.of(closed(board));
        }
        PracticeVariant variant = variants.of(found.get().jobId());
        Varied<GreenhouseJob> varied = vary(found.get(), variant);
        String action = request.uri().getRawPath()
                + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery());
        if (request.isGet()) {
            return Optional.of(PracticeResponse.html(200,
                    page(host, varied.job(), variant, action, FormData.empty(), Map.of())));
        }
        return Optional.of(apply(host, varied, variant, action, request.form(), failure));
    }

    /** The application POST: checked like the real server, then answered as the job's failure state says. */
    private PracticeResponse apply(Host host, Varied<GreenhouseJob> varied, PracticeVariant variant, String action,
                                   FormData form, PracticeFailure failure) {
        GreenhouseJob job = varied.job();
        if (failure == PracticeFailure.SERVER_ERROR) {
            return PracticeResponse.html(500, SERVER_ERROR_PAGE);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        GreenhouseValidation.missingFields(job, form, this::isUploadedFile)
                .forEach(key -> errors.put(key, GreenhouseForm.REQUIRED_MESSAGE));
        if (errors.isEmpty() && failure == PracticeFailure.REJECTED) {
            errors.put("email", ALREADY_APPLIED_MESSAGE);
        }
        if (!errors.isEmpty()) {
            log.reject();
            return PracticeResponse.html(200, page(host, job, variant, action, form, errors));
        }
        log.accept(new RecordedSubmission(AtsType.GREENHOUSE.apiValue(), job.jobId(), Instant.now(),
                varied.toStandard().standardise(form.fields()), filesOf(form)));
        if (failure == PracticeFailure.NO_CONFIRMATION) {
            return PracticeResponse.html(200, submittingPage.render(Map.of(
                    "title", job.title(), "company", job.companyName(), "assets", PREFIX + "/assets")));
        }
        return PracticeResponse.redirect(PREFIX + job.path() + "/confirmation");
    }

    private String page(Host host, GreenhouseJob job, PracticeVariant variant, String action, FormData values,
                        Map<String, String> errors) {
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("title", job.title());
        slots.put("company", job.companyName());
        slots.put("location", job.officeLocation());
        slots.put("assets", PREFIX + "/assets");
        slots.put("description", job.descriptionHtml());
        slots.put("application", new GreenhouseForm(job, variant, action, PREFIX + "/uploads", values, errors).render());
        return (host == Host.BOARD ? boardJobPage : employerJobPage).render(slots);
    }

    /** The uploaded resume and cover letter the form refers to, then any file sent in the POST itself. */
    private List<UploadedFile> filesOf(FormData form) {
        List<UploadedFile> files = new ArrayList<>();
        for (String attachment : List.of("resume", "cover_letter")) {
            UploadedFile uploaded = uploads.get(uploadKey(form.value(GreenhouseFields.attachmentUrl(attachment))));
            if (uploaded != null) {
                files.add(new UploadedFile(attachment, uploaded.fileName(), uploaded.contentType(), uploaded.bytes()));
            }
        }
        files.addAll(form.files());
        return files;
    }

    private boolean isUploadedFile(String url) {
        return uploads.containsKey(uploadKey(url));
    }

    /** The key at the end of an upload URL ({@code …/uploads/KEY}); "" when there is none. */
    private static String uploadKey(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    /** Stands in for Greenhouse's direct-to-S3 upload: stores the file and answers its URL, a moment later. */
    private PracticeResponse upload(FormData form) {
        List<UploadedFile> files = form.files();
        if (files.isEmpty()) {
            return PracticeResponse.json(400, "{\"error\":\"No file was received.\"}");
        }
        UploadedFile file = files.get(0);
        String field = form.value("field").isEmpty() ? file.fieldName() : form.value("field");
        String key = UUID.randomUUID().toString().replace("-", "");
        uploads.put(key, new UploadedFile(field, file.fileName(), file.contentType(), file.bytes()));
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("key", key);
        answer.put("url", baseUrl + PREFIX + "/uploads/" + key);
        answer.put("filename", file.fileName());
        try {
            return PracticeResponse.json(200, Json.mapper().writeValueAsString(answer)).delayedBy(UPLOAD_DELAY);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PracticeResponse downloadUpload(String key) {
        UploadedFile file = uploads.get(key);
        return file == null ? PracticeResponse.json(404, "{\"error\":\"No such file.\"}")
                : PracticeResponse.bytes(file.contentType(), file.bytes());
    }

    private PracticeResponse confirmation(String board, String jobId) {
        Optional<GreenhouseJob> found = GreenhouseJobs.find(board, jobId);
        if (found.isEmpty()) {
            return closed(board);
        }
        GreenhouseJob job = found.get();
        return PracticeResponse.html(200, confirmationPage.render(Map.of(
                "title", job.title(), "company", job.companyName(), "assets", PREFIX + "/assets",
                "board", PREFIX + "/" + job.board())));
    }

    private PracticeResponse board(String board) {
        List<GreenhouseJob> jobs = GreenhouseJobs.onBoard(board);
        if (jobs.isEmpty()) {
            return closed(board);
        }
        return PracticeResponse.html(200, boardPage.render(Map.of(
                "company", jobs.get(0).companyName(), "assets", PREFIX + "/assets",
                "flash", "", "openings", openings(jobs))));
    }

    /** Greenhouse's answer for a closed or unknown posting: the board with a notice, here with status 404. */
    private PracticeResponse closed(String board) {
        List<GreenhouseJob> jobs = GreenhouseJobs.onBoard(board);
        return PracticeResponse.html(404, boardPage.render(Map.of(
                "company", jobs.isEmpty() ? "Job board" : jobs.get(0).companyName(), "assets", PREFIX + "/assets",
                "flash", "<div id=\"flash_pending\" class=\"flash\" role=\"alert\">"
                        + "The job you are looking for is no longer open.</div>", "openings", openings(jobs))));
    }

    private static String openings(List<GreenhouseJob> jobs) {
        StringBuilder html = new StringBuilder();
        for (GreenhouseJob job : jobs) {
            html.append("<div class=\"opening\"><a").append(Html.attribute("href", PREFIX + job.path())).append('>')
                    .append(Html.escape(job.title())).append("</a> <span class=\"location\">")
                    .append(Html.escape(job.officeLocation())).append("</span></div>\n");
        }
        return html.toString();
    }

}
