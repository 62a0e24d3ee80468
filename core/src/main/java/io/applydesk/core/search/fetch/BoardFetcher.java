package io.applydesk.core.search.fetch;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.JobPosting;
import io.applydesk.core.search.source.BoardApiSettings;
import io.applydesk.core.search.source.BoardPage;
import io.applydesk.core.search.source.BoardRequest;
import io.applydesk.core.search.source.JobSource;
import io.applydesk.core.search.source.JobSources;
import io.applydesk.core.search.source.SourceContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads boards through their {@link JobSource}s over {@link HttpClient}: several boards at once (bounded), polite
 * per host, each request with a timeout and retried with exponential backoff and full jitter on timeouts, 5xx and
 * 429 (honouring {@code Retry-After}), never on other 4xx. Responses are cached with their {@code ETag} /
 * {@code Last-Modified}; the next fetch sends {@code If-None-Match} / {@code If-Modified-Since} and reuses the
 * parsed page on 304. A board that fails gives a failed {@link SourceReport}, never an exception.
 *
 * <p>Thread-safe; the clock, sleeper and random are injected so tests neither wait nor depend on chance.
 */
public final class BoardFetcher {
    /** A board's pages are followed at most this far (a board whose "next page" never ends is cut off). */
    static final int MAX_PAGES = 500;
    private static final BoardApiSettings REAL_APIS = BoardApiSettings.real();

    /** Built on the first fetch: making one sets up TLS, a noticeable part of the app's start otherwise. */
    private HttpClient http;
    private final JobSources sources;
    private final BoardApiSettings apis;
    private final JobLinkParser links;
    private final HttpCache cache;
    private final FetchSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Random random;
    private final ConcurrentMap<String, HostGate> hosts = new ConcurrentHashMap<>();

    public BoardFetcher(JobSources sources, BoardApiSettings apis, JobLinkParser links,
                        HttpCache cache, FetchSettings settings, Clock clock, Sleeper sleeper, Random random) {
        this.sources = sources;
        this.apis = apis;
        this.links = links;
        this.cache = cache;
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
        this.random = random;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = httpClient(settings);
        }
        return http;
    }

    /** An HTTP client fit for board APIs: HTTP/1.1, no redirects followed (a redirect means "no such board"). */
    static HttpClient httpClient(FetchSettings settings) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(settings.timeout()).build();
    }

    /** Reads every board, {@code concurrency} at a time; results in the boards' order. */
    public List<BoardResult> fetchAll(List<Board> boards) {
        if (boards.isEmpty()) {
            return List.of();
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.concurrency(), boards.size()), r -> {
            Thread t = new Thread(r, "board-fetch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<BoardResult>> futures = new ArrayList<>();
            for (Board board : boards) {
                futures.add(pool.submit(() -> fetch(board)));
            }
            List<BoardResult> results = new ArrayList<>();
            for (int i = 0; i < boards.size(); i++) {
                results.add(await(futures.get(i), boards.get(i)));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static BoardResult await(Future<BoardResult> future, Board board) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(board, new ApplyDeskException(ErrorCode.WORKER_TIMEOUT,
                    "The search was interrupted before " + board.companyName() + "'s board was read."), false);
        } catch (ExecutionException e) {
            return failed(board, new ApplyDeskException(ErrorCode.VALIDATION_ERROR, board.companyName()
                    + "'s board could not be read because of an internal error: " + e.getCause(), board.key()), false);
        }
    }

    /** Reads one board to its last page. */
    public BoardResult fetch(Board board) {
        Optional<JobSource> source = sources.forAts(board.ats());
        if (source.isEmpty()) {
            return failed(board, new ApplyDeskException(ErrorCode.ATS_NOT_SUPPORTED, "ApplyDesk cannot search "
                    + board.ats().displayName() + " boards, so " + board.companyName() + " was skipped."), false);
        }
        SourceContext context = new SourceContext(apis, links, clock.instant());
        List<JobPosting> jobs = new ArrayList<>();
        boolean allCached = true;
        Set<String> seen = new HashSet<>();
        try {
            BoardRequest request = source.get().firstRequest(board, context);
            while (request != null) {
                if (!seen.add(request.cacheKey()) || seen.size() > MAX_PAGES) {
                    break; // a board that pages in circles or forever: keep what was read
                }
                Fetched page = fetchPage(board, source.get(), request, context);
                jobs.addAll(page.page().jobs());
                allCached &= page.fromCache();
                request = page.page().next();
            }
            return new BoardResult(new SourceReport(board, true, jobs.size(), null, null, allCached), jobs);
        } catch (ApplyDeskException e) {
            return failed(board, e, false);
        } catch (RuntimeException e) {
            // A parser tripping on an answer it did not expect: the board fails, the search goes on.
            return failed(board, new ApplyDeskException(ErrorCode.VALIDATION_ERROR, board.companyName()
                    + "'s board answered something ApplyDesk could not read.", board.key(), e), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(board, new ApplyDeskException(ErrorCode.WORKER_TIMEOUT,
                    "The search was stopped before " + board.companyName() + "'s board was read."), false);
        }
    }

    private static BoardResult failed(Board board, ApplyDeskException e, boolean fromCache) {
        return new BoardResult(new SourceReport(board, false, 0, e.code().name(), e.getMessage(), fromCache), List.of());
    }

    private record Fetched(BoardPage page, boolean fromCache) {
    }

    private Fetched fetchPage(Board board, JobSource source, BoardRequest request, SourceContext context)
            throws InterruptedException {
        Optional<HttpCache.Entry> cached = cache.get(request.cacheKey());
        ApplyDeskException lastError = null;
        for (int attempt = 1; attempt <= settings.maxAttempts(); attempt++) {
            Duration retryAfter = null;
            try {
                HttpResponse<String> response = send(board, request, cached.orElse(null));
                int status = response.statusCode();
                if (status == 304 && cached.isPresent()) {
                    return new Fetched(cached.get().page(), true);
                }
                if (status >= 200 && status < 300) {
                    BoardPage page = source.parse(board, request, response.body(), context);
                    remember(request, response, page);
                    return new Fetched(page, false);
                }
                if (status == 429 || status >= 500) {
                    retryAfter = retryAfter(response);
                    lastError = status == 429
                            ? new ApplyDeskException(ErrorCode.RATE_LIMIT_CONCURRENT_EXCEEDED, board.companyName()
                                    + "'s board kept asking ApplyDesk to slow down (HTTP 429); try again later.",
                                    board.key())
                            : new ApplyDeskException(ErrorCode.WORKER_TIMEOUT, board.companyName() + "'s board ("
                                    + board.ats().displayName() + ") kept failing (HTTP " + status + "); try again later.",
                                    board.key());
                    if (retryAfter != null && retryAfter.compareTo(settings.maxRetryAfter()) > 0) {
                        throw lastError;
                    }
                } else {
                    throw refusal(board, status);
                }
            } catch (HttpTimeoutException e) {
                lastError = new ApplyDeskException(ErrorCode.WORKER_TIMEOUT, board.companyName() + "'s board ("
                        + board.ats().displayName() + ") did not answer within " + settings.timeout().toSeconds()
                        + " s.", board.key(), e);
            } catch (IOException e) {
                lastError = new ApplyDeskException(ErrorCode.WORKER_TIMEOUT, board.companyName() + "'s board ("
                        + board.ats().displayName() + ") could not be reached: " + e.getMessage(), board.key(), e);
            }
            if (attempt < settings.maxAttempts()) {
                sleeper.sleep(backoff(attempt, retryAfter));
            }
        }
        throw lastError;
    }

    private HttpResponse<String> send(Board board, BoardRequest request, HttpCache.Entry cached)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(settings.timeout())
                .header("Accept", "application/json").header("User-Agent", "ApplyDesk job search");
        if (request.body() != null) {
            builder.header("Content-Type", "application/json")
                    .method(request.method(), HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        } else {
            builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        if (cached != null && cached.etag() != null) {
            builder.header("If-None-Match", cached.etag());
        }
        if (cached != null && cached.lastModified() != null) {
            builder.header("If-Modified-Since", cached.lastModified());
        }
        HostGate gate = hosts.computeIfAbsent(politenessHost(board, request),
                h -> new HostGate(settings.perHostInFlight(), settings.perHostSpacing()));
        gate.enter();
        try {
            Duration wait = gate.reserve(clock.instant());
            if (wait.compareTo(Duration.ZERO) > 0) {
                sleeper.sleep(wait);
            }
            return http().send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } finally {
            gate.leave();
        }
    }

    /**
     * The host the politeness limits count against: the board's real API host (every Greenhouse board shares
     * one, each Recruitee, Workday and BambooHR tenant has its own), whatever base URL the request goes to. On
     * the real APIs that is the request's host; on the practice server, where every board is on 127.0.0.1, the
     * limits then fall as they would on the real hosts instead of holding every board to one host's pace.
     */
    private static String politenessHost(Board board, BoardRequest request) {
        try {
            return URI.create(REAL_APIS.api(board)).getHost();
        } catch (RuntimeException noRealHost) {
            // A board whose real host cannot be told (a Workday token without its data centre): the request's.
            return request.uri().getHost() + ":" + request.uri().getPort();
        }
    }

    private void remember(BoardRequest request, HttpResponse<String> response, BoardPage page) {
        String etag = response.headers().firstValue("ETag").orElse(null);
        String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
        if (etag != null || lastModified != null) {
            cache.put(request.cacheKey(), new HttpCache.Entry(etag, lastModified, page));
        }
    }

    /** "No such board" for the answers the APIs give an unknown board; any other 4xx is a refusal. */
    private static ApplyDeskException refusal(Board board, int status) {
        if (status == 404 || status == 410 || status == 422 || (status >= 300 && status < 400)) {
            return new ApplyDeskException(ErrorCode.NOT_FOUND, "The " + board.ats().displayName() + " board '"
                    + board.token() + "' (" + board.companyName() + ") does not exist or has been closed (HTTP "
                    + status + ").", board.key());
        }
        if (status == 401 || status == 403) {
            return new ApplyDeskException(ErrorCode.ATS_BLOCKED, board.companyName() + "'s board refused ApplyDesk's "
                    + "request (HTTP " + status + ").", board.key());
        }
        return new ApplyDeskException(ErrorCode.VALIDATION_ERROR, board.companyName() + "'s board did not accept "
                + "ApplyDesk's request (HTTP " + status + ").", board.key());
    }

    /**
     * Full jitter: a random wait up to {@code base × 2^(attempt-1)} (capped); never shorter than the server's
     * {@code Retry-After}.
     */
    Duration backoff(int attempt, Duration retryAfter) {
        long ceiling = Math.min(settings.backoffCap().toMillis(),
                settings.backoffBase().toMillis() * (1L << Math.min(attempt - 1, 30)));
        Duration jitter = Duration.ofMillis((long) (random.nextDouble() * ceiling));
        return retryAfter != null && retryAfter.compareTo(jitter) > 0 ? retryAfter : jitter;
    }

    /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
    private Duration retryAfter(HttpResponse<String> response) {
        Optional<String> header = response.headers().firstValue("Retry-After");
        if (header.isEmpty()) {
            return null;
        }
        String value = header.get().strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT))
                        .toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
