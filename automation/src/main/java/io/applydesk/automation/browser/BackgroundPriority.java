package io.applydesk.automation.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Runs the browsers below normal CPU priority ({@code nice}), so that four browsers rendering forms never
 * starve the window: on a two-core laptop they otherwise take the CPU from the JavaFX thread for seconds at a
 * time. When the window is idle the browsers still get every core; they only yield when the app needs one.
 *
 * <p>Playwright has no option for a priority, so the browser is started through a two-line launcher script that
 * {@code exec}s {@code nice -n 10 <browser>} (same process id, so Playwright still owns and stops it). Every
 * process the browser forks (renderers, GPU, zygote) inherits the priority. Where there is no {@code nice} (Windows)
 * the browser is launched as it is.
 *
 * <p>Niceness orders threads only within one scheduling group. Playwright starts each browser detached, in a
 * session of its own, and where the kernel groups by session (autogroup, on by default in desktop Linux) each
 * browser's session competed with the app's as an equal: 4 browsers left the FX thread a fifth of the CPU. The
 * script therefore also lowers its own session's group ({@code /proc/self/autogroup}), which holds even as root.
 *
 * <p>Run as root, Chromium sets its threads' priorities itself (nice 0, some -8) and so undoes this; a normal
 * user's Chromium cannot raise its priority back. {@code chrt --idle} would hold even then, but a browser that gets
 * CPU only when nothing else wants it times out while the candidate compiles or renders a video.
 */
final class BackgroundPriority {
    /** Enough for the scheduler to prefer the app's threads ~10:1, not so much that a busy desktop stalls runs. */
    static final int NICENESS = 10;
    private static final Path[] NICE_LOCATIONS = {Path.of("/usr/bin/nice"), Path.of("/bin/nice")};

    private BackgroundPriority() {
    }

    /** The usable {@code nice} of this machine, if any. */
    static Optional<Path> nice() {
        for (Path candidate : NICE_LOCATIONS) {
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Writes, into {@code directory}, a launcher that starts {@code browser} at lower priority, and returns it;
     * returns {@code browser} itself when this machine has no {@code nice}.
     */
    static Path lowered(Path browser, Path directory) {
        Optional<Path> nice = nice();
        if (nice.isEmpty()) {
            return browser;
        }
        Path script = directory.resolve("browser-low-priority.sh");
        String text = "#!/bin/sh\n"
                // Playwright starts the browser in a session of its own, and Linux schedules each session as one
                // group ("autogroup") against the app's: nice alone only orders threads inside the group. The
                // group's own niceness is lowered too, but only when this script leads its session and its group
                // is not its parent's: never the app's group, whatever the kernel did on setsid.
                + "leads_session() { set -- $(cat /proc/$$/stat 2>/dev/null); [ \"$6\" = \"$$\" ]; }\n"
                + "group_of() { read -r group rest < /proc/$1/autogroup 2>/dev/null && echo \"$group\"; }\n"
                + "own=$(group_of $$); parent=$(group_of $PPID)\n"
                // The kernel lets a normal user set a group's niceness once per 100 ms on the whole machine
                // (EAGAIN otherwise), and the workers start their browsers together: each tries for up to 2 s.
                + "if leads_session && [ -n \"$own\" ] && [ \"$own\" != \"$parent\" ]; then\n"
                + "  tries=0\n"
                + "  until echo " + NICENESS + " 2>/dev/null >/proc/$$/autogroup || [ $tries -ge 20 ]; do\n"
                + "    sleep 0.1; tries=$((tries + 1))\n"
                + "  done\n"
                + "fi\n"
                + "exec " + quoted(nice.get()) + " -n " + NICENESS + " " + quoted(browser.toAbsolutePath()) + " \"$@\"\n";
        try {
            Files.writeString(script, text, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the browser's launcher to " + script, e);
        }
        return script;
    }

    /** A single-quoted shell word: nothing inside is expanded, a quote is closed, escaped and reopened. */
    static String quoted(Path path) {
        return "'" + path.toString().replace("'", "'\\''") + "'";
    }
}
