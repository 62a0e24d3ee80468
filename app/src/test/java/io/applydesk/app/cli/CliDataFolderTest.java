package io.applydesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.applydesk.app.AppContext;
import io.applydesk.app.AppOptions;
import io.applydesk.app.instance.InstanceClaim;
import io.applydesk.app.instance.SingleInstance;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Commands and the data folder: refused beside the window or another command, holding it while they run. */
class CliDataFolderTest {
    private static final String WINDOW_OPEN = "error: RATE_LIMIT_CONCURRENT_EXCEEDED: The ApplyDesk window is open "
            + "on this data folder, and its data can be used by one program at a time: close the window, then run "
            + "the command again.";

    @TempDir
    Path home;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("APPLYDESK_HOME", home.toString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"apply --practice --headless", "autopilot --practice --headless --title Engineer",
            "search --practice --title Engineer", "sessions --practice", "runs sess_x --practice"})
    void everyCommandIsRefusedWhileTheWindowHoldsItsDataFolderAndTouchesNothing(String command) {
        Path practice = practiceFolder();
        try (SingleInstance window = claim(practice, SingleInstance.DESKTOP)) {
            assertEquals(Cli.EXIT_UNFINISHED, run(command.split(" ")));
        }
        assertEquals(WINDOW_OPEN, err.toString(StandardCharsets.UTF_8).strip());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(practice.resolve("db")), "the database was not opened");
    }

    @Test
    void aCommandOnAnotherDataFolderRunsBesideTheWindowAndOnceTheWindowClosesTheFolderIsFree() {
        // The window on the practice folder leaves the real one free.
        try (SingleInstance window = claim(practiceFolder(), SingleInstance.DESKTOP)) {
            assertEquals(Cli.EXIT_OK, run("sessions"), err::toString);
        }
        assertEquals(Cli.EXIT_OK, run("sessions", "--practice"), err::toString);
    }

    @Test
    void aRunningCommandHoldsTheFolderSoASecondCommandOrTheWindowIsRefused() {
        AtomicReference<InstanceClaim> whileRunning = new AtomicReference<>();
        AtomicReference<String> secondCommand = new AtomicReference<>();
        AppOptions base = new AppOptions(home, false, true, 1, Clock.systemUTC(), Map.of());

        int exit = Cli.run(new String[] {"search", "--title", "Engineer"}, new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), base, StopSignal.NONE,
                options -> {
                    whileRunning.set(SingleInstance.claim(home, SingleInstance.DESKTOP));
                    ByteArrayOutputStream secondErr = new ByteArrayOutputStream();
                    Cli.run(new String[] {"sessions"}, new PrintStream(new ByteArrayOutputStream(), true,
                                    StandardCharsets.UTF_8), new PrintStream(secondErr, true, StandardCharsets.UTF_8),
                            base, StopSignal.NONE, AppContext::open);
                    secondCommand.set(secondErr.toString(StandardCharsets.UTF_8).strip());
                    throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "Stopped by the test.", "test");
                });

        assertEquals(Cli.EXIT_BAD_INPUT, exit, err::toString);
        assertEquals(new InstanceClaim.AlreadyRunning("search", false), whileRunning.get());
        assertEquals("error: RATE_LIMIT_CONCURRENT_EXCEEDED: ApplyDesk is already running 'applydesk search' on "
                + "this data folder; wait for it to finish, then try again.", secondCommand.get());
        claim(home, SingleInstance.DESKTOP).close();
    }

    private Path practiceFolder() {
        return AppContext.dataDirectoryFor(new AppOptions(home, true, true, 1, Clock.systemUTC())).root();
    }

    private static SingleInstance claim(Path dataDir, String owner) {
        return assertInstanceOf(InstanceClaim.Acquired.class, SingleInstance.claim(dataDir, owner)).instance();
    }
}
