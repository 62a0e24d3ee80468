package io.applydesk.automation.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundPriorityTest {

    @TempDir
    Path dir;

    @Test
    void theLauncherRunsTheBrowserNicerWithItsArgumentsUnchanged() throws Exception {
        assumeTrue(BackgroundPriority.nice().isPresent(), "this machine has no nice");
        // A stand-in "browser" in a folder whose name needs quoting: prints its niceness, then each argument.
        Path folder = Files.createDirectories(dir.resolve("it's a browser $HOME"));
        Path browser = folder.resolve("browser");
        Files.writeString(browser, "#!/bin/sh\nnice\nfor a in \"$@\"; do echo \"[$a]\"; done\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwx------"));

        Path launcher = BackgroundPriority.lowered(browser, dir);
        Process process = new ProcessBuilder(launcher.toString(), "--flag=a b", "it's", "$PATH")
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        int ownNiceness = ownNiceness();
        assertEquals(List.of(String.valueOf(ownNiceness + BackgroundPriority.NICENESS), "[--flag=a b]", "[it's]",
                "[$PATH]"), lines);
    }

    @Test
    void aBrowserInASessionOfItsOwnLowersThatSessionsGroupAndNeverTheApps() throws Exception {
        Path ownGroup = Path.of("/proc/self/autogroup");
        assumeTrue(BackgroundPriority.nice().isPresent() && Files.exists(ownGroup), "no nice or no autogroup here");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setsid")), "no setsid here");
        String appGroup = Files.readString(ownGroup).strip();
        Path browser = dir.resolve("browser");
        Files.writeString(browser, "#!/bin/sh\ncat /proc/self/autogroup\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwx------"));
        Path launcher = BackgroundPriority.lowered(browser, dir);
        // What this kernel gives a new session: a group of its own (autogroup), or the caller's.
        String probe = output(new ProcessBuilder("/usr/bin/setsid", "-w", "cat", "/proc/self/autogroup"));
        boolean sessionsGetGroups = !groupId(probe).equals(groupId(appGroup));

        // As Playwright starts them: detached, each in a new session, four at once (as a normal user the kernel
        // takes one group's niceness per 100 ms, so the later ones must retry).
        List<Process> browsers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            browsers.add(new ProcessBuilder("/usr/bin/setsid", "-w", launcher.toString()).redirectErrorStream(true)
                    .start());
        }
        List<String> detached = new ArrayList<>();
        for (Process started : browsers) {
            detached.add(output(started));
        }
        // Started in the app's own session, the script leaves that session's group alone.
        String inAppSession = output(new ProcessBuilder(launcher.toString()));
        assertEquals(appGroup, Files.readString(ownGroup).strip(), "the app's group after both starts");
        assertEquals(appGroup, inAppSession);
        assumeTrue(sessionsGetGroups, "a new session shares the app's group here: " + probe + " / " + appGroup);
        for (String group : detached) {
            assertTrue(group.endsWith(" nice " + BackgroundPriority.NICENESS), detached.toString());
            assertNotEquals(groupId(appGroup), groupId(group), detached + " / " + appGroup);
        }
    }

    @Test
    void runningBrowsersYieldMoreWhileTheWindowIsInUseAndLessAfter() throws Exception {
        assumeTrue(BackgroundPriority.nice().isPresent() && Files.exists(Path.of("/proc/self/autogroup")),
                "no nice or no autogroup here");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setsid")), "no setsid here");
        // A stand-in browser that runs until stopped, started as Playwright starts one: in a session of its own.
        Path browser = dir.resolve("browser");
        Files.writeString(browser, "#!/bin/sh\nexec sleep 60\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(browser, PosixFilePermissions.fromString("rwx------"));
        Path launcher = BackgroundPriority.lowered(browser, dir);
        List<Process> started = new ArrayList<>();
        try {
            Process first = new ProcessBuilder("/usr/bin/setsid", launcher.toString()).start();
            started.add(first);
            long firstPid = sessionLeaderOf(first);
            assumeTrue(!groupId(group(firstPid)).equals(groupId(Files.readString(Path.of("/proc/self/autogroup")))),
                    "a new session shares the app's group here");
            waitForGroup(firstPid, BackgroundPriority.NICENESS);

            setGroupNiceness(BackgroundPriority.YIELDING_NICENESS);
            assertTrue(group(firstPid).endsWith(" nice " + BackgroundPriority.YIELDING_NICENESS), group(firstPid));
            // One started meanwhile starts yielding as much.
            Process second = new ProcessBuilder("/usr/bin/setsid", launcher.toString()).start();
            started.add(second);
            long secondPid = sessionLeaderOf(second);
            waitForGroup(secondPid, BackgroundPriority.YIELDING_NICENESS);

            setGroupNiceness(BackgroundPriority.NICENESS);
            assertTrue(group(firstPid).endsWith(" nice " + BackgroundPriority.NICENESS), group(firstPid));
            assertTrue(group(secondPid).endsWith(" nice " + BackgroundPriority.NICENESS), group(secondPid));

            // A browser that ended is forgotten.
            ProcessHandle.of(firstPid).ifPresent(ProcessHandle::destroy);
            first.waitFor(10, TimeUnit.SECONDS);
            ProcessHandle.of(firstPid).ifPresent(p -> p.onExit().join());
            setGroupNiceness(BackgroundPriority.YIELDING_NICENESS);
            assertEquals(List.of(String.valueOf(secondPid)), listedBrowsers());
        } finally {
            for (Process process : started) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
            }
            listedBrowsers().forEach(pid -> ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroy));
        }
    }

    /** As PerThreadBrowsers does: again, after the kernel's rate limit, while it refuses some groups (a normal user). */
    private void setGroupNiceness(int niceness) throws InterruptedException {
        for (int attempt = 1; BackgroundPriority.setGroupNiceness(dir, niceness) > 0; attempt++) {
            assertTrue(attempt < BackgroundPriority.GROUP_WRITE_TRIES, "the kernel kept refusing");
            Thread.sleep(BackgroundPriority.KERNEL_RATE_LIMIT.toMillis());
        }
    }

    /** The launcher's process id, as it listed itself: setsid runs it in place, or forks it when it must. */
    private long sessionLeaderOf(Process setsid) throws Exception {
        for (int i = 0; i < 100; i++) {
            List<Long> family = new ArrayList<>();
            family.add(setsid.pid());
            setsid.descendants().forEach(p -> family.add(p.pid()));
            for (String listed : listedBrowsers()) {
                if (family.contains(Long.parseLong(listed))) {
                    return Long.parseLong(listed);
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the launcher never listed its browser");
    }

    private List<String> listedBrowsers() throws IOException {
        Path listing = dir.resolve(BackgroundPriority.BROWSERS_FOLDER);
        if (!Files.isDirectory(listing)) {
            return List.of();
        }
        try (var files = Files.list(listing)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static String group(long pid) throws IOException {
        return Files.readString(Path.of("/proc", String.valueOf(pid), "autogroup")).strip();
    }

    private static void waitForGroup(long pid, int niceness) throws Exception {
        for (int i = 0; i < 100 && !group(pid).endsWith(" nice " + niceness); i++) {
            Thread.sleep(50);
        }
        assertTrue(group(pid).endsWith(" nice " + niceness), group(pid));
    }

    /** "/autogroup-42" of "/autogroup-42 nice 0". */
    private static String groupId(String autogroupLine) {
        return autogroupLine.split(" ", 2)[0];
    }

    private static String output(ProcessBuilder builder) throws Exception {
        return output(builder.redirectErrorStream(true).start());
    }

    private static String output(Process process) throws Exception {
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }

    @Test
    void theRealBrowserStartsThroughTheLauncherAndRunsAtLowerPriority() {
        assumeTrue(BackgroundPriority.nice().isPresent(), "this machine has no nice");
        Path chromium = BrowserLocator.find(System.getenv(), null);
        try (PerThreadBrowsers browsers = new PerThreadBrowsers(chromium, true)) {
            Page page = browsers.browser().newPage();
            page.setContent("<p id='p'>started through the launcher</p>");
            assertEquals("started through the launcher", page.textContent("#p"));
            List<ProcessHandle> browserProcesses = ProcessHandle.current().descendants()
                    .filter(p -> p.info().command().map(c -> c.contains("chrom")).orElse(false)).toList();
            assertFalse(browserProcesses.isEmpty(), "no browser process found below this JVM");
            // As root, Chromium resets its own threads' priorities (see BackgroundPriority); it cannot as a user.
            if (!"root".equals(System.getProperty("user.name"))) {
                int expected = ownNiceness() + BackgroundPriority.NICENESS;
                for (ProcessHandle process : browserProcesses) {
                    int niceness = niceness(process.pid());
                    assertTrue(niceness >= expected, process.info().command().orElse("?") + " runs at nice " + niceness);
                }
            }
        }
    }

    private static int ownNiceness() {
        return niceness(ProcessHandle.current().pid());
    }

    /** Field 19 of /proc/PID/stat, counted after the command name (which may hold spaces) ends with ")". */
    private static int niceness(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[16]);
        } catch (IOException e) {
            throw new AssertionError("cannot read the niceness of " + pid, e);
        }
    }
}
