package io.applydesk.automation.bench;

import io.applydesk.automation.sandbox.PracticeAts;
import io.applydesk.automation.sandbox.boards.PracticeBoards;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.search.Board;
import io.applydesk.core.search.fetch.BoardFetcher;
import io.applydesk.core.search.fetch.BoardResult;
import io.applydesk.core.search.fetch.FetchSettings;
import io.applydesk.core.search.fetch.HttpCache;
import io.applydesk.core.search.fetch.Sleeper;
import io.applydesk.core.search.source.BoardApiSettings;
import io.applydesk.core.search.source.JobSources;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Job search over many boards served by the practice ATS: every board read one at a time, then with the app's
 * default concurrency, then with a higher one, in one run; prints the times and their ratios (target: the
 * concurrent search at most 0.1 of the sequential one). Asserts nothing about time.
 *
 * <p>The boards are the practice board APIs' generated boards ({@link PracticeBoards#addGenerated}), spread over
 * the eight ATSs, answered after a simulated network latency drawn from a seeded random
 * ({@link PracticeBoards#setLatency}): a local server alone answers in microseconds. The fetcher runs with the
 * app's politeness (at most 4 requests in flight and 100 ms between requests per real API host: every
 * Greenhouse board shares boards-api.greenhouse.io, each Recruitee, Workday and BambooHR tenant has its own
 * host), and without the HTTP cache, so every run makes every request.
 *
 * <p>Run with {@code ./mvnw -B -Pbench -pl automation -am verify -DskipTests -Dexec.args="search"}; options
 * {@code boards=500 concurrency=32 latency=80-200 seed=7}. Arguments naming other benchmarks (the engine
 * benchmark's forms) skip this one. Results go into docs/BENCHMARKS.md.
 */
public final class BoardSearchBenchmark {

    private BoardSearchBenchmark() {
    }

    /** One configuration's read of every board. */
    record Timing(int concurrency, Duration elapsed, int jobs, int failedBoards) {
    }

    /** The options; null when the arguments are for another benchmark only. */
    record Options(int boards, int concurrency, int minLatencyMillis, int maxLatencyMillis, long seed) {

        static Options parse(String[] args) {
            Options o = new Options(500, 32, 80, 200, 7);
            boolean ours = args.length == 0;
            for (String arg : args) {
                String[] kv = arg.split("=", 2);
                switch (kv[0]) {
                    case "search" -> ours = true;
                    case "boards" -> o = new Options(Integer.parseInt(kv[1]), o.concurrency, o.minLatencyMillis,
                            o.maxLatencyMillis, o.seed);
                    case "concurrency" -> o = new Options(o.boards, Integer.parseInt(kv[1]), o.minLatencyMillis,
                            o.maxLatencyMillis, o.seed);
                    case "latency" -> {
                        String[] range = kv[1].split("-", 2);
                        o = new Options(o.boards, o.concurrency, Integer.parseInt(range[0]),
                                Integer.parseInt(range[1]), o.seed);
                    }
                    case "seed" -> o = new Options(o.boards, o.concurrency, o.minLatencyMillis, o.maxLatencyMillis,
                            Long.parseLong(kv[1]));
                    default -> {
                        // Another benchmark's argument (a form name of EngineBenchmark).
                    }
                }
                ours |= kv.length == 2;
            }
            return ours ? o : null;
        }
    }

    public static void main(String[] args) {
        Options options = Options.parse(args);
        if (options == null) {
            System.out.println("BoardSearchBenchmark: skipped (the arguments name other benchmarks; add 'search')");
            return;
        }
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (PracticeAts ats = PracticeAts.start(0)) {
            PracticeBoards practice = ats.boards();
            List<Board> boards = practice.addGenerated(options.boards(), options.seed());
            BoardApiSettings apis = BoardApiSettings.practice(URI.create(ats.baseUrl()));
            // Warm-up without latency: class loading, JIT, the HTTP client's connections.
            run(apis, boards, 16, options.seed());
            practice.setLatency(Duration.ofMillis(options.minLatencyMillis()),
                    Duration.ofMillis(options.maxLatencyMillis()), options.seed());

            Timing sequential = run(apis, boards, 1, options.seed());
            Timing appDefault = run(apis, boards, FetchSettings.defaults().concurrency(), options.seed());
            Timing concurrent = run(apis, boards, options.concurrency(), options.seed());

            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            System.out.printf(Locale.ROOT, "BoardSearchBenchmark: %d practice boards (%s), %d-%d ms simulated "
                            + "latency per response (seed %d), %d CPUs, load average %.2f before, %.2f after%n",
                    boards.size(), perAts(boards), options.minLatencyMillis(), options.maxLatencyMillis(),
                    options.seed(), Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
            for (Timing t : List.of(sequential, appDefault, concurrent)) {
                System.out.printf(Locale.ROOT, "  concurrency %2d: %7d ms, %d jobs, %d failed boards, "
                                + "ratio to sequential %.3f%n", t.concurrency(), t.elapsed().toMillis(), t.jobs(),
                        t.failedBoards(), (double) t.elapsed().toNanos() / sequential.elapsed().toNanos());
            }
            System.out.printf(Locale.ROOT, "  ratio concurrent (%d) / sequential: %.3f (target <= 0.1)%n",
                    concurrent.concurrency(), (double) concurrent.elapsed().toNanos() / sequential.elapsed().toNanos());
            if (sequential.jobs() != concurrent.jobs() || sequential.failedBoards() + concurrent.failedBoards() > 0) {
                System.out.println("  WARNING: the runs did not read the same jobs from every board");
            }
        }
    }

    /** Reads every board with the app's politeness per host, {@code concurrency} boards at once, no cache. */
    static Timing run(BoardApiSettings apis, List<Board> boards, int concurrency, long seed) {
        FetchSettings defaults = FetchSettings.defaults();
        FetchSettings settings = defaults.withConcurrency(concurrency, defaults.perHostInFlight());
        BoardFetcher fetcher = new BoardFetcher(new JobSources(), apis,
                new JobLinkParser(), HttpCache.NONE, settings, Clock.systemUTC(), Sleeper.REAL, new Random(seed));
        long start = System.nanoTime();
        List<BoardResult> results = fetcher.fetchAll(boards);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new Timing(concurrency, elapsed, results.stream().mapToInt(r -> r.jobs().size()).sum(),
                (int) results.stream().filter(r -> !r.report().ok()).count());
    }

    private static String perAts(List<Board> boards) {
        Map<AtsType, Integer> counts = new EnumMap<>(AtsType.class);
        boards.forEach(board -> counts.merge(board.ats(), 1, Integer::sum));
        StringBuilder text = new StringBuilder();
        counts.forEach((ats, n) -> text.append(text.length() == 0 ? "" : ", ").append(n).append(' ')
                .append(ats.displayName()));
        return text.toString();
    }
}
