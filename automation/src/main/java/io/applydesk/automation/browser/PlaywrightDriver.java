package io.applydesk.automation.browser;

import io.applydesk.core.common.FileTrees;
import com.microsoft.playwright.impl.driver.jar.DriverJar;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Playwright's driver (its Node.js and the package Node runs) is run from: unpacked once per driver version into
 * the user's cache folder and reused by every later start.
 *
 * <p>WHY: by default each JVM unpacks the driver from its ~200 MB jar into a new temporary folder the first time it
 * launches a browser: ~0.6 s of CPU and ~100 MB written, at the first run's start, just as the window switches to the
 * run (the window's longest stall), and a folder left behind in the temporary directory by every process that was
 * killed. Playwright runs a driver found in {@code playwright.cli.dir} as is (its {@code PreinstalledDriver}).
 */
public final class PlaywrightDriver {
    private static final Logger LOG = LoggerFactory.getLogger(PlaywrightDriver.class);
    /** Playwright's own switch to a driver unpacked beforehand. */
    static final String DRIVER_DIR_PROPERTY = "playwright.cli.dir";
    /** Written last: a folder without it was left half unpacked (a process killed meanwhile) and is not used. */
    static final String COMPLETE_MARKER = ".applydesk-complete";

    /** Unpacking takes seconds; a part folder this old belongs to no running process. */
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);
    /**
     * Another driver version (left by an earlier ApplyDesk, ~130 MB) not started for this long is deleted. Each start
     * marks the version it uses (from this version of ApplyDesk on); an older copy of the app that still starts
     * one that was deleted unpacks it again.
     */
    static final Duration UNUSED_AFTER = Duration.ofDays(30);

    private static boolean decided;

    private PlaywrightDriver() {
    }

    /**
     * Makes this JVM's Playwright use the driver unpacked in the user's cache (unpacking it there first if need be).
     * Call before the first {@code Playwright.create}; later calls do nothing. Where that cannot be done (no cache
     * folder, a driver not in a jar, a driver folder chosen by the user) Playwright keeps its own way.
     */
    public static synchronized void useCachedDriver() {
        if (decided) {
            return;
        }
        decided = true;
        if (System.getProperty(DRIVER_DIR_PROPERTY) != null || System.getenv("PLAYWRIGHT_DRIVER_DIR") != null) {
            return;
        }
        try {
            Optional<String> version = bundleName(DriverJar.getDriverResourceURI());
            if (version.isEmpty()) {
                return;
            }
            Path dir = unpacked(cacheFolder(System.getProperty("os.name", ""), System.getenv(),
                    Path.of(System.getProperty("user.home"))).resolve("playwright-driver").resolve(version.get()));
            System.setProperty(DRIVER_DIR_PROPERTY, dir.toString());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.warn("Playwright's driver is unpacked for this run only: {}", e.toString());
        }
    }

    /**
     * {@code dir}, holding the driver: as it is when complete, else unpacked beside it and moved in at once, so that
     * two processes unpacking together never use a half-written one. One at a time in a JVM: Playwright reads its jar
     * through one shared zip file system, which each unpacking closes when done. Marks {@code dir} as used now and
     * deletes the other versions beside it that have not been used for {@link #UNUSED_AFTER}.
     */
    static synchronized Path unpacked(Path dir) throws IOException, URISyntaxException {
        if (!intact(dir)) {
            unpack(dir);
        }
        markUsedAndDeleteUnusedVersions(dir);
        return dir;
    }

    private static void unpack(Path dir) throws IOException, URISyntaxException {
        // Half a folder (files deleted by hand, a disk clean-up) would fail every application: unpack it again.
        FileTrees.delete(dir);
        Files.createDirectories(dir.getParent());
        deleteAbandonedParts(dir.getParent());
        Path part = Files.createTempDirectory(dir.getParent(), dir.getFileName() + ".part-");
        try {
            DriverJar.installDriverTo(part);
            Files.createFile(part.resolve(COMPLETE_MARKER));
            try {
                Files.move(part, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // Another process moved its copy in first (Linux says "directory not empty"): use that one.
                if (!intact(dir)) {
                    throw e;
                }
            }
        } finally {
            FileTrees.delete(part);
        }
    }

    /**
     * Removes what processes killed while unpacking left (~130 MB each); only parts older than any unpacking takes,
     * never one another process is writing now.
     */
    private static void deleteAbandonedParts(Path parent) throws IOException {
        Instant abandoned = Instant.now().minus(ABANDONED_AFTER);
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path part : siblings.filter(p -> p.getFileName().toString().contains(".part-")).toList()) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(abandoned)) {
                    FileTrees.delete(part);
                }
            }
        }
    }

    /**
     * Marks {@code used} as used now (its marker's time) and deletes the other complete driver versions beside it
     * whose last use is older than {@link #UNUSED_AFTER}. What cannot be done now is left for a later start: the
     * driver in {@code used} is fine either way.
     */
    private static void markUsedAndDeleteUnusedVersions(Path used) {
        Instant unused = Instant.now().minus(UNUSED_AFTER);
        try (Stream<Path> siblings = Files.list(used.getParent())) {
            Files.setLastModifiedTime(used.resolve(COMPLETE_MARKER), FileTime.from(Instant.now()));
            for (Path other : siblings.filter(p -> !p.equals(used)).toList()) {
                Path marker = other.resolve(COMPLETE_MARKER);
                // Parts being unpacked have a fresh marker at most; deleteAbandonedParts sees to abandoned ones.
                if (Files.isRegularFile(marker) && Files.getLastModifiedTime(marker).toInstant().isBefore(unused)) {
                    LOG.info("Deleting Playwright's driver {}, unused since {}", other.getFileName(),
                            Files.getLastModifiedTime(marker));
                    FileTrees.delete(other);
                }
            }
        } catch (IOException e) {
            LOG.debug("Old driver versions beside {} stay for now", used, e);
        }
    }

    /** Unpacked to the end, and what Playwright runs (Node.js and the package's entry point) is still there. */
    private static boolean intact(Path dir) {
        return Files.exists(dir.resolve(COMPLETE_MARKER)) && Files.isRegularFile(dir.resolve("package/cli.js"))
                && (Files.isRegularFile(dir.resolve("node")) || Files.isRegularFile(dir.resolve("node.exe")));
    }

    /**
     * "driver-bundle-1.62.0" from the driver's location in {@code driver-bundle-1.62.0.jar}; empty when it is not in
     * a jar (then there is nothing to unpack once).
     */
    static Optional<String> bundleName(URI driverResource) {
        String text = driverResource.toString();
        int end = text.indexOf(".jar!");
        if (!text.startsWith("jar:") || end < 0) {
            return Optional.empty();
        }
        String name = text.substring(text.lastIndexOf('/', end) + 1, end);
        return name.isBlank() ? Optional.empty() : Optional.of(name);
    }

    /** The per-user cache folder of this system (XDG on Linux), where what can be made again is kept. */
    static Path cacheFolder(String osName, Map<String, String> env, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return userHome.resolve("Library/Caches/ApplyDesk");
        }
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local == null ? userHome.resolve("AppData/Local") : Path.of(local)).resolve("ApplyDesk/Cache");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        return (xdg == null || xdg.isBlank() ? userHome.resolve(".cache") : Path.of(xdg)).resolve("applydesk");
    }

}
