package io.applydesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands that need no data directory: help, version, and refusing what is not a command. */
class CliCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        // No APPLYDESK_HOME: none of these commands may touch a data directory.
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "--help", "-h"})
    void helpPrintsUsageOnStdout(String command) {
        assertEquals(Cli.EXIT_OK, run(command));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage:"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void applyHelpListsEveryOption() {
        assertEquals(Cli.EXIT_OK, run("apply", "--help"));
        String usage = out.toString(StandardCharsets.UTF_8);
        for (String option : new String[] {"--profile FILE", "--job URL", "--jobs FILE", "--headless", "--review",
                "--report FILE", "--practice"}) {
            assertTrue(usage.contains(option), option);
        }
    }

    @Test
    void versionNamesTheApp() {
        assertEquals(Cli.EXIT_OK, run("--version"));
        assertEquals("ApplyDesk " + Cli.version(), out.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void anUnknownCommandPrintsUsageOnStderrWithStatusTwo() {
        assertEquals(Cli.EXIT_BAD_INPUT, run("aply", "--practice"));
        String error = err.toString(StandardCharsets.UTF_8);
        assertTrue(error.startsWith("error: unknown command 'aply'."), error);
        assertTrue(error.contains("Usage:"), error);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
