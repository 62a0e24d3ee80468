package io.applydesk.automation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.automation.sandbox.greenhouse.GreenhouseJobs;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.engine.ApplyMode;
import io.applydesk.core.engine.ApplyOutcome;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live thumbnails: JPEGs of the page while someone watches, none otherwise. */
class PageSnapshotEngineTest extends PracticeEngineTest {

    @Test
    void watchedApplicationSendsJpegPicturesOfThePage(@TempDir Path evidenceDir) throws IOException {
        WatchingListener listener = apply(true, evidenceDir);

        assertFalse(listener.snapshots.isEmpty(), () -> "no snapshot; log: " + listener.lines);
        for (byte[] jpeg : listener.snapshots) {
            assertEquals((byte) 0xFF, jpeg[0], "JPEG start marker");
            assertEquals((byte) 0xD8, jpeg[1], "JPEG start marker");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            assertNotNull(image, "decodes as an image");
            assertTrue(image.getWidth() > 100 && image.getHeight() > 100, image.getWidth() + "x" + image.getHeight());
        }
        // Never of the blank page before the first load (the "Opening" line), and at most one per second.
        assertTrue(listener.snapshots.size() < listener.lines.size(),
                listener.snapshots.size() + " snapshots for " + listener.lines.size() + " lines");
    }

    @Test
    void unwatchedApplicationTakesNoPicture(@TempDir Path evidenceDir) {
        WatchingListener listener = apply(false, evidenceDir);

        assertTrue(listener.snapshots.isEmpty());
        assertTrue(listener.lines.size() > 2, () -> "the engine did log: " + listener.lines);
    }

    private WatchingListener apply(boolean watched, Path evidenceDir) {
        WatchingListener listener = new WatchingListener(watched);
        ApplyOutcome outcome = engine.apply(practice.request(
                practice.job(GreenhouseJobs.BACKEND_ENGINEER.jobId()).url(), ApplyMode.SUBMIT, evidenceDir), listener);
        assertEquals(ApplicationStatus.SUCCESS, outcome.status(), () -> outcome.errorMessage() + " " + listener.lines);
        return listener;
    }

    private static final class WatchingListener extends PracticeFixture.RecordingListener {
        private final boolean watched;
        final List<byte[]> snapshots = new CopyOnWriteArrayList<>();

        WatchingListener(boolean watched) {
            this.watched = watched;
        }

        @Override
        public boolean snapshotsWanted() {
            return watched;
        }

        @Override
        public void pageSnapshot(byte[] jpeg) {
            snapshots.add(jpeg);
        }
    }
}
