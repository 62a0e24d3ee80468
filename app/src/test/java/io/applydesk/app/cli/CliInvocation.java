package io.applydesk.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** One in-process {@code applydesk} command on the data directory {@code home}: its exit status and output. */
record CliInvocation(int exit, String out, String err) {

    static CliInvocation run(Path home, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("APPLYDESK_HOME", home.toString()));
        return new CliInvocation(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    String describe() {
        return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
}
