package io.applydesk.core.search.catalog;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The catalog of public job boards that ships with ApplyDesk ({@code boards.tsv} beside this class, converted from
 * the board catalog of {@code ../shared/fixtures/board-catalog}; sources in {@code SOURCES.md} beside it), for the
 * "add board" box and for recognising a pasted board's company.
 *
 * <p>Immutable and thread-safe.
 */
public final class BoardCatalog {
    static final String RESOURCE = "boards.tsv";
    /**
     * Read on its first use, not when the app opens: reading and indexing its thousands of lines took ~0.08 s of every
     * desktop start before the window (docs/BENCHMARKS.md), for a search few starts use.
     */
    private static final BoardCatalog SHIPPED = new BoardCatalog(BoardCatalog::load);

    private final Supplier<List<Board>> source;
    /** Null until first used. */
    private volatile Index index;

    /** A catalog of these boards; of two with the same key the first wins. */
    public BoardCatalog(List<Board> boards) {
        this(() -> boards);
    }

    private BoardCatalog(Supplier<List<Board>> source) {
        this.source = source;
    }

    /**
     * The catalog shipped with the app. It is read on first use, which throws {@link ApplyDeskException} when the
     * installation lacks it or it is damaged.
     */
    public static BoardCatalog shipped() {
        return SHIPPED;
    }

    private Index index() {
        Index read = index;
        if (read == null) {
            synchronized (this) {
                if (index == null) {
                    index = Index.of(source.get());
                }
                read = index;
            }
        }
        return read;
    }

    /** The boards in catalog order, and by key. */
    private record Index(List<Board> boards, Map<String, Board> byKey) {
        static Index of(List<Board> boards) {
            Map<String, Board> keyed = new LinkedHashMap<>();
            boards.forEach(board -> keyed.putIfAbsent(board.key(), board));
            return new Index(List.copyOf(keyed.values()), keyed);
        }
    }

    private static List<Board> load() {
        try (InputStream in = BoardCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw damaged("it is missing", null);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw damaged("it could not be read", e);
        } catch (IllegalArgumentException e) {
            throw damaged(e.getMessage(), e);
        }
    }

    /** Lines of {@code ats TAB token TAB company}; {@code #} lines and blank lines are skipped. */
    static List<Board> read(BufferedReader reader) throws IOException {
        List<Board> boards = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            AtsType ats = fields.length == 3 ? atsOf(fields[0]) : null;
            if (ats == null) {
                throw new IllegalArgumentException("line " + number + " is not ats<TAB>token<TAB>company");
            }
            boards.add(new Board(ats, fields[1], fields[2]));
        }
        return boards;
    }

    private static AtsType atsOf(String value) {
        for (AtsType ats : AtsType.values()) {
            if (ats != AtsType.UNKNOWN && ats.apiValue().equals(value)) {
                return ats;
            }
        }
        return null;
    }

    private static ApplyDeskException damaged(String why, Throwable cause) {
        return new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                "ApplyDesk's list of known job boards is damaged (" + why + "). Reinstall ApplyDesk to repair it; "
                        + "boards you added yourself are not affected.", RESOURCE, cause);
    }

    /** Every board, in catalog order. */
    public List<Board> all() {
        return index().boards();
    }

    public int size() {
        return index().boards().size();
    }

    /** The board with this {@link Board#key()} ({@code greenhouse:acme}), ignoring case. */
    public Optional<Board> byKey(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(index().byKey().get(key.toLowerCase(Locale.ROOT)));
    }

    /** The catalog's entry for this ATS and token, ignoring case. */
    public Optional<Board> find(AtsType ats, String token) {
        return token == null || token.isBlank() ? Optional.empty() : byKey(new Board(ats, token, null).key());
    }

    /**
     * Boards whose company name or token starts with {@code typed}, or whose company has a word starting with it,
     * ignoring case: company-name matches first, then token matches, then word matches, each alphabetical.
     *
     * @param limit at most this many (1 or more)
     */
    public List<Board> search(String typed, int limit) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || limit < 1) {
            return List.of();
        }
        List<Ranked> found = new ArrayList<>();
        for (Board board : index().boards()) {
            int rank = rank(board, wanted);
            if (rank >= 0) {
                found.add(new Ranked(board, rank));
            }
        }
        return found.stream()
                .sorted(Comparator.comparingInt(Ranked::rank)
                        .thenComparing(ranked -> ranked.board().companyName(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(ranked -> ranked.board().key()))
                .limit(limit).map(Ranked::board).toList();
    }

    /** 0 company prefix, 1 token prefix, 2 a later word of the company, -1 no match. */
    private static int rank(Board board, String wanted) {
        String company = board.companyName().toLowerCase(Locale.ROOT);
        if (company.startsWith(wanted)) {
            return 0;
        }
        if (board.token().toLowerCase(Locale.ROOT).startsWith(wanted)) {
            return 1;
        }
        return company.contains(" " + wanted) ? 2 : -1;
    }

    /**
     * The boards of the practice server at {@code practiceBaseUrl} (its practice tenants and any generated boards),
     * for a practice run's search.
     *
     * @throws ApplyDeskException WORKER_TIMEOUT when the practice server does not answer with its list
     */
    public static List<Board> practiceBoards(String practiceBaseUrl, HttpClient http) {
        return PracticeBoardList.fetch(practiceBaseUrl, http);
    }

    private record Ranked(Board board, int rank) {
    }
}
