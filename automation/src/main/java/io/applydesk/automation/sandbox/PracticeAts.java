package io.applydesk.automation.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.applydesk.automation.sandbox.ashby.AshbyReplica;
import io.applydesk.automation.sandbox.employer.EmployerSiteReplica;
import io.applydesk.automation.sandbox.bamboohr.BambooHrReplica;
import io.applydesk.automation.sandbox.boards.PracticeBoards;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseReplica;
import io.applydesk.automation.sandbox.lever.LeverReplica;
import io.applydesk.automation.sandbox.smartrecruiters.SmartRecruitersReplica;
import io.applydesk.automation.sandbox.greenhousenew.GreenhouseNewReplica;
import io.applydesk.automation.sandbox.recruitee.RecruiteeReplica;
import io.applydesk.automation.sandbox.workable.WorkableReplica;
import io.applydesk.automation.sandbox.workday.WorkdayReplica;
import io.applydesk.core.common.CpuPriority;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.HostAlias;
import io.applydesk.core.job.PracticeSite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The practice ATS: a local web server (127.0.0.1 only) with faithful replicas of real ATS application
 * pages, used by practice mode and by tests. It records every accepted application so a test can check
 * exactly what was sent. Each job can be switched into a failure state ({@link #setFailure}).
 *
 * <p>Thread-safe. Requests are served on a small pool of daemon threads; the record methods may be
 * called from any thread while the server runs.
 */
public final class PracticeAts implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PracticeAts.class);
    private static final int SERVER_THREADS = 8;
    /** Longer than the engine's default 30 s page-load timeout, so a {@link PracticeFailure#SLOW} job times out. */
    private static final Duration DEFAULT_SLOW_DELAY = Duration.ofSeconds(40);
    /** In a data directory, the port of the server's last start there ({@link #startIn}). */
    public static final String PORT_FILE = "practice-port";

    /** Null for a view of a server another process runs ({@link #connect}). */
    private final HttpServer server;
    private final ExecutorService requestThreads;
    private final ScheduledExecutorService delayedAnswers;
    private final String baseUrl;
    private final SubmissionLog log = new SubmissionLog();
    private final PracticeFailures failures = new PracticeFailures();
    private final PracticeVariants variants = new PracticeVariants();
    private final SecurityCodeOutbox outbox = new SecurityCodeOutbox();
    private volatile Duration slowDelay = DEFAULT_SLOW_DELAY;
    private final List<Replica> replicas;
    private final PracticeBoards boards;
    private final Template indexPage = Template.load(PracticeAts.class, "index.html");

    private PracticeAts(HttpServer server, String baseUrl) {
        this.server = server;
        this.baseUrl = baseUrl;
        this.replicas = List.of(new GreenhouseReplica(baseUrl, log, failures, variants),
                new GreenhouseNewReplica(baseUrl, log, failures, variants, outbox),
                new LeverReplica(baseUrl, log, failures, variants),
                new AshbyReplica(baseUrl, log, failures, variants),
                new WorkableReplica(baseUrl, log, failures, variants),
                new RecruiteeReplica(baseUrl, log, failures, variants),
                new BambooHrReplica(baseUrl, log, failures, variants),
                new SmartRecruitersReplica(baseUrl, log, failures, variants),
                new WorkdayReplica(baseUrl, log, failures, variants),
                new EmployerSiteReplica(baseUrl, log, failures, variants));
        this.boards = new PracticeBoards(baseUrl,
                replicas.stream().flatMap(replica -> replica.boardPostings().stream()).toList());
        this.requestThreads = Executors.newFixedThreadPool(SERVER_THREADS, CpuPriority.backgroundThreads("practice-ats"));
        this.delayedAnswers = Executors.newSingleThreadScheduledExecutor(CpuPriority.backgroundThreads("practice-ats-delay"));
        if (server != null) {
            server.setExecutor(requestThreads);
            server.createContext("/", this::serve);
        }
    }

    /**
     * Starts the server on 127.0.0.1.
     *
     * @param port the port, or 0 for a free one
     * @throws ApplyDeskException when the port cannot be opened
     */
    public static PracticeAts start(int port) {
        try {
            return started(bind(port));
        } catch (IOException e) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "The practice job site could not start on port " + port
                            + ": the port is probably used by another program. Choose another port or 0 for any.",
                    "port", e);
        }
    }

    /**
     * Starts the server on 127.0.0.1 at the port it had the last time it ran for {@code dataDirectory} (kept there
     * in {@value #PORT_FILE}), so the links practice applications stored keep working after a restart. When that
     * port is taken now, or on the first start, it takes a free one and remembers that.
     *
     * @throws ApplyDeskException when no port can be opened
     */
    public static PracticeAts startIn(Path dataDirectory) {
        Path portFile = dataDirectory.resolve(PORT_FILE);
        OptionalInt remembered = readPort(portFile);
        HttpServer server = null;
        if (remembered.isPresent()) {
            try {
                server = bind(remembered.getAsInt());
            } catch (IOException taken) {
                LOG.info("Practice ATS: port {} is taken now, starting on another one", remembered.getAsInt());
            }
        }
        PracticeAts ats = server == null ? start(0) : started(server);
        rememberPort(portFile, ats.server.getAddress().getPort());
        return ats;
    }

    private static HttpServer bind(int port) throws IOException {
        return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    }

    private static PracticeAts started(HttpServer server) {
        PracticeAts ats = new PracticeAts(server, "http://127.0.0.1:" + server.getAddress().getPort());
        server.start();
        LOG.info("Practice ATS listening on {}", ats.baseUrl);
        return ats;
    }

    private static OptionalInt readPort(Path portFile) {
        try {
            int port = Integer.parseInt(Files.readString(portFile).strip());
            return port > 0 && port <= 0xFFFF ? OptionalInt.of(port) : OptionalInt.empty();
        } catch (NoSuchFileException first) {
            return OptionalInt.empty();
        } catch (IOException | NumberFormatException unreadable) {
            LOG.warn("Practice ATS: cannot read the port of its last start from {}", portFile, unreadable);
            return OptionalInt.empty();
        }
    }

    /** A port that cannot be remembered only costs the links of this start after the next one: not fatal. */
    private static void rememberPort(Path portFile, int port) {
        try {
            Files.createDirectories(portFile.getParent());
            Files.writeString(portFile, port + System.lineSeparator());
        } catch (IOException e) {
            LOG.warn("Practice ATS: cannot remember its port in {}", portFile, e);
        }
    }

    /**
     * A view of a practice server already running at {@code baseUrl} (e.g. in a test that kills and restarts
     * the app around it): its jobs, URLs and host aliases, but no server of its own. What the server
     * records stays in the process that runs it, so this view's record methods see nothing.
     *
     * @throws ApplyDeskException VALIDATION_ERROR when {@code baseUrl} is not an http URL
     */
    public static PracticeAts connect(String baseUrl) {
        String url = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "The practice job site's address must start with http://, not '" + baseUrl + "'.", "baseUrl");
        }
        return new PracticeAts(null, url);
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Every job of every replica, in a stable order. */
    public List<PracticeJob> jobs() {
        return replicas.stream().flatMap(replica -> replica.jobs().stream()).toList();
    }

    /**
     * Postings only the board APIs list (posting aliases such as "Software Engineer" served with an existing job's
     * form), appliable like {@link #jobs()} but not part of them, in a stable order.
     */
    public List<PracticeJob> boardOnlyJobs() {
        return replicas.stream().flatMap(replica -> replica.boardOnlyJobs().stream()).toList();
    }

    /** The public job-board APIs of every practice ATS, with the practice tenants' boards and any generated ones. */
    public PracticeBoards boards() {
        return boards;
    }

    /** The jobs whose replicas can show them in every {@link PracticeVariant}, in a stable order. */
    public List<PracticeJob> jobsWithVariants() {
        return replicas.stream().filter(replica -> replica instanceof VariedForms)
                .flatMap(replica -> replica.jobs().stream()).toList();
    }

    /** {@link #jobsWithVariants()} grouped by replica: one list per replica with variants, in a stable order. */
    public List<List<PracticeJob>> jobsWithVariantsByReplica() {
        return replicas.stream().filter(replica -> replica instanceof VariedForms).map(Replica::jobs).toList();
    }

    /** URL prefixes on this server that follow a real ATS's paths, for the ATS detector. */
    public List<HostAlias> hostAliases() {
        return replicas.stream().flatMap(replica -> replica.hostAliases().stream()).toList();
    }

    /** This server as practice mode's one job site, for session checks and the engine. */
    public PracticeSite site() {
        return new PracticeSite(URI.create(baseUrl), hostAliases());
    }

    /**
     * The job's form as an employer's own careers site shows it, at a URL that names no ATS
     * (for detecting the ATS from the page itself).
     *
     * @throws IllegalArgumentException when the job's replica has no such page
     */
    public String employerSiteUrl(PracticeJob job) {
        return replicaOf(job).employerSiteUrl(job).orElseThrow(() -> noSuchPage(job));
    }

    /**
     * The job's form on an employer careers page whose URL carries the ATS's job-id parameter
     * (Greenhouse: {@code ?gh_jid=}).
     *
     * @throws IllegalArgumentException when the job's replica has no such page
     */
    public String careersSiteUrl(PracticeJob job) {
        return replicaOf(job).careersSiteUrl(job).orElseThrow(() -> noSuchPage(job));
    }

    /**
     * The running replica of this type, for state only that replica has (e.g. Workday's accounts).
     *
     * @throws IllegalArgumentException when no replica has the type
     */
    public <R extends Replica> R replica(Class<R> type) {
        return replicas.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the practice ATS has no " + type.getSimpleName()));
    }

    /** Every accepted application, oldest first (a copy). */
    public List<RecordedSubmission> submissions() {
        return log.accepted();
    }

    public List<RecordedSubmission> submissionsFor(String jobId) {
        return log.accepted().stream().filter(submission -> submission.jobId().equals(jobId)).toList();
    }

    /** How many application POSTs were refused: required fields missing, or a {@link PracticeFailure#REJECTED} job. */
    public int rejectedSubmissionCount() {
        return log.rejectedCount();
    }

    /** Forgets accepted and refused applications and e-mailed security codes (uploaded files stay available). */
    public void clearRecords() {
        log.clear();
        outbox.clear();
    }

    /**
     * The security code the site e-mailed for this job to this address (the step of a
     * {@link PracticeFailure#SECURITY_CODE} job), as the candidate would read it in their inbox.
     */
    public Optional<String> securityCodeSentTo(String jobId, String email) {
        return outbox.codeSentTo(jobId, email);
    }

    /** How long a {@link PracticeFailure#SLOW} job holds back each answer (40 s unless set). */
    public void setSlowDelay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a delay cannot be negative: " + delay);
        }
        slowDelay = delay;
    }

    /**
     * Makes the job misbehave from its next request on, until switched back to {@link PracticeFailure#NONE}
     * or {@link #clearFailures}. May be called from any thread while the server runs.
     *
     * @throws IllegalArgumentException when no practice job has this id
     */
    public void setFailure(String jobId, PracticeFailure failure) {
        if (jobs().stream().noneMatch(job -> job.jobId().equals(jobId))) {
            throw new IllegalArgumentException("the practice ATS has no job " + jobId);
        }
        failures.set(jobId, failure);
    }

    /** The failure switched on for the job, {@link PracticeFailure#NONE} when it behaves normally. */
    public PracticeFailure failureOf(String jobId) {
        return failures.of(jobId);
    }

    /** Every job behaves normally again. */
    public void clearFailures() {
        failures.clear();
    }

    /**
     * Shows the job's form in {@code variant} from its next request on (the practice app never does;
     * tests do), until switched back to {@link PracticeVariant#STANDARD} or {@link #clearVariants}.
     * What the varied form posts is recorded in standard terms, comparable with a standard run.
     *
     * @throws IllegalArgumentException when no practice job has this id, or its replica has no variants
     */
    public void setVariant(String jobId, PracticeVariant variant) {
        Replica replica = replicas.stream()
                .filter(candidate -> candidate.jobs().stream().anyMatch(job -> job.jobId().equals(jobId)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("the practice ATS has no job " + jobId));
        if (variant != PracticeVariant.STANDARD && !(replica instanceof VariedForms)) {
            throw new IllegalArgumentException("the practice " + replica.atsType().displayName()
                    + " site has no form variants yet");
        }
        variants.set(jobId, variant);
    }

    /** The variant switched on for the job, {@link PracticeVariant#STANDARD} when none. */
    public PracticeVariant variantOf(String jobId) {
        return variants.of(jobId);
    }

    /** Every job shows its standard form again. */
    public void clearVariants() {
        variants.clear();
    }

    /** Stops the server; answers still in flight are dropped. */
    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
        delayedAnswers.shutdownNow();
        requestThreads.shutdownNow();
    }

    private Replica replicaOf(PracticeJob job) {
        return replicas.stream().filter(replica -> replica.atsType() == job.atsType()).findFirst()
                .orElseThrow(() -> noSuchPage(job));
    }

    private static IllegalArgumentException noSuchPage(PracticeJob job) {
        return new IllegalArgumentException("the practice ATS has no employer page for " + job);
    }

    private void serve(HttpExchange exchange) throws IOException {
        PracticeResponse response;
        try {
            PracticeRequest request = readRequest(exchange);
            response = isAboutJobWith(request, PracticeFailure.UNAVAILABLE) ? unavailable() : route(request);
            if (isAboutJobWith(request, PracticeFailure.SLOW) && response.delay().compareTo(slowDelay) < 0) {
                response = response.delayedBy(slowDelay);
            }
        } catch (RuntimeException | IOException e) {
            LOG.warn("Practice ATS failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            response = PracticeResponse.html(500, "<!DOCTYPE html><title>Server error</title>"
                    + "<h1>Something went wrong on the practice job site.</h1><p>" + Html.escape(e.toString()) + "</p>");
        }
        if (response.delay().isZero()) {
            write(exchange, response);
        } else {
            PracticeResponse answer = response;
            delayedAnswers.schedule(() -> writeQuietly(exchange, answer), response.delay().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private PracticeResponse route(PracticeRequest request) {
        if (request.isGet() && ("/".equals(request.path()) || request.path().isEmpty())) {
            return PracticeResponse.html(200, renderIndex());
        }
        Optional<PracticeResponse> boardAnswer = boards.handle(request);
        if (boardAnswer.isPresent()) {
            return boardAnswer.get();
        }
        for (Replica replica : replicas) {
            Optional<PracticeResponse> response = replica.handle(request);
            if (response.isPresent()) {
                return response.get();
            }
        }
        return PracticeResponse.html(404, "<!DOCTYPE html><title>Not found</title><h1>Page not found</h1>"
                + "<p><a href=\"/\">All practice jobs</a></p>");
    }

    /**
     * One mechanism for every replica: a request about a job ({@link PracticeFailure#SLOW},
     * {@link PracticeFailure#UNAVAILABLE}) names the job's id in its URL, or (assets, XHR and GraphQL
     * posts) in the Referer of the job's page.
     */
    private boolean isAboutJobWith(PracticeRequest request, PracticeFailure failure) {
        String url = request.uri().toString();
        String referer = request.header("referer");
        return jobs().stream().map(PracticeJob::jobId)
                .filter(jobId -> failures.of(jobId) == failure)
                .anyMatch(jobId -> url.contains(jobId) || referer != null && referer.contains(jobId));
    }

    /** What a site in the middle of an outage or a deploy answers. */
    private static PracticeResponse unavailable() {
        return PracticeResponse.html(503, "<!DOCTYPE html><title>Down for maintenance</title>"
                + "<h1>We'll be right back</h1><p>This site is briefly unavailable. Please try again in a few minutes.</p>")
                .withHeader("Retry-After", "120");
    }

    private String renderIndex() {
        StringBuilder rows = new StringBuilder();
        for (PracticeJob job : jobs()) {
            rows.append("<li><a").append(Html.attribute("href", job.url())).append('>')
                    .append(Html.escape(job.title())).append("</a> — ").append(Html.escape(job.companyName()))
                    .append(" <span class=\"ats\">").append(Html.escape(job.atsType().displayName()))
                    .append("</span></li>\n");
        }
        return indexPage.render(Map.of("jobs", rows.toString()));
    }

    private static PracticeRequest readRequest(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        byte[] body = exchange.getRequestBody().readAllBytes();
        URI uri = exchange.getRequestURI();
        return new PracticeRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT), uri, headers, body);
    }

    private static void write(HttpExchange exchange, PracticeResponse response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
        exchange.close();
    }

    private static void writeQuietly(HttpExchange exchange, PracticeResponse response) {
        try {
            write(exchange, response);
        } catch (IOException e) {
            LOG.debug("Practice ATS client went away before a delayed answer", e);
            exchange.close();
        }
    }
}
