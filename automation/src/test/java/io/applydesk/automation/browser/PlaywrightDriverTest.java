package io.applydesk.automation.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Playwright's driver is unpacked once into a folder that is then reused, never half-written, even by two processes
 * unpacking together, unpacked again when damaged, without the parts killed unpackings left or the versions unused for a
 * month, and the driver in it runs.
 */
class PlaywrightDriverTest {
    private static final Duration UNUSED_AFTER_PLUS_A_DAY = PlaywrightDriver.UNUSED_AFTER.plusDays(1);

    @TempDir
    Path cache;

    @Test
    void theDriverIsUnpackedOnceAndThenReused() throws Exception {
        Path dir = cache.resolve("driver-bundle-test");
        assertEquals(dir, PlaywrightDriver.unpacked(dir));
        Path node = dir.resolve("node");
        assertTrue(Files.isExecutable(node), "node is there and runs");
        assertTrue(Files.isRegularFile(dir.resolve("package/cli.js")));
        FileTime unpackedAt = Files.getLastModifiedTime(node);

        Thread.sleep(20);
        assertEquals(dir, PlaywrightDriver.unpacked(dir));
        assertEquals(unpackedAt, Files.getLastModifiedTime(node), "not unpacked again");
        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(List.of(dir), left.toList(), "no half-unpacked folder left beside it");
        }
    }

    @Test
    void aDriverMissingItsNodeIsUnpackedAgain() throws Exception {
        Path dir = PlaywrightDriver.unpacked(cache.resolve("driver-bundle-damaged"));
        Files.delete(dir.resolve("node"));
        assertEquals(dir, PlaywrightDriver.unpacked(dir));
        assertTrue(Files.isExecutable(dir.resolve("node")), "node is back");
        assertTrue(Files.exists(dir.resolve(PlaywrightDriver.COMPLETE_MARKER)));
    }

    @Test
    void partsLeftByAKilledUnpackingAreRemovedAndOneBeingWrittenIsNot() throws Exception {
        Path abandoned = Files.createDirectories(cache.resolve("driver-bundle-old.part-1/package"));
        Files.writeString(abandoned.resolve("cli.js"), "half");
        Files.setLastModifiedTime(abandoned.getParent(), FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path writing = Files.createDirectories(cache.resolve("driver-bundle-new.part-2"));

        Path dir = PlaywrightDriver.unpacked(cache.resolve("driver-bundle-new"));
        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(Set.of(dir, writing), Set.copyOf(left.toList()));
        }
    }

    @Test
    void otherVersionsUnusedForAMonthAreDeletedAndRecentlyUsedOnesKept() throws Exception {
        Path stale = olderVersion("driver-bundle-1.40.0", UNUSED_AFTER_PLUS_A_DAY);
        Path recent = olderVersion("driver-bundle-1.50.0", Duration.ofDays(3));
        Path dir = PlaywrightDriver.unpacked(cache.resolve("driver-bundle-current"));
        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(Set.of(dir, recent), Set.copyOf(left.toList()), stale + " is deleted, the rest kept");
        }
        assertTrue(Files.getLastModifiedTime(dir.resolve(PlaywrightDriver.COMPLETE_MARKER)).toInstant()
                .isAfter(Instant.now().minusSeconds(60)), "the version in use is marked as used now");
    }

    @Test
    void aVersionStartedAgainIsMarkedAsUsedAndSoKept() throws Exception {
        Path dir = PlaywrightDriver.unpacked(cache.resolve("driver-bundle-reused"));
        Path marker = dir.resolve(PlaywrightDriver.COMPLETE_MARKER);
        Files.setLastModifiedTime(marker, FileTime.from(Instant.now().minus(UNUSED_AFTER_PLUS_A_DAY)));

        assertEquals(dir, PlaywrightDriver.unpacked(dir));
        assertTrue(Files.getLastModifiedTime(marker).toInstant().isAfter(Instant.now().minusSeconds(60)));
        // Another version started now does not take it for unused.
        PlaywrightDriver.unpacked(cache.resolve("driver-bundle-other"));
        assertTrue(Files.isRegularFile(dir.resolve("node")));
    }

    /** A complete-looking driver folder from an earlier version, last used {@code ago}. */
    private Path olderVersion(String name, Duration ago) throws Exception {
        Path dir = Files.createDirectories(cache.resolve(name).resolve("package"));
        Files.writeString(dir.resolve("cli.js"), "// old");
        Path marker = Files.createFile(dir.getParent().resolve(PlaywrightDriver.COMPLETE_MARKER));
        Files.setLastModifiedTime(marker, FileTime.from(Instant.now().minus(ago)));
        return dir.getParent();
    }

    @Test
    void twoUnpackingAtOnceBothGetTheWholeDriver() throws Exception {
        Path dir = cache.resolve("driver-bundle-race");
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Callable<Path> unpack = () -> PlaywrightDriver.unpacked(dir);
            List<Future<Path>> results = two.invokeAll(List.of(unpack, unpack));
            for (Future<Path> result : results) {
                assertEquals(dir, result.get());
            }
        } finally {
            two.shutdownNow();
        }
        assertTrue(Files.exists(dir.resolve(PlaywrightDriver.COMPLETE_MARKER)));
        assertTrue(Files.isExecutable(dir.resolve("node")));
        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(List.of(dir), left.toList());
        }
    }

    @Test
    void theUnpackedDriverRuns() throws Exception {
        Path dir = PlaywrightDriver.unpacked(cache.resolve("driver-bundle-run"));
        // What Playwright's PreinstalledDriver starts: this folder's node with its package's cli.js.
        Process cli = new ProcessBuilder(dir.resolve("node").toString(), dir.resolve("package/cli.js").toString(),
                "--version").redirectErrorStream(true).start();
        String printed = new String(cli.getInputStream().readAllBytes()).strip();
        assertEquals(0, cli.waitFor());
        assertTrue(printed.startsWith("Version 1."), printed);
    }

    @Test
    void theVersionComesFromTheBundlesJarAndTheCacheFollowsTheSystem() {
        assertEquals(Optional.of("driver-bundle-1.62.0"), PlaywrightDriver.bundleName(
                URI.create("jar:file:/home/a/.m2/driver-bundle-1.62.0.jar!/driver/linux")));
        assertEquals(Optional.empty(), PlaywrightDriver.bundleName(URI.create("file:/work/driver/linux")));

        Path home = Path.of("/home/jordan");
        assertEquals(home.resolve(".cache/applydesk"), PlaywrightDriver.cacheFolder("Linux", Map.of(), home));
        assertEquals(Path.of("/var/cache/jordan/applydesk"),
                PlaywrightDriver.cacheFolder("Linux", Map.of("XDG_CACHE_HOME", "/var/cache/jordan"), home));
        assertEquals(home.resolve("Library/Caches/ApplyDesk"), PlaywrightDriver.cacheFolder("Mac OS X", Map.of(), home));
        assertEquals(Path.of("C:/Users/j/AppData/Local/ApplyDesk/Cache"), PlaywrightDriver.cacheFolder("Windows 11",
                Map.of("LOCALAPPDATA", "C:/Users/j/AppData/Local"), home));
    }
}
