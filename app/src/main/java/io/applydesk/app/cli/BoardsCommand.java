package io.applydesk.app.cli;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.core.common.Page;
import io.applydesk.core.common.PageRequest;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.JobLinkParser;
import io.applydesk.core.search.catalog.BoardCatalog;
import io.applydesk.core.search.catalog.BoardGroup;
import io.applydesk.core.search.catalog.BoardList;
import io.applydesk.core.search.catalog.SavedBoard;
import io.applydesk.core.store.Database;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code applydesk boards}: the candidate's own list of job boards, which searches and autopilot runs read
 * instead of the whole shipped catalog once it has a board. Boards are added by pasting any job or board
 * link (the board is recognised from it), removed, and grouped.
 *
 * <pre>
 * applydesk boards                          list the boards
 * applydesk boards add LINK... [--group G]  add the boards these links are on (and put them in group G)
 * applydesk boards remove BOARD...          remove boards (a key such as greenhouse:acme, or a link)
 * applydesk boards groups                   list the groups
 * applydesk boards group G BOARD...         put boards in group G (made if new)
 * applydesk boards ungroup G BOARD...       take boards out of group G
 * </pre>
 *
 * <p>Only the database is opened; no browser, no practice server.
 */
final class BoardsCommand {
    static final String USAGE = """
            Usage:
              applydesk boards                          list your job boards (searches read these once you add one)
              applydesk boards add LINK... [--group G]  add the board each job or board link is on
              applydesk boards remove BOARD...          remove boards (a key like greenhouse:acme, or a link)
              applydesk boards groups                   list your groups of boards
              applydesk boards group G BOARD...         put boards in group G (made when new)
              applydesk boards ungroup G BOARD...       take boards out of group G
            """;
    private static final Logger LOG = LoggerFactory.getLogger(BoardsCommand.class);

    private final PrintStream out;
    private final PrintStream err;
    private final AppOptions options;

    BoardsCommand(PrintStream out, PrintStream err, AppOptions options) {
        this.out = out;
        this.err = err;
        this.options = options;
    }

    /** Runs {@code boards ARGS}; returns the exit status. */
    int run(List<String> args) {
        String action = args.isEmpty() ? "list" : args.get(0);
        List<String> rest = args.isEmpty() ? List.of() : args.subList(1, args.size());
        switch (action) {
            case "--help":
            case "-h":
                out.print(USAGE);
                return Cli.EXIT_OK;
            case "list":
                return rest.isEmpty() ? withList(this::list) : refused("'boards list' takes no arguments.");
            case "groups":
                return rest.isEmpty() ? withList(this::groups) : refused("'boards groups' takes no arguments.");
            case "add":
                return add(rest);
            case "remove":
                return rest.isEmpty() ? refused("Say which boards to remove, e.g. 'applydesk boards remove "
                        + "greenhouse:acme'.") : withList(boards -> rest.forEach(board -> remove(boards, board)));
            case "group":
            case "ungroup":
                if (rest.size() < 2) {
                    return refused("Say the group and at least one board, e.g. 'applydesk boards " + action
                            + " \"Dream jobs\" greenhouse:acme'.");
                }
                return withList(boards -> regroup(boards, action.equals("group"), rest.get(0),
                        rest.subList(1, rest.size())));
            default:
                return refused("'" + action + "' is not something 'applydesk boards' does. Run 'applydesk boards "
                        + "--help' to see what it does.");
        }
    }

    private int add(List<String> args) {
        List<String> links = new ArrayList<>();
        String group = null;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--group")) {
                if (i + 1 >= args.size()) {
                    return refused("The option --group needs a value, for example: --group \"Dream jobs\".");
                }
                group = args.get(++i);
            } else if (args.get(i).startsWith("--")) {
                return refused("'" + args.get(i) + "' is not an option of boards add.");
            } else {
                links.add(args.get(i));
            }
        }
        if (links.isEmpty()) {
            return refused("Paste at least one job or board link, e.g. 'applydesk boards add "
                    + "https://boards.greenhouse.io/acme'.");
        }
        String groupName = group;
        return withList(boards -> {
            List<String> keys = new ArrayList<>();
            for (String link : links) {
                SavedBoard saved = boards.addFromUrl(link);
                keys.add(saved.board().key());
                out.println("added " + saved.board().key() + "  " + saved.board().companyName() + " ("
                        + saved.board().ats().displayName() + ")");
            }
            if (groupName != null) {
                regroup(boards, true, groupName, keys);
            }
        });
    }

    private void list(BoardList boards) {
        Page<SavedBoard> page = boards.list(PageRequest.of(1, PageRequest.MAX_LIMIT));
        if (page.data().isEmpty()) {
            out.println("No boards of your own yet: searches read every board of the catalog that ships with"
                    + " ApplyDesk. Add one with 'applydesk boards add LINK'.");
            return;
        }
        TextTable table = new TextTable("BOARD", "COMPANY", "ATS", "ADDED FROM");
        for (SavedBoard saved : page.data()) {
            table.row(saved.board().key(), saved.board().companyName(), saved.board().ats().displayName(),
                    saved.sourceUrl());
        }
        table.print(out);
        long total = page.pagination().total();
        out.println(total > page.data().size() ? "The first " + page.data().size() + " of " + total + " boards."
                : total + (total == 1 ? " board." : " boards."));
    }

    private void groups(BoardList boards) {
        List<BoardGroup> groups = boards.groups();
        if (groups.isEmpty()) {
            out.println("No groups yet. Make one with 'applydesk boards group NAME BOARD...'.");
            return;
        }
        TextTable table = new TextTable("GROUP", "BOARDS");
        groups.forEach(g -> table.row(g.name(), g.boardCount()));
        table.print(out);
    }

    private void remove(BoardList boards, String board) {
        String key = keyOf(boards, board);
        if (boards.remove(key)) {
            out.println("removed " + key);
        } else {
            throw new ApplyDeskException(ErrorCode.NOT_FOUND, "The board " + board + " is not on your list.", board);
        }
    }

    private void regroup(BoardList boards, boolean into, String groupName, List<String> boardArgs) {
        Optional<BoardGroup> existing = boards.groups().stream()
                .filter(g -> g.name().equalsIgnoreCase(groupName.strip())).findFirst();
        if (existing.isEmpty() && !into) {
            throw new ApplyDeskException(ErrorCode.NOT_FOUND, "There is no group named " + groupName + ".", groupName);
        }
        BoardGroup group = existing.orElseGet(() -> boards.createGroup(groupName));
        for (String board : boardArgs) {
            String key = keyOf(boards, board);
            if (into) {
                boards.addToGroup(group.id(), key);
                out.println(key + " is in group " + group.name());
            } else if (boards.removeFromGroup(group.id(), key)) {
                out.println(key + " is no longer in group " + group.name());
            } else {
                throw new ApplyDeskException(ErrorCode.NOT_FOUND, "The board " + board + " is not in group "
                        + group.name() + ".", board);
            }
        }
    }

    /** A board key as typed ({@code greenhouse:acme}), or the key of the board a link is on. */
    private static String keyOf(BoardList boards, String board) {
        String typed = board.strip();
        return typed.contains("://") ? boards.recognise(typed).key() : typed.toLowerCase(Locale.ROOT);
    }

    private int refused(String sentence) {
        err.println("error: " + ErrorCode.VALIDATION_ERROR.name() + ": " + sentence);
        return Cli.EXIT_BAD_INPUT;
    }

    /** Opens the database, runs {@code body} and maps its refusals to exit statuses. */
    private int withList(Consumer<BoardList> body) {
        Database db = null;
        try {
            db = Database.open(AppContext.dataDirectoryFor(options));
            body.accept(new BoardList(db.jdbi(), BoardCatalog.shipped(), new JobLinkParser(), options.clock()));
            return Cli.EXIT_OK;
        } catch (ApplyDeskException e) {
            err.println("error: " + e.describe());
            // A link that names no board, an unknown board or group: the command line's fault.
            return e.code() == ErrorCode.VALIDATION_ERROR || e.code() == ErrorCode.NOT_FOUND
                    || e.code() == ErrorCode.INVALID_JOB_URL || e.code() == ErrorCode.ATS_NOT_SUPPORTED
                    ? Cli.EXIT_BAD_INPUT : Cli.EXIT_UNFINISHED;
        } catch (RuntimeException e) {
            return Cli.unexpected(err, LOG, "changing your boards", e);
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }
}
