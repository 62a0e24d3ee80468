package io.applydesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.core.search.Board;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code applydesk boards}: the candidate's own board list, in-process on a real data directory. */
class CliBoardsTest {
    private static final String GREENHOUSE_JOB = "https://boards.greenhouse.io/tideline/jobs/4012345";
    private static final String LEVER_BOARD = "https://jobs.lever.co/quillpad";

    @TempDir
    Path home;

    @Test
    void boardsAreAddedFromLinksGroupedRemovedAndAreWhatSearchesRead() {
        assertTrue(cli("boards").out().startsWith("No boards of your own yet"), cli("boards").describe());

        CliInvocation added = cli("boards", "add", GREENHOUSE_JOB, LEVER_BOARD, "--group", "Dream jobs");
        assertEquals(Cli.EXIT_OK, added.exit(), added.describe());
        assertTrue(added.out().contains("added greenhouse:tideline"), added.describe());
        assertTrue(added.out().contains("added lever:quillpad"), added.describe());
        assertEquals(Cli.EXIT_OK, cli("boards", "add", GREENHOUSE_JOB).exit(), "adding a board twice changes nothing");

        CliInvocation list = cli("boards");
        assertTrue(list.out().contains("greenhouse:tideline") && list.out().contains(GREENHOUSE_JOB), list.describe());
        assertTrue(list.out().endsWith("2 boards.\n"), list.describe());
        assertTrue(cli("boards", "groups").out().matches("(?s).*Dream jobs\\s+2\\s*\\n.*"), cli("boards", "groups").out());

        assertEquals(Cli.EXIT_OK, cli("boards", "ungroup", "dream jobs", "lever:quillpad").exit());
        assertTrue(cli("boards", "groups").out().matches("(?s).*Dream jobs\\s+1\\s*\\n.*"), cli("boards", "groups").out());

        try (AppContext context = AppContext.open(AppOptions.defaults().withDataDir(home).withHeadless(true))) {
            assertEquals(List.of("greenhouse:tideline", "lever:quillpad"),
                    context.searchBoards().stream().map(Board::key).sorted().toList(),
                    "a search reads the candidate's own boards, not the whole catalog");
        }

        CliInvocation removed = cli("boards", "remove", LEVER_BOARD);
        assertEquals(Cli.EXIT_OK, removed.exit(), removed.describe());
        assertTrue(removed.out().contains("removed lever:quillpad"), removed.describe());
        assertTrue(cli("boards").out().endsWith("1 board.\n"), cli("boards").describe());
    }

    @Test
    void whatCannotBeDoneIsRefusedInPlainWords() {
        CliInvocation careersSite = cli("boards", "add", "https://www.example.com/careers");
        assertEquals(Cli.EXIT_BAD_INPUT, careersSite.exit(), careersSite.describe());
        assertTrue(careersSite.err().startsWith("error: "), careersSite.describe());

        CliInvocation unknown = cli("boards", "remove", "greenhouse:nobody");
        assertEquals(Cli.EXIT_BAD_INPUT, unknown.exit(), unknown.describe());
        assertTrue(unknown.err().contains("NOT_FOUND: The board greenhouse:nobody is not on your list."),
                unknown.describe());

        CliInvocation noGroup = cli("boards", "ungroup", "Nope", "greenhouse:nobody");
        assertEquals(Cli.EXIT_BAD_INPUT, noGroup.exit(), noGroup.describe());
        assertTrue(noGroup.err().contains("There is no group named Nope."), noGroup.describe());

        CliInvocation nonsense = cli("boards", "polish");
        assertEquals(Cli.EXIT_BAD_INPUT, nonsense.exit(), nonsense.describe());
        assertTrue(nonsense.err().contains("'polish' is not something 'applydesk boards' does"), nonsense.describe());
        assertEquals(Cli.EXIT_BAD_INPUT, cli("boards", "add").exit(), "no link");
        assertTrue(cli("boards", "--help").out().contains("applydesk boards add LINK..."));
    }

    private CliInvocation cli(String... args) {
        return CliInvocation.run(home, args);
    }
}
