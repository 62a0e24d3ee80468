package io.applydesk.automation.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.automation.sandbox.boards.BoardFailure;
import io.applydesk.automation.sandbox.boards.BoardPosting;
import io.applydesk.automation.sandbox.boards.PracticeBoards;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.json.Json;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.catalog.BoardCatalog;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The practice board APIs over plain HTTP: the real response shapes (compared with the real responses in
 * {@code ../shared/fixtures/}), the practice jobs on their tenants' boards with their form URLs, paging,
 * conditional requests, unknown boards, switchable failures and the generated boards.
 */
class PracticeBoardsTest extends PracticeHttpTest {
    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private PracticeBoards boards;

    @BeforeEach
    void fixClock() {
        boards = ats.boards();
        boards.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void greenhouseBoardHasTheRealShape() throws Exception {
        JsonNode answer = board(practiceBoard(AtsType.GREENHOUSE, "northwind-robotics"));
        JsonNode fixture = fixture("greenhouse/boards-api-jobs-content.tideline.json");
        assertSameShape(fixture, answer);
        assertEquals(answer.path("jobs").size(), answer.path("meta").path("total").asInt());
        JsonNode first = answer.path("jobs").get(0);
        assertTrue(first.path("content").asText().startsWith("&lt;p&gt;"), "content is entity-escaped HTML");
        assertTrue(first.path("content").asText().contains("Annual Salary"), "the pay paragraph is in the content");
    }

    @Test
    void leverBoardHasTheRealShape() throws Exception {
        JsonNode answer = board(practiceBoard(AtsType.LEVER, "tideline"));
        assertTrue(answer.isArray());
        assertSameShape(fixture("lever/postings-api-list.tideline.json"), answer);
        JsonNode first = answer.get(0);
        assertEquals(first.path("hostedUrl").asText() + "/apply", first.path("applyUrl").asText());
        assertTrue(first.path("createdAt").isIntegralNumber(), "createdAt is epoch milliseconds");
        assertTrue(first.path("salaryRange").path("min").isInt());
    }

    @Test
    void ashbyBoardHasTheRealShapeOfBothFixtures() throws Exception {
        JsonNode answer = board(practiceBoard(AtsType.ASHBY, "harborlight"));
        assertSameShape(fixture("ashby/posting-api-job-board.tideline.json"), answer);
        assertSameShape(fixture("ashby/posting-api-job-board.intern-radar.json"), answer);
        JsonNode withoutPay = Json.mapper().readTree(get(boards.apiUrl(practiceBoard(AtsType.ASHBY, "harborlight"))
                .replace("includeCompensation=true", "includeCompensation=false")).body());
        assertTrue(withoutPay.path("jobs").get(0).path("compensation").isMissingNode());
    }

    @Test
    void smartRecruitersAndWorkdayBoardsHaveTheRealShape() throws Exception {
        assertSameShape(fixture("smartrecruiters/postings-list.intern-radar.json"),
                board(practiceBoard(AtsType.SMARTRECRUITERS, "BrightwaterAnalytics1")));
        JsonNode workday = board(practiceBoard(AtsType.WORKDAY, "northwind.wd1/External"));
        assertSameShape(fixture("workday/cxs-jobs-list.intern-radar.json"), workday);
        assertTrue(workday.path("jobPostings").get(0).path("postedOn").asText().matches(
                "Posted (Today|Yesterday|\\d+ Days Ago|30\\+ Days Ago)"));
    }

    /** No fixture exists for these three: the fields ATS-REFERENCE §4, §7 and §8 list. */
    @Test
    void workableRecruiteeAndBambooHrBoardsHaveTheReferenceFields() throws Exception {
        JsonNode workable = board(practiceBoard(AtsType.WORKABLE, "harborlight-health"));
        assertHasFields(workable, "name", "description", "jobs");
        assertHasFields(workable.path("jobs").get(0), "title", "shortcode", "code", "employment_type",
                "telecommuting", "department", "url", "shortlink", "application_url", "published_on", "created_at",
                "country", "city", "state", "education", "experience", "function", "industry", "locations",
                "description");
        assertHasFields(workable.path("jobs").get(0).path("locations").get(0), "country", "countryCode", "city",
                "region", "hidden");
        JsonNode recruitee = board(practiceBoard(AtsType.RECRUITEE, "copperleaf"));
        assertHasFields(recruitee.path("offers").get(0), "id", "slug", "title", "description", "requirements",
                "location", "city", "country", "country_code", "state_code", "postal_code", "remote", "hybrid",
                "on_site", "careers_url", "careers_apply_url", "company_name", "department", "employment_type_code",
                "category_code", "experience_code", "education_code", "options_phone", "options_photo",
                "options_cover_letter", "options_cv", "open_questions", "tags", "status", "published_at",
                "created_at");
        JsonNode bamboo = board(practiceBoard(AtsType.BAMBOOHR, "lonestarlogistics"));
        assertEquals(bamboo.path("result").size(), bamboo.path("meta").path("totalCount").asInt());
        assertHasFields(bamboo.path("result").get(0), "id", "jobOpeningName", "departmentId", "departmentLabel",
                "employmentStatusLabel", "location", "atsLocation", "isRemote", "locationType");
    }

    @Test
    void everyPracticeJobIsOnItsTenantsBoardWithItsFormUrl() throws Exception {
        List<PracticeJob> jobs = Stream.concat(ats.jobs().stream(), ats.boardOnlyJobs().stream())
                .filter(job -> job.atsType() != AtsType.UNKNOWN).toList();
        assertEquals(20, ats.jobs().stream().filter(job -> job.atsType() != AtsType.UNKNOWN).count());
        Set<AtsType> covered = EnumSet.noneOf(AtsType.class);
        for (PracticeJob job : jobs) {
            Board board = boards.practiceBoards().stream()
                    .filter(candidate -> boards.postings(candidate).stream()
                            .anyMatch(posting -> posting.jobId().equals(job.jobId())))
                    .findFirst().orElseThrow(() -> new AssertionError("no board lists " + job));
            assertEquals(job.atsType(), board.ats());
            assertEquals(job.companyName(), board.companyName());
            JsonNode listed = listedItem(board, job);
            assertNotNull(listed, job + " is listed");
            assertEquals(job.url(), listedUrl(board, job, listed), "the listed URL of " + job);
            covered.add(board.ats());
        }
        assertEquals(EnumSet.of(AtsType.GREENHOUSE, AtsType.LEVER, AtsType.ASHBY, AtsType.WORKABLE,
                AtsType.SMARTRECRUITERS, AtsType.RECRUITEE, AtsType.WORKDAY, AtsType.BAMBOOHR), covered);
    }

    @Test
    void boardOnlyPostingsAreSoftwareEngineerTitlesOnFiveAtssServedByTheReplicas() throws Exception {
        List<PracticeJob> aliases = ats.boardOnlyJobs();
        assertTrue(aliases.size() >= 10, "about ten aliases, got " + aliases.size());
        assertTrue(aliases.stream().map(PracticeJob::atsType).distinct().count() >= 5);
        Set<String> practiceIds = ats.jobs().stream().map(PracticeJob::jobId).collect(Collectors.toSet());
        for (PracticeJob alias : aliases) {
            assertTrue(alias.title().contains("Software"), alias.title());
            assertFalse(practiceIds.contains(alias.jobId()), "an alias has its own job id");
            assertFalse(alias.needsCandidateInput());
            HttpResponse<String> form = get(alias.url());
            assertEquals(200, form.statusCode(), alias.url());
        }
    }

    @Test
    void postedDatesFollowTheClockAndVary() throws Exception {
        Board board = practiceBoard(AtsType.GREENHOUSE, "northwind-robotics");
        JsonNode job = board(board).path("jobs").get(0);
        BoardPosting posting = boards.postings(board).get(0);
        LocalDate published = OffsetDateTime.parse(job.path("first_published").asText())
                .atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        assertEquals(LocalDate.of(2026, 11, 28).minusDays(posting.postedDaysAgo()), published);
        Set<Integer> ages = boards.practiceBoards().stream().flatMap(each -> boards.postings(each).stream())
                .map(BoardPosting::postedDaysAgo).collect(Collectors.toSet());
        assertTrue(ages.size() > 5, "posted dates vary: " + ages);

        boards.setClock(Clock.fixed(NOW.plus(Duration.ofDays(3)), ZoneOffset.UTC));
        LocalDate later = OffsetDateTime.parse(board(board).path("jobs").get(0).path("first_published").asText())
                .atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        assertEquals(published.plusDays(3), later);
    }

    @Test
    void conditionalRequestsAreAnswered304UntilTheBoardChanges() throws Exception {
        String url = boards.apiUrl(practiceBoard(AtsType.LEVER, "tideline"));
        HttpResponse<String> first = get(url);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> byTag = send(HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", etag).build());
        assertEquals(304, byTag.statusCode());
        assertEquals("", byTag.body());
        assertEquals(etag, byTag.headers().firstValue("ETag").orElseThrow());
        HttpResponse<String> byDate = send(HttpRequest.newBuilder(URI.create(url))
                .header("If-Modified-Since", lastModified).build());
        assertEquals(304, byDate.statusCode());
        HttpResponse<String> otherTag = send(HttpRequest.newBuilder(URI.create(url))
                .header("If-None-Match", "\"something-else\"").build());
        assertEquals(200, otherTag.statusCode());

        boards.setClock(Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC));
        HttpResponse<String> nextDay = send(HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", etag).build());
        assertEquals(200, nextDay.statusCode(), "the dates moved, so the answer changed");
        assertNotEquals(etag, nextDay.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void workdayConditionalPostIsAnswered304Too() throws Exception {
        Board board = practiceBoard(AtsType.WORKDAY, "acme.wd1/Careers");
        HttpResponse<String> first = workday(board, 0, 20, Map.of());
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, workday(board, 0, 20, Map.of("If-None-Match", etag)).statusCode());
    }

    @Test
    void leverSmartRecruitersAndWorkdayPageAsTheRealApisDo() throws Exception {
        List<Board> generated = boards.addGenerated(64, 7);
        Board lever = largest(generated, AtsType.LEVER);
        int total = boards.postings(lever).size();
        List<String> paged = new ArrayList<>();
        for (int skip = 0; skip < total; skip += 7) {
            board(URI.create(boards.apiUrl(lever) + "&skip=" + skip + "&limit=7").toString())
                    .forEach(item -> paged.add(item.path("id").asText()));
        }
        assertEquals(boards.postings(lever).stream().map(BoardPosting::jobId).toList(), paged);
        assertEquals(total, board(boards.apiUrl(lever)).size(), "no limit: the whole list");

        Board smart = largest(generated, AtsType.SMARTRECRUITERS);
        JsonNode clamped = board(boards.apiUrl(smart).replace("limit=100", "limit=500"));
        assertEquals(100, clamped.path("limit").asInt());
        assertEquals(boards.postings(smart).size(), clamped.path("totalFound").asInt());
        JsonNode second = board(boards.apiUrl(smart).replace("limit=100&offset=0", "limit=5&offset=5"));
        assertEquals(5, second.path("offset").asInt());
        assertEquals(boards.postings(smart).get(5).apiId(), second.path("content").get(0).path("id").asText());

        Board workday = largest(generated, AtsType.WORKDAY);
        int workdayTotal = boards.postings(workday).size();
        assertTrue(workdayTotal > 20, "a generated Workday board with more than one page: " + workdayTotal);
        JsonNode page = Json.mapper().readTree(workday(workday, 0, 50, Map.of()).body());
        assertEquals(20, page.path("jobPostings").size(), "at most 20 a page");
        assertEquals(workdayTotal, page.path("total").asInt());
        Set<String> seen = new HashSet<>();
        for (int offset = 0; offset < workdayTotal; offset += 20) {
            Json.mapper().readTree(workday(workday, offset, 20, Map.of()).body()).path("jobPostings")
                    .forEach(item -> seen.add(item.path("bulletFields").get(0).asText()));
        }
        assertEquals(workdayTotal, seen.size());
    }

    @Test
    void unknownBoardsAreAnsweredAsTheRealApisAnswer() throws Exception {
        String base = boards.apiBaseUrl();
        HttpResponse<String> greenhouse = get(base + "/greenhouse/v1/boards/no-such-board/jobs?content=true");
        assertEquals(404, greenhouse.statusCode());
        assertEquals("Not found", Json.mapper().readTree(greenhouse.body()).path("error").asText());
        HttpResponse<String> lever = get(base + "/lever/v0/postings/no-such-site?mode=json");
        assertEquals(404, lever.statusCode());
        assertEquals("Document not found", Json.mapper().readTree(lever.body()).path("error").asText());
        HttpResponse<String> ashby = get(base + "/ashby/posting-api/job-board/no-such-org");
        assertEquals(404, ashby.statusCode());
        assertFalse(Json.mapper().readTree(ashby.body()).path("success").asBoolean(true));
        HttpResponse<String> smart = get(base + "/smartrecruiters/v1/companies/NoSuchCompany/postings?limit=100");
        assertEquals(200, smart.statusCode());
        assertEquals(0, Json.mapper().readTree(smart.body()).path("totalFound").asInt(-1));
        assertEquals(404, get(base + "/workable/api/v1/widget/accounts/no-such-account").statusCode());
        assertEquals(404, get(base + "/recruitee/no-such-company/api/offers/").statusCode());
        assertEquals(404, get(base + "/bamboohr/no-such-company/careers/list").statusCode());
        assertEquals(404, workday(new Board(AtsType.WORKDAY, "nosuch.wd1/External", null), 0, 20, Map.of())
                .statusCode());
    }

    @Test
    void aBoardCanFailWithServerErrorMalformedJsonOrSlowness() throws Exception {
        Board board = practiceBoard(AtsType.GREENHOUSE, "lumen-health");
        String url = boards.apiUrl(board);
        boards.setFailure(board, BoardFailure.SERVER_ERROR);
        assertEquals(500, get(url).statusCode());

        boards.setFailure(board, BoardFailure.MALFORMED_JSON);
        HttpResponse<String> malformed = get(url);
        assertEquals(200, malformed.statusCode());
        assertThrows(IOException.class, () -> Json.mapper().readTree(malformed.body()));

        boards.setSlowDelay(Duration.ofSeconds(5));
        boards.setFailure(board, BoardFailure.SLOW);
        assertThrows(HttpTimeoutException.class,
                () -> send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMillis(200)).build()));

        Board other = practiceBoard(AtsType.GREENHOUSE, "northwind-robotics");
        assertEquals(200, get(boards.apiUrl(other)).statusCode(), "only the failing board fails");
        boards.clearFailures();
        assertEquals(200, get(url).statusCode());
        assertThrows(IllegalArgumentException.class,
                () -> boards.setFailure(new Board(AtsType.LEVER, "no-such-site", null), BoardFailure.SLOW));
    }

    @Test
    void generatedBoardsAreDeterministicAndSpreadOverTheEightAtss() throws Exception {
        assertTrue(boards.generatedBoards().isEmpty(), "off by default");
        List<Board> generated = boards.addGenerated(40, 42);
        assertEquals(40, generated.size());
        assertEquals(8, generated.stream().map(Board::ats).distinct().count());
        for (Board board : generated) {
            int size = boards.postings(board).size();
            assertTrue(size >= 5 && size <= 40, board.key() + " has " + size);
            assertTrue(boards.postings(board).stream().allMatch(posting -> posting.postedDaysAgo() < 60));
        }
        assertTrue(generated.stream().flatMap(board -> boards.postings(board).stream())
                .anyMatch(posting -> posting.workType() == BoardPosting.WorkType.REMOTE));

        try (PracticeAts twin = PracticeAts.start(0)) {
            twin.boards().setClock(Clock.fixed(NOW, ZoneOffset.UTC));
            List<Board> again = twin.boards().addGenerated(40, 42);
            assertEquals(generated, again);
            for (Board board : List.of(generated.get(0), generated.get(13), generated.get(38))) {
                assertEquals(stripHost(get(boards.apiUrl(board)).body()),
                        stripHost(get(twin.boards().apiUrl(board)).body()), board.key());
            }
            assertNotEquals(generated, twin.boards().addGenerated(40, 43).subList(0, 40));
        }
        BoardPosting closed = boards.postings(generated.get(0)).get(0);
        assertEquals(404, get(closed.applyUrl()).statusCode(), "generated postings are closed on the replicas");
    }

    @Test
    void theCoreCatalogReadsThePracticeServersBoardList() {
        boards.addGenerated(9, 3);
        List<Board> listed = BoardCatalog.practiceBoards(ats.baseUrl(), HttpClient.newHttpClient());
        assertEquals(boards.boards(), listed);
        assertTrue(listed.containsAll(boards.generatedBoards()));
        assertTrue(listed.stream().anyMatch(board -> board.key().equals("workday:northwind.wd1/external")));
    }

    private JsonNode board(Board board) throws IOException, InterruptedException {
        if (board.ats() == AtsType.WORKDAY) {
            HttpResponse<String> answer = workday(board, 0, 20, Map.of());
            assertEquals(200, answer.statusCode());
            return Json.mapper().readTree(answer.body());
        }
        return board(boards.apiUrl(board));
    }

    private JsonNode board(String url) throws IOException, InterruptedException {
        HttpResponse<String> answer = get(url);
        assertEquals(200, answer.statusCode(), url);
        assertTrue(answer.headers().firstValue("ETag").isPresent());
        assertTrue(answer.headers().firstValue("Last-Modified").isPresent());
        return Json.mapper().readTree(answer.body());
    }

    private HttpResponse<String> workday(Board board, int offset, int limit, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(boards.apiUrl(board)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"appliedFacets\":{},\"limit\":" + limit + ",\"offset\":"
                        + offset + ",\"searchText\":\"\"}"));
        headers.forEach(request::header);
        return send(request.build());
    }

    private Board practiceBoard(AtsType ats, String token) {
        return boards.practiceBoards().stream()
                .filter(board -> board.ats() == ats && board.token().equals(token)).findFirst()
                .orElseThrow(() -> new AssertionError("no practice board " + ats + ":" + token));
    }

    private Board largest(List<Board> generated, AtsType ats) {
        return generated.stream().filter(board -> board.ats() == ats)
                .max((a, b) -> Integer.compare(boards.postings(a).size(), boards.postings(b).size())).orElseThrow();
    }

    /** The item of the board's answer that lists the job, found by the id the ATS publishes. */
    private JsonNode listedItem(Board board, PracticeJob job) throws IOException, InterruptedException {
        JsonNode answer = board(board);
        BoardPosting posting = boards.postings(board).stream().filter(each -> each.jobId().equals(job.jobId()))
                .findFirst().orElseThrow();
        JsonNode items;
        String idField;
        switch (board.ats()) {
            case GREENHOUSE, ASHBY -> { items = answer.path("jobs"); idField = "id"; }
            case LEVER -> { items = answer; idField = "id"; }
            case WORKABLE -> { items = answer.path("jobs"); idField = "shortcode"; }
            case SMARTRECRUITERS -> { items = answer.path("content"); idField = "uuid"; }
            case RECRUITEE -> { items = answer.path("offers"); idField = "slug"; }
            case WORKDAY -> { items = answer.path("jobPostings"); idField = "externalPath"; }
            default -> { items = answer.path("result"); idField = "id"; }
        }
        String wanted = board.ats() == AtsType.WORKDAY ? posting.apiId() : job.jobId();
        for (JsonNode item : items) {
            if (item.path(idField).asText().equals(wanted)) {
                String title = item.path(board.ats() == AtsType.LEVER ? "text"
                        : board.ats() == AtsType.SMARTRECRUITERS ? "name"
                        : board.ats() == AtsType.BAMBOOHR ? "jobOpeningName" : "title").asText();
                assertEquals(job.title(), title);
                return item;
            }
        }
        return null;
    }

    /**
     * The job's URL as a search reads it from the listing: the published apply URL where the ATS publishes one,
     * else the posting page built from the listed id the way the real one is built (SmartRecruiters'
     * {@code jobs.smartrecruiters.com/{company}/{id}}, Workday's {@code /{site}{externalPath}} on the tenant's host,
     * BambooHR's {@code /careers/{id}}), which must then answer 200 on the replica.
     */
    private String listedUrl(Board board, PracticeJob job, JsonNode item) throws IOException, InterruptedException {
        String practice = ats.baseUrl() + "/practice/";
        String built = switch (board.ats()) {
            case GREENHOUSE -> item.path("absolute_url").asText();
            case LEVER, ASHBY -> item.path("applyUrl").asText();
            case WORKABLE -> item.path("application_url").asText();
            case RECRUITEE -> item.path("careers_apply_url").asText();
            case SMARTRECRUITERS -> practice + "smartrecruiters/" + board.token() + "/" + item.path("id").asText();
            case WORKDAY -> practice + "workday/" + board.workdayTenant() + "/" + board.workdaySite()
                    + item.path("externalPath").asText();
            default -> practice + "bamboohr/" + board.token() + "/careers/" + item.path("id").asText();
        };
        if (board.ats() == AtsType.SMARTRECRUITERS || board.ats() == AtsType.WORKDAY) {
            assertEquals(200, get(built).statusCode(), "the posting page built from the listing: " + built);
            return job.url();
        }
        return built;
    }

    private static String stripHost(String body) {
        return body.replaceAll("http://127\\.0\\.0\\.1:\\d+", "");
    }

    /** Every key of the fixture (recursively; an array through its first item) is in ours with the same type. */
    private static void assertSameShape(JsonNode fixture, JsonNode ours) {
        List<String> problems = new ArrayList<>();
        compare(fixture, ours, "$", problems);
        assertTrue(problems.isEmpty(), "differs from the real response: " + problems);
    }

    private static void compare(JsonNode fixture, JsonNode ours, String path, List<String> problems) {
        if (fixture.isObject()) {
            if (!ours.isObject()) {
                problems.add(path + " is not an object");
                return;
            }
            fixture.fieldNames().forEachRemaining(name -> {
                if (!ours.has(name)) {
                    problems.add(path + "." + name + " missing");
                } else if (!fixture.get(name).isNull() && !ours.get(name).isNull()) {
                    compare(fixture.get(name), ours.get(name), path + "." + name, problems);
                }
            });
        } else if (fixture.isArray()) {
            if (!ours.isArray()) {
                problems.add(path + " is not an array");
            } else if (!fixture.isEmpty() && !ours.isEmpty()) {
                compare(fixture.get(0), ours.get(0), path + "[0]", problems);
            }
        } else if (fixture.getNodeType() != ours.getNodeType() || fixture.isIntegralNumber() != ours.isIntegralNumber()) {
            problems.add(path + " is " + ours.getNodeType() + ", not " + fixture.getNodeType());
        }
    }

    private static void assertHasFields(JsonNode node, String... names) {
        for (String name : names) {
            assertTrue(node.has(name), "missing " + name + " in " + node);
        }
    }

    @Test
    void aSimulatedLatencyHoldsEveryAnswerBackBySeededDrawsAndIsOffByDefault() {
        Board board = boards.practiceBoards().get(0);
        PracticeRequest request = new PracticeRequest("GET", URI.create(boards.apiUrl(board)), Map.of(), new byte[0]);
        assertEquals(Duration.ZERO, boards.handle(request).orElseThrow().delay());

        boards.setLatency(Duration.ofMillis(80), Duration.ofMillis(200), 5);
        List<Duration> first = Stream.generate(() -> boards.handle(request).orElseThrow().delay()).limit(50).toList();
        boards.setLatency(Duration.ofMillis(80), Duration.ofMillis(200), 5);
        List<Duration> again = Stream.generate(() -> boards.handle(request).orElseThrow().delay()).limit(50).toList();

        assertEquals(first, again, "the same seed gives the same delays");
        assertTrue(first.stream().allMatch(d -> d.toMillis() >= 80 && d.toMillis() <= 200), first::toString);
        assertTrue(new HashSet<>(first).size() > 10, "the delays vary: " + first);
        assertEquals(200, boards.handle(request).orElseThrow().status(), "the answer itself is unchanged");
        boards.setFailure(board, BoardFailure.SLOW);
        boards.setSlowDelay(Duration.ofSeconds(40));
        assertTrue(boards.handle(request).orElseThrow().delay().compareTo(Duration.ofMillis(40_080)) >= 0,
                "a slow board is slow on top of the network");
        boards.clearFailures();
        boards.setLatency(Duration.ZERO, Duration.ZERO, 5);
        assertEquals(Duration.ZERO, boards.handle(request).orElseThrow().delay());
        assertThrows(IllegalArgumentException.class,
                () -> boards.setLatency(Duration.ofMillis(200), Duration.ofMillis(80), 5));
    }

    /** A real response from {@code ../shared/fixtures/} next to the repository. */
    private static JsonNode fixture(String name) throws IOException {
        Path fixtures = Path.of("").toAbsolutePath().getParent().resolveSibling("shared").resolve("fixtures");
        Path file = fixtures.resolve(name);
        assertTrue(Files.isRegularFile(file), "the real responses are expected in " + fixtures);
        return Json.mapper().readTree(file.toFile());
    }
}
