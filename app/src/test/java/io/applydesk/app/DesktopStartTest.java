package io.applydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.instance.InstanceClaim;
import io.applydesk.app.instance.SingleInstance;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop app's claim on its data directory: one window per folder, a second start hands over to it. */
class DesktopStartTest {
    @TempDir
    Path home;

    private AppOptions options() {
        return new AppOptions(home, false, true, 1, Clock.systemUTC());
    }

    @Test
    void aSecondStartBringsTheRunningWindowForwardAndEndsWithZero() throws Exception {
        DesktopStart.Open first = assertInstanceOf(DesktopStart.Open.class, DesktopStart.claim(options(), true));
        CountDownLatch shown = new CountDownLatch(1);
        first.instance().onShowRequest(shown::countDown);

        DesktopStart second = DesktopStart.claim(options(), true);

        assertEquals(new DesktopStart.Exit(0, "ApplyDesk is already open; its window has been brought to the front."),
                second);
        assertTrue(shown.await(10, TimeUnit.SECONDS), "the running window was not asked to show itself");
        first.instance().close();
        assertInstanceOf(DesktopStart.Open.class, DesktopStart.claim(options(), true)).instance().close();
    }

    @Test
    void withoutARealProfileThePracticeFolderIsClaimedAndTheRealOneLeftFree() {
        DesktopStart.Open open = assertInstanceOf(DesktopStart.Open.class, DesktopStart.claim(options(), false));
        try {
            assertTrue(open.options().practice());
            assertEquals(new InstanceClaim.AlreadyRunning(SingleInstance.DESKTOP, true),
                    SingleInstance.claim(home.resolve(AppContext.PRACTICE_SUBDIRECTORY), "apply"));
            assertInstanceOf(InstanceClaim.Acquired.class, SingleInstance.claim(home, "apply")).instance().close();
        } finally {
            open.instance().close();
        }
    }

    @Test
    void aWindowOnTheRealFolderIsHandedOverBeforeItsDatabaseIsOpened() throws Exception {
        SingleInstance window = assertInstanceOf(InstanceClaim.Acquired.class,
                SingleInstance.claim(home, SingleInstance.DESKTOP)).instance();
        CountDownLatch shown = new CountDownLatch(1);
        window.onShowRequest(shown::countDown);
        try {
            assertEquals(0, assertInstanceOf(DesktopStart.Exit.class, DesktopStart.claim(options(), false)).status());
            assertTrue(shown.await(10, TimeUnit.SECONDS));
        } finally {
            window.close();
        }
    }

    @Test
    void aRunningCommandIsNamedAndNoWindowOpens() {
        SingleInstance apply = assertInstanceOf(InstanceClaim.Acquired.class,
                SingleInstance.claim(home.resolve(AppContext.PRACTICE_SUBDIRECTORY), "apply")).instance();
        try {
            assertEquals(new DesktopStart.Exit(1, "ApplyDesk is already running 'applydesk apply' on this data "
                    + "folder; wait for it to finish, then try again."), DesktopStart.claim(options(), true));
        } finally {
            apply.close();
        }
    }
}
