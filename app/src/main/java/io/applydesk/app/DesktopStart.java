package io.applydesk.app;

import io.applydesk.app.instance.InstanceClaim;
import io.applydesk.app.instance.SingleInstance;
import java.nio.file.Path;

/**
 * The desktop app's claim on its data directory, made before any window opens: one ApplyDesk window per
 * data directory. A second start asks the first to show its window and ends; a start while a CLI command
 * holds the directory ends with a sentence saying which one.
 */
sealed interface DesktopStart {

    /** Open the window with these options; {@code instance} is held until the app has closed. */
    record Open(AppOptions options, SingleInstance instance) implements DesktopStart {
    }

    /**
     * Do not open a window: print {@code sentence} and exit with {@code status} (0 when the running
     * window was asked to show itself, 1 when a CLI command holds the directory).
     */
    record Exit(int status, String sentence) implements DesktopStart {
    }

    /**
     * Claims the data directory the desktop app will use: the practice one when {@code practiceAsked} or
     * when the real one holds no profile yet (as the {@link Launcher} decides), else the real one. The real
     * directory is claimed before its database is opened to look for profiles, so a running window is never
     * disturbed by that look.
     */
    static DesktopStart claim(AppOptions options, boolean practiceAsked) {
        if (practiceAsked) {
            return claimFor(options.withPractice(true));
        }
        DesktopStart real = claimFor(options.withPractice(false));
        if (!(real instanceof Open open) || AppContext.hasRealProfiles(options)) {
            return real;
        }
        open.instance().close();
        return claimFor(options.withPractice(true));
    }

    private static DesktopStart claimFor(AppOptions options) {
        Path dataDir = AppContext.dataDirectoryFor(options).root();
        InstanceClaim claim = SingleInstance.claim(dataDir, SingleInstance.DESKTOP);
        if (claim instanceof InstanceClaim.Acquired acquired) {
            return new Open(options, acquired.instance());
        }
        InstanceClaim.AlreadyRunning running = (InstanceClaim.AlreadyRunning) claim;
        boolean window = running.owner() == null || SingleInstance.DESKTOP.equals(running.owner());
        return new Exit(window ? 0 : 1, running.sentence());
    }
}
