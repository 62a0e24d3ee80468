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
 * unpacking together, unpacked again when damaged, without the parts killed unpackings left, and the driver in it runs.
 */
class PlaywrightDriverTest {
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
