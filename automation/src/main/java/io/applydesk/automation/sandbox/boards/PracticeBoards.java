package io.applydesk.automation.sandbox.boards;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.applydesk.automation.sandbox.PracticeRequest;
import io.applydesk.automation.sandbox.PracticeResponse;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.json.Json;
import io.applydesk.core.search.Board;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The practice server's public job-board APIs: every ATS's board API at
 * {@code {baseUrl}/practice/board-api/{ats}/…} (the real path follows, see {@code boards-layout.md}), in the real
 * response shapes, listing the practice jobs on their tenants' boards (with their practice form URLs as apply URLs)
 * and, when asked for, generated boards for benchmarks ({@link #addGenerated}).
 *
 * <p>Every answer for a known board carries {@code ETag} and {@code Last-Modified}, and a matching conditional
 * request is answered 304. Each board can be switched into a {@link BoardFailure}. Thread-safe.
 */
public final class PracticeBoards {
    /** The path under which every board API is served. */
    public static final String PREFIX = "/practice/board-api";
    /** The practice server's own list of its boards ({@code BoardCatalog.practiceBoards} in core reads it). */
    public static final String LIST_PATH = PREFIX + "/boards";
    /** Longer than a search's usual per-request timeout, so a {@link BoardFailure#SLOW} board times out. */
    private static final Duration DEFAULT_SLOW_DELAY = Duration.ofSeconds(40);
    private static final List<BoardApi> APIS = List.of(new GreenhouseBoardApi(), new LeverBoardApi(),
            new AshbyBoardApi(), new WorkableBoardApi(), new SmartRecruitersBoardApi(), new RecruiteeBoardApi(),
            new WorkdayBoardApi(), new BambooHrBoardApi());
    /** Real board APIs answer compact JSON. */
    private static final ObjectWriter COMPACT = Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private final String baseUrl;
    private final Map<String, BoardApi.BoardListing> practice;
    private final Map<String, BoardApi.BoardListing> generated = new ConcurrentHashMap<>();
    private final List<Board> generatedOrder = new ArrayList<>();
    private final Map<String, BoardFailure> failures = new ConcurrentHashMap<>();
    private volatile Clock clock = Clock.systemUTC();
    private volatile Duration slowDelay = DEFAULT_SLOW_DELAY;
    private volatile Latency latency = Latency.NONE;

    /**
     * @param baseUrl          the practice server's {@code http://127.0.0.1:PORT}
     * @param practicePostings the replicas' postings, each on its tenant's board, in a stable order
     */
    public PracticeBoards(String baseUrl, List<BoardPosting> practicePostings) {
        this.baseUrl = baseUrl;
        Map<String, List<BoardPosting>> byBoard = new LinkedHashMap<>();
        practicePostings.forEach(posting ->
                byBoard.computeIfAbsent(posting.board().key(), key -> new ArrayList<>()).add(posting));
        Map<String, BoardApi.BoardListing> listings = new LinkedHashMap<>();
        byBoard.forEach((key, postings) ->
                listings.put(key, new BoardApi.BoardListing(postings.get(0).board(), List.copyOf(postings),
                        apiBaseUrl())));
        this.practice = Collections.unmodifiableMap(listings);
    }

    /** {@code {baseUrl}/practice/board-api}: the practice base URL of every board API. */
    public String apiBaseUrl() {
        return baseUrl + PREFIX;
    }

    /** The boards of the practice tenants (the replicas' jobs and board-only postings), in a stable order. */
    public List<Board> practiceBoards() {
        return practice.values().stream().map(BoardApi.BoardListing::board).toList();
    }

    /** The generated boards, in the order they were added. */
    public synchronized List<Board> generatedBoards() {
        return List.copyOf(generatedOrder);
    }

    /** Every board this server answers for: the practice boards, then the generated ones. */
    public List<Board> boards() {
        List<Board> all = new ArrayList<>(practiceBoards());
        all.addAll(generatedBoards());
        return all;
    }

    /**
     * What the board lists.
     *
     * @throws IllegalArgumentException when this server has no such board
     */
    public List<BoardPosting> postings(Board board) {
        return listing(board.key()).orElseThrow(() -> new IllegalArgumentException("no practice board " + board.key()))
                .postings();
    }

    /**
     * The URL a client asks for the board's first page, as {@code boards-layout.md} lays it out (Workday's is a
     * POST with the CXS body, every other a GET).
     */
    public String apiUrl(Board board) {
        return apiBaseUrl() + api(board.ats()).pathOf(board);
    }

    /**
     * Adds {@code count} deterministic boards spread over the eight ATSs, 5–40 postings each, for benchmarks and
     * tests: the same seed gives the same boards. Their apply URLs name postings the replicas do not have (404).
     *
     * @return the boards added
     */
    public synchronized List<Board> addGenerated(int count, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("cannot add a negative number of boards: " + count);
        }
        List<BoardApi.BoardListing> added = new BoardGenerator(baseUrl, seed).generate(generatedOrder.size(), count);
        added.forEach(listing -> {
            generated.put(listing.board().key(), new BoardApi.BoardListing(listing.board(), listing.postings(),
                    apiBaseUrl()));
            generatedOrder.add(listing.board());
        });
        return added.stream().map(BoardApi.BoardListing::board).toList();
    }

    /**
     * Makes the board's API misbehave from its next request on, until set back to {@link BoardFailure#NONE}.
     *
     * @throws IllegalArgumentException when this server has no such board
     */
    public void setFailure(Board board, BoardFailure failure) {
        postings(board);
        failures.put(board.key(), failure);
    }

    public BoardFailure failureOf(Board board) {
        return failures.getOrDefault(board.key(), BoardFailure.NONE);
    }

    /** Every board answers normally again. */
    public void clearFailures() {
        failures.clear();
    }

    /** The clock the posted dates are relative to (the system clock unless set). */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** How long a {@link BoardFailure#SLOW} board holds back its answer (40 s unless set). */
    public void setSlowDelay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a delay cannot be negative: " + delay);
        }
        slowDelay = delay;
    }

    /**
     * Holds back every board API answer by a time drawn evenly from {@code [min, max]} by a {@link Random} seeded
     * with {@code seed}, standing for the network between a computer and a real board API: a local server answers
     * in microseconds, which would make any benchmark of concurrent fetching meaningless. None unless set (tests
     * stay fast). The wait does not hold a server thread.
     */
    public void setLatency(Duration min, Duration max, long seed) {
        if (min.isNegative() || max.compareTo(min) < 0) {
            throw new IllegalArgumentException("the latency needs 0 <= min <= max, not " + min + " to " + max);
        }
        latency = max.isZero() ? Latency.NONE : new Latency(min.toMillis(), max.toMillis(), new Random(seed));
    }

    /** Answers a board API request, or empty when the path is not under {@link #PREFIX}. */
    public Optional<PracticeResponse> handle(PracticeRequest request) {
        if (!request.path().startsWith(PREFIX + "/")) {
            return Optional.empty();
        }
        Latency network = latency;
        return answerFor(request).map(response -> network == Latency.NONE ? response
                : response.delayedBy(response.delay().plus(network.next())));
    }

    private Optional<PracticeResponse> answerFor(PracticeRequest request) {
        if (request.isGet() && request.path().equals(LIST_PATH)) {
            return Optional.of(PracticeResponse.json(200, new String(write(boardList()), StandardCharsets.UTF_8)));
        }
        for (BoardApi api : APIS) {
            Optional<String> token = api.tokenOf(request);
            if (token.isPresent()) {
                return Optional.of(answer(api, token.get(), request));
            }
        }
        return Optional.of(PracticeResponse.json(404, "{\"error\":\"Not found\"}"));
    }

    /** {@code {"boards":[{"ats":"greenhouse","token":"acme","company":"Acme"}, …]}}: every board, as listed. */
    private JsonNode boardList() {
        ObjectNode root = BoardJson.object();
        ArrayNode list = root.putArray("boards");
        boards().forEach(board -> list.addObject().put("ats", board.ats().apiValue()).put("token", board.token())
                .put("company", board.companyName()));
        return root;
    }

    /** The request's path after {@link #PREFIX}, e.g. {@code /greenhouse/v1/boards/acme/jobs}. */
    static String apiPath(PracticeRequest request) {
        return request.path().substring(PREFIX.length());
    }

    private PracticeResponse answer(BoardApi api, String token, PracticeRequest request) {
        String key = new Board(api.ats(), token, null).key();
        Optional<BoardApi.BoardListing> found = listing(key);
        if (found.isEmpty()) {
            BoardApi.BoardAnswer unknown = api.unknownBoard();
            return PracticeResponse.json(unknown.status(), unknown.json());
        }
        BoardFailure failure = failures.getOrDefault(key, BoardFailure.NONE);
        if (failure == BoardFailure.SERVER_ERROR) {
            return PracticeResponse.json(500, "{\"status\":500,\"error\":\"Internal Server Error\"}");
        }
        Clock now = clock;
        byte[] body = write(api.render(found.get(), request, now));
        // WHY: the server's default no-store would forbid the revalidation this answer exists to allow.
        Map<String, String> headers = Map.of("Cache-Control", "max-age=0, must-revalidate", "ETag", etag(body),
                "Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(lastModified(found.get(), now)));
        if (failure == BoardFailure.MALFORMED_JSON) {
            body = Arrays.copyOf(body, body.length / 2);
        } else if (notModified(request, headers.get("ETag"), lastModified(found.get(), now))) {
            return new PracticeResponse(304, "application/json; charset=utf-8", new byte[0], headers, Duration.ZERO);
        }
        PracticeResponse response = new PracticeResponse(200, "application/json; charset=utf-8", body, headers,
                Duration.ZERO);
        return failure == BoardFailure.SLOW ? response.delayedBy(slowDelay) : response;
    }

    /** A simulated network's delay per answer; {@link Random} is thread-safe, and seeded draws repeat. */
    private record Latency(long minMillis, long maxMillis, Random random) {
        static final Latency NONE = new Latency(0, 0, null);

        Duration next() {
            return Duration.ofMillis(minMillis + (long) (random.nextDouble() * (maxMillis - minMillis + 1)));
        }
    }

    private Optional<BoardApi.BoardListing> listing(String key) {
        BoardApi.BoardListing listing = practice.get(key);
        return Optional.ofNullable(listing != null ? listing : generated.get(key));
    }

    private static BoardApi api(AtsType ats) {
        return APIS.stream().filter(api -> api.ats() == ats).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(ats.displayName() + " has no public board API"));
    }

    /** The newest posting's publication, so the header moves when the answer does. */
    private static ZonedDateTime lastModified(BoardApi.BoardListing listing, Clock clock) {
        Instant newest = listing.postings().stream().map(posting -> BoardJson.postedAt(posting, clock))
                .max(Instant::compareTo)
                .orElse(LocalDate.now(clock.withZone(ZoneOffset.UTC)).atStartOfDay().toInstant(ZoneOffset.UTC));
        return newest.truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC);
    }

    /** RFC 9110: If-None-Match decides when present; otherwise If-Modified-Since. */
    private static boolean notModified(PracticeRequest request, String etag, ZonedDateTime lastModified) {
        String ifNoneMatch = request.header("if-none-match");
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                    .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
        }
        String ifModifiedSince = request.header("if-modified-since");
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return !lastModified.toInstant().isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static byte[] write(JsonNode node) {
        try {
            return COMPACT.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
