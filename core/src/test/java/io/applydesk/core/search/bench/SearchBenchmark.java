package io.applydesk.core.search.bench;

import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.BoardServer;
import io.applydesk.core.search.BoardServer.Reply;
import io.applydesk.core.search.Fixtures;
import io.applydesk.core.search.fetch.BoardFetcher;
import io.applydesk.core.search.fetch.BoardResult;
import io.applydesk.core.search.fetch.FetchSettings;
import io.applydesk.core.search.fetch.HttpCache;
import io.applydesk.core.search.fetch.Sleeper;
import io.applydesk.core.search.source.BoardApiSettings;
import io.applydesk.core.search.source.JobSources;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Reading many boards one at a time versus concurrently ({@code ./mvnw -B -o -Pbench verify -pl core}). By default
 * an in-process server answers {@code boards} Greenhouse boards (the real fixture) after 20–40 ms of server-side
 * latency each; {@link #run} takes any API settings and board list, so it can point at the practice board APIs.
 * Prints both times and their ratio (target: at most 0.1); asserts nothing about time.
 *
 * <p>Arguments: {@code [boards=60] [concurrency=16]}. Every board is on one host here, standing for boards on many
 * hosts, so the per-host limit is lifted to the concurrency and the spacing to zero; the HTTP cache is off so both
 * runs make every request.
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    /** The time to read {@code boards} with {@code concurrency} boards at once, and how many jobs were read. */
    public record Timing(Duration elapsed, int jobs, int failedBoards) {
    }

    public static void main(String[] args) {
        int boards = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        String body = Fixtures.read("greenhouse/boards-api-jobs-content.tideline.json");
        Random latency = new Random(42);
        List<Board> list = new ArrayList<>();
        try (BoardServer server = new BoardServer()) {
            for (int i = 0; i < boards; i++) {
                String token = "board" + i;
                server.route("/practice/board-api/greenhouse/v1/boards/" + token + "/jobs?content=true",
                        Reply.ok(body).delayed(20 + latency.nextInt(21)));
                list.add(new Board(AtsType.GREENHOUSE, token, "Company " + i));
            }
            BoardApiSettings apis = BoardApiSettings.practice(server.base());
            run(apis, list.subList(0, Math.min(5, list.size())), concurrency); // warm-up: JIT, connections
            Timing sequential = run(apis, list, 1);
            Timing concurrent = run(apis, list, concurrency);
            System.out.printf(Locale.ROOT, "SearchBenchmark: %d boards, 20-40 ms latency each%n", boards);
            System.out.printf(Locale.ROOT, "  sequential (concurrency 1): %6d ms, %d jobs, %d failed boards%n",
                    sequential.elapsed().toMillis(), sequential.jobs(), sequential.failedBoards());
            System.out.printf(Locale.ROOT, "  concurrent (concurrency %d): %6d ms, %d jobs, %d failed boards%n",
                    concurrency, concurrent.elapsed().toMillis(), concurrent.jobs(), concurrent.failedBoards());
            System.out.printf(Locale.ROOT, "  ratio concurrent/sequential: %.3f (target <= 0.1)%n",
                    (double) concurrent.elapsed().toNanos() / sequential.elapsed().toNanos());
        }
    }

    /** Reads {@code boards} from {@code apis} with {@code concurrency} boards (and requests per host) at once. */
    public static Timing run(BoardApiSettings apis, List<Board> boards, int concurrency) {
        FetchSettings settings = FetchSettings.defaults().withConcurrency(concurrency, concurrency)
                .withSpacing(Duration.ZERO);
        BoardFetcher fetcher = new BoardFetcher(BoardFetcher.httpClient(settings), new JobSources(), apis,
                new JobLinkParser(), HttpCache.NONE, settings, Clock.systemUTC(), Sleeper.REAL, new Random());
        long start = System.nanoTime();
        List<BoardResult> results = fetcher.fetchAll(boards);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Timing(elapsed, results.stream().mapToInt(r -> r.jobs().size()).sum(),
                (int) results.stream().filter(r -> !r.report().ok()).count());
    }
}
