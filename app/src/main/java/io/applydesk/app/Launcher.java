package io.applydesk.app;

import io.applydesk.app.cli.Cli;
import io.applydesk.app.cli.ShutdownHookStopSignal;
import io.applydesk.app.instance.SingleInstance;
import io.applydesk.app.settings.DataFolderChoice;
import io.applydesk.app.ui.ApplyDeskApp;
import io.applydesk.core.common.CpuPriority;
import io.applydesk.core.store.DataDirectory;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * The entry point of {@code applydesk} and {@code java -jar}. A plain class, not a JavaFX
 * {@code Application}, so the JavaFX runtime on the class path is found without module flags.
 *
 * <ul>
 *   <li>{@code applydesk} — the desktop app; on a machine with no profile yet, in practice mode;</li>
 *   <li>{@code applydesk --practice} — the desktop app on the practice ATS with the demo candidate;</li>
 *   <li>{@code applydesk --background} — the desktop app started in the system tray, without its window;</li>
 *   <li>anything else — a terminal command ({@link Cli}: {@code apply}, {@code --help}, {@code --version}).</li>
 * </ul>
 */
public final class Launcher {

    private static final String LOG_FILE_PROPERTY = "org.slf4j.simpleLogger.logFile";
    /** Arguments that still mean the desktop app, in any combination. */
    private static final Set<String> DESKTOP_FLAGS = Set.of("--practice", "--background");

    private Launcher() {
    }

    public static void main(String[] args) {
        logToDataDirectory();
        List<String> arguments = List.of(args);
        if (DESKTOP_FLAGS.containsAll(arguments)) {
            System.exit(openDesktop(arguments.contains("--practice"), arguments.contains("--background")));
        }
        System.exit(Cli.run(args, System.out, System.err, System.getenv(), new ShutdownHookStopSignal()));
    }

    /**
     * Opens the desktop app unless another ApplyDesk holds its data directory: a running window is asked to
     * come to the front instead (exit 0), a running CLI command is named (exit 1).
     */
    private static int openDesktop(boolean practiceAsked, boolean background) {
        CpuPriority.lowerJitCompilerInBackground();
        DesktopStart start;
        try {
            // APPLYDESK_HOME, else the folder chosen in Settings, else the usual place.
            start = DesktopStart.claim(DataFolderChoice.forThisComputer(System.getenv()).applyTo(AppOptions.defaults()),
                    practiceAsked);
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage() + ": " + e.getCause().getMessage());
            return Cli.EXIT_UNFINISHED;
        }
        if (start instanceof DesktopStart.Exit exit) {
            System.err.println(exit.sentence());
            return exit.status();
        }
        DesktopStart.Open open = (DesktopStart.Open) start;
        try (SingleInstance held = open.instance()) {
            // Returns once the app has quit and its context is closed; the data directory is freed after.
            ApplyDeskApp.launchWith(open.options(), held, background);
        }
        return Cli.EXIT_OK;
    }

    /**
     * Sends the log to a file of this start in {@code <data>/logs} ({@link LogFiles}) instead of the terminal, where
     * it would bury the CLI's progress lines. Must run before the first logger is created; an explicit
     * {@code -Dorg.slf4j.simpleLogger.logFile} wins, and an unusable data directory leaves the log on stderr.
     */
    private static void logToDataDirectory() {
        if (System.getProperty(LOG_FILE_PROPERTY) != null) {
            return;
        }
        try {
            Path logFile = LogFiles.next(DataDirectory.fromEnvironment().logs(), LocalDateTime.now(),
                    ProcessHandle.current().pid());
            System.setProperty(LOG_FILE_PROPERTY, logFile.toString());
        } catch (UncheckedIOException dataDirectoryUnusable) {
            // Logging to stderr is the better failure: the app itself will report the directory.
        }
    }
}
