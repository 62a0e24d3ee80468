package io.applydesk.automation.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import io.applydesk.core.common.CpuPriority;
import io.applydesk.core.common.FileTrees;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One Playwright and one launched browser per worker thread, created the first time that thread
 * asks (Playwright is not thread-safe: playwright.dev/java/docs/multithreading). Callers open a new
 * {@code BrowserContext} per application on the browser they get and close it afterwards.
 *
 * <p>{@link #browser()} may be called from any number of threads, each getting its own browser.
 * {@link #close()} closes them all and must only be called once no thread uses them any more.
 */
public final class PerThreadBrowsers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PerThreadBrowsers.class);

    /** Chromium flags for a closed network (STACK.md): otherwise it keeps retrying background connections. */
    static final List<String> LAUNCH_ARGS = List.of("--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    private final Path executable;
    private final boolean headless;
    private final ThreadLocal<ThreadBrowser> current = new ThreadLocal<>();
    private final Set<ThreadBrowser> all = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    /** The browser as launched: {@link #executable} through its low-priority launcher, made on first launch. */
    private Path launchable;
    private Path launcherDirectory;
    /** The browsers' group niceness wanted now (see {@link #yieldToWindow}). */
    private volatile int groupNiceness = BackgroundPriority.NICENESS;
    /**
     * Changes the browsers' priority off the caller's thread, and tries the groups the kernel refused again once its
     * rate limit allows; a newer wish ends the tries of an older one.
     */
    private final ScheduledExecutorService priorityChanges = Executors.newSingleThreadScheduledExecutor(
            CpuPriority.backgroundThreads("applydesk-browser-priority"));
    /** Counts the wishes, so that the retries of an older one stop (only read and written on priorityChanges). */
    private int wish;

    private record ThreadBrowser(Playwright playwright, Browser browser) {
    }

    /**
     * @param executable the Chromium-family browser to launch (see {@link BrowserLocator})
     * @param headless   true for no visible window (CLI {@code --headless}, tests)
     */
    public PerThreadBrowsers(Path executable, boolean headless) {
        this.executable = executable;
        this.headless = headless;
    }

    /** This thread's browser, launched on first use (or again if it was disconnected). */
    public Browser browser() {
        if (closed) {
            throw new IllegalStateException("The browsers were closed");
        }
        ThreadBrowser mine = current.get();
        if (mine != null && mine.browser().isConnected()) {
            return mine.browser();
        }
        if (mine != null) {
            discard(mine);
        }
        mine = launch();
        current.set(mine);
        all.add(mine);
        return mine.browser();
    }

    private ThreadBrowser launch() {
        PlaywrightDriver.useCachedDriver();
        // The download cannot work here and must never be attempted silently (DESIGN.md).
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(launchable())
                    .setHeadless(headless)
                    .setArgs(LAUNCH_ARGS));
            LOG.debug("Launched {} for thread {}", executable, Thread.currentThread().getName());
            return new ThreadBrowser(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /**
     * The executable to hand Playwright: the browser behind {@link BackgroundPriority}'s launcher, or the browser
     * itself when the launcher cannot be written (a slower window is no reason to stop applying).
     */
    private synchronized Path launchable() {
        if (launchable == null) {
            try {
                launcherDirectory = Files.createTempDirectory("applydesk-browser");
                launchable = BackgroundPriority.lowered(executable, launcherDirectory);
                BackgroundPriority.setGroupNiceness(launcherDirectory, groupNiceness);
            } catch (IOException | UncheckedIOException e) {
                LOG.warn("The browsers run at normal priority: {}", e.getMessage());
                launchable = executable;
            }
        }
        return launchable;
    }

    /**
     * While {@code inUse}, the browsers (running and to come) yield the CPU to the candidate's window as far as an
     * unprivileged program can make them ({@link BackgroundPriority#YIELDING_NICENESS}); otherwise they are back at
     * {@link BackgroundPriority#NICENESS}. Returns at once.
     */
    public void yieldToWindow(boolean inUse) {
        groupNiceness = inUse ? BackgroundPriority.YIELDING_NICENESS : BackgroundPriority.NICENESS;
        try {
            priorityChanges.execute(() -> applyGroupNiceness(++wish, 1));
        } catch (RejectedExecutionException closedMeanwhile) {
            // Closing: no browser left to change.
        }
    }

    private void applyGroupNiceness(int thisWish, int attempt) {
        if (thisWish != wish) {
            return;
        }
        Path directory;
        synchronized (this) {
            directory = launchable == null || launchable.equals(executable) ? null : launcherDirectory;
        }
        if (directory == null) {
            return;
        }
        int refused = BackgroundPriority.setGroupNiceness(directory, groupNiceness);
        if (refused > 0 && attempt < BackgroundPriority.GROUP_WRITE_TRIES) {
            try {
                priorityChanges.schedule(() -> applyGroupNiceness(thisWish, attempt + 1),
                        BackgroundPriority.KERNEL_RATE_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closedMeanwhile) {
                // Closing: no browser left to change.
            }
        }
    }

    private void discard(ThreadBrowser browser) {
        all.remove(browser);
        current.remove();
        try {
            browser.playwright().close();
        } catch (RuntimeException e) {
            LOG.debug("Closing a disconnected browser failed", e);
        }
    }

    /** Closes every thread's browser and Playwright. Only once no application is running. */
    @Override
    public void close() {
        closed = true;
        for (ThreadBrowser browser : all) {
            try {
                browser.browser().close();
                browser.playwright().close();
            } catch (RuntimeException e) {
                LOG.warn("A browser did not close cleanly", e);
            }
        }
        all.clear();
        priorityChanges.shutdownNow();
        deleteLauncher();
    }

    private synchronized void deleteLauncher() {
        if (launcherDirectory == null) {
            return;
        }
        try {
            // The launcher, the browsers' niceness and their list.
            FileTrees.delete(launcherDirectory);
        } catch (IOException e) {
            LOG.debug("The browser launcher in {} stays behind", launcherDirectory, e);
        }
    }
}
