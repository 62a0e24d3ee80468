package io.applydesk.core.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.application.Application;
import io.applydesk.core.profile.Profile;
import io.applydesk.core.session.SessionCreated;
import io.applydesk.core.session.SessionTestKit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live thumbnails' plumbing: the engine is asked for page snapshots only while a view watches. */
class PageSnapshotTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};

    @TempDir
    Path tempDir;

    private SessionTestKit kit;
    private Profile profile;
    private final ScriptedEngine engine = new ScriptedEngine();
    private final List<RunEvent> events = new CopyOnWriteArrayList<>();
    /** What the engine was told, one entry per application. */
    private final List<Boolean> wantedSeen = new CopyOnWriteArrayList<>();
    private RunCoordinator coordinator;

    @BeforeEach
    void setUp() {
        kit = new SessionTestKit(tempDir);
        profile = kit.completeProfile("dana@example.com");
        coordinator = new RunCoordinator(kit.db, engine, kit.profiles, kit.dirs, 1, kit.clock,
                RunCoordinatorTest.withoutHostSpacing(), new Random(1), null);
        coordinator.addListener(events::add);
    }

    @AfterEach
    void tearDown() {
        coordinator.close();
        kit.close();
    }

    @Test
    void nobodyWatchingMeansNoSnapshotIsAskedForNorPublished() {
        // The engine snapshots regardless here; the coordinator must still drop them.
        SessionCreated created = runWhereTheEngineSnapshots(1, 2, true);

        assertEquals(List.of(false, false), wantedSeen);
        assertEquals(0, snapshots().size());
        assertEquals(2, created.applications().size());
    }

    @Test
    void whileWatchedEverySnapshotIsRepublishedForItsApplication() {
        Subscription watching = coordinator.watchPages();
        SessionCreated created = runWhereTheEngineSnapshots(1, 2, false);
        watching.close();

        assertEquals(List.of(true, true), wantedSeen);
        List<PageSnapshot> snapshots = snapshots();
        assertEquals(created.applications().stream().map(Application::applicationId).toList(),
                snapshots.stream().map(PageSnapshot::applicationId).toList());
        snapshots.forEach(s -> {
            assertEquals(created.run().sessionRunId(), s.sessionRunId());
            assertArrayEquals(JPEG, s.jpeg());
        });
    }

    @Test
    void closingTheLastWatchStopsTheSnapshotsAndClosingTwiceCountsOnce() {
        Subscription first = coordinator.watchPages();
        Subscription second = coordinator.watchPages();
        first.close();
        first.close();
        runWhereTheEngineSnapshots(1, 1, false);
        assertEquals(List.of(true), wantedSeen, "the second watch is still open");

        second.close();
        runWhereTheEngineSnapshots(2, 1, false);
        assertEquals(List.of(true, false), wantedSeen);
        assertEquals(1, snapshots().size());
    }

    /**
     * Runs {@code count} applications (jobs {@code first}…, distinct so none is a duplicate) whose engine
     * snapshots when asked, or always when {@code always}.
     */
    private SessionCreated runWhereTheEngineSnapshots(int first, int count, boolean always) {
        SessionCreated created = kit.runOnce(profile, IntStream.range(first, first + count)
                .mapToObj(SessionTestKit::greenhouseJob).toList());
        for (Application app : created.applications()) {
            engine.script(app.jobUrl(), (request, listener) -> {
                boolean wanted = listener.snapshotsWanted();
                wantedSeen.add(wanted);
                if (wanted || always) {
                    listener.pageSnapshot(JPEG.clone());
                }
                return ScriptedEngine.success(request, listener);
            });
        }
        coordinator.start(created.run().sessionRunId());
        assertTrue(coordinator.awaitRun(created.run().sessionRunId(), WAIT));
        return created;
    }

    private List<PageSnapshot> snapshots() {
        return events.stream().filter(e -> e instanceof PageSnapshot).map(e -> (PageSnapshot) e).toList();
    }
}
