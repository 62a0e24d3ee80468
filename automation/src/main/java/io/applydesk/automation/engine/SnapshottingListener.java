package io.applydesk.automation.engine;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.ScreenshotScale;
import com.microsoft.playwright.options.ScreenshotType;
import io.applydesk.core.engine.EngineListener;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coordinator's listener with live thumbnails: after each progress line, while someone watches
 * ({@link EngineListener#snapshotsWanted()}), a small JPEG of the page, at most one per
 * {@link #MIN_INTERVAL}. Nobody watching costs one boolean read per line.
 */
final class SnapshottingListener implements EngineListener {
    static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
    /** Small and blurry is enough for a thumbnail; keeps each picture to a few tens of kilobytes. */
    static final int JPEG_QUALITY = 50;
    private static final Logger LOG = LoggerFactory.getLogger(SnapshottingListener.class);

    private final EngineListener inner;
    private final Page page;
    private final LongSupplier nanoTime;
    /** The worker thread is the only caller, so plain fields suffice. */
    private boolean taken;
    private long lastTakenAt;

    SnapshottingListener(EngineListener inner, Page page, LongSupplier nanoTime) {
        this.inner = inner;
        this.page = page;
        this.nanoTime = nanoTime;
    }

    @Override
    public void beforeSubmit() {
        inner.beforeSubmit();
    }

    @Override
    public void log(String line) {
        inner.log(line);
        snapshot();
    }

    @Override
    public void postingSeen(String title, String companyName) {
        inner.postingSeen(title, companyName);
    }

    @Override
    public void candidateNeeded(String instruction) {
        inner.candidateNeeded(instruction);
        snapshot();
    }

    @Override
    public boolean snapshotsWanted() {
        return inner.snapshotsWanted();
    }

    @Override
    public void pageSnapshot(byte[] jpeg) {
        inner.pageSnapshot(jpeg);
    }

    private void snapshot() {
        if (!inner.snapshotsWanted()) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (taken && now - lastTakenAt < MIN_INTERVAL.toNanos()) {
            return;
        }
        try {
            // Nothing to show before the first page has loaded.
            if (page.isClosed() || "about:blank".equals(page.url())) {
                return;
            }
            byte[] jpeg = page.screenshot(new Page.ScreenshotOptions().setType(ScreenshotType.JPEG)
                    .setQuality(JPEG_QUALITY).setScale(ScreenshotScale.CSS).setTimeout(2_000));
            taken = true;
            lastTakenAt = now;
            inner.pageSnapshot(jpeg);
        } catch (PlaywrightException e) {
            // A thumbnail is a nicety: the application goes on without it.
            LOG.debug("No page snapshot this time", e);
        }
    }
}
