package io.applydesk.automation.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * <p>How much the browsers' groups yield can change while they run ({@link #setGroupNiceness}): the launcher records
 * its process id (kept by {@code exec}) in the launcher's folder and takes its group's niceness from a file there.
 * While the candidate uses the window, the groups run at {@link #YIELDING_NICENESS}: four groups at nice 10 still took
 * the FX thread's CPU for 50–100 ms at a time on a two-core machine, as the kernel weighs a group, not its threads;
 * at nice 19 a group weighs 15 against the app's 1024. Otherwise they run at {@link #NICENESS}, so that a desktop
 * busy with other work (a compile, a video call) still leaves the browsers enough CPU to fill forms in time.
 *
 * <p>Run as root, Chromium sets its threads' priorities itself (nice 0, some -8) and so undoes this; a normal
 * user's Chromium cannot raise its priority back. {@code chrt --idle} would hold even then, but a browser that gets
 * CPU only when nothing else wants it times out while the candidate compiles or renders a video.
 */
final class BackgroundPriority {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundPriority.class);
    /** Enough for the scheduler to prefer the app's threads ~10:1, not so much that a busy desktop stalls runs. */
    static final int NICENESS = 10;
    /** The browsers' groups' niceness while the candidate uses the window: they take only what it leaves. */
    static final int YIELDING_NICENESS = 19;
    /** In the launcher's folder: the niceness a newly started browser gives its group. */
    static final String GROUP_NICENESS_FILE = "group-niceness";
    /** In the launcher's folder: one empty file per running browser, named by its process id. */
    static final String BROWSERS_FOLDER = "browsers";
    /** The kernel takes one group niceness per 100 ms from a normal user, machine-wide: 20 tries cover 4 browsers. */
    static final int GROUP_WRITE_TRIES = 20;
    static final Duration KERNEL_RATE_LIMIT = Duration.ofMillis(100);
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
        String nicenessFile = quoted(directory.toAbsolutePath().resolve(GROUP_NICENESS_FILE));
        String browsers = quoted(directory.toAbsolutePath().resolve(BROWSERS_FOLDER));
        String text = "#!/bin/sh\n"
                // Playwright starts the browser in a session of its own, and Linux schedules each session as one
                // group ("autogroup") against the app's: nice alone only orders threads inside the group. The
                // group's own niceness is lowered too, but only when this script leads its session and its group
                // is not its parent's: never the app's group, whatever the kernel did on setsid.
                + "leads_session() { set -- $(cat /proc/$$/stat 2>/dev/null); [ \"$6\" = \"$$\" ]; }\n"
                + "group_of() { read -r group rest < /proc/$1/autogroup 2>/dev/null && echo \"$group\"; }\n"
                + "own=$(group_of $$); parent=$(group_of $PPID)\n"
                + "if leads_session && [ -n \"$own\" ] && [ \"$own\" != \"$parent\" ]; then\n"
                // Listed before the niceness is read: a change made meanwhile then reaches this browser too.
                + "  mkdir -p " + browsers + " && : > " + browsers + "/$$\n"
                + "  read -r niceness < " + nicenessFile + " 2>/dev/null || niceness=" + NICENESS + "\n"
                // The kernel lets a normal user set a group's niceness once per 100 ms on the whole machine
                // (EAGAIN otherwise), and the workers start their browsers together: each tries for up to 2 s.
                + "  tries=0\n"
                + "  until echo \"$niceness\" 2>/dev/null >/proc/$$/autogroup || [ $tries -ge " + GROUP_WRITE_TRIES
                + " ]; do\n"
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

    /**
     * Sets the scheduling group niceness of every browser started through the launcher in {@code directory} that
     * still runs, and of those started from now on; forgets the ones that ended. Tries each group once and returns how
     * many the kernel refused for now: it takes one group niceness per {@link #KERNEL_RATE_LIMIT} from a normal user,
     * machine-wide, so the caller tries again after that (the browsers' launchers may be taking the window too).
     */
    static int setGroupNiceness(Path directory, int niceness) {
        int refused = 0;
        try {
            Path file = directory.resolve(GROUP_NICENESS_FILE);
            Path part = directory.resolve(GROUP_NICENESS_FILE + ".part");
            Files.writeString(part, niceness + "\n", StandardCharsets.US_ASCII);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Path browsers = directory.resolve(BROWSERS_FOLDER);
            if (!Files.isDirectory(browsers)) {
                return 0;
            }
            try (Stream<Path> listed = Files.list(browsers)) {
                for (Path listing : listed.toList()) {
                    Path group = Path.of("/proc", listing.getFileName().toString(), "autogroup");
                    if (!Files.exists(group)) {
                        Files.deleteIfExists(listing);
                        continue;
                    }
                    try {
                        Files.writeString(group, String.valueOf(niceness), StandardCharsets.US_ASCII);
                    } catch (IOException notNow) {
                        // EAGAIN: a group's niceness was set less than 100 ms ago (or the browser just ended).
                        refused++;
                    }
                }
            }
        } catch (IOException e) {
            LOG.debug("Could not change the browsers' priority in {}", directory, e);
        }
        return refused;
    }

    /** A single-quoted shell word: nothing inside is expanded, a quote is closed, escaped and reopened. */
    static String quoted(Path path) {
        return "'" + path.toString().replace("'", "'\\''") + "'";
    }
}
