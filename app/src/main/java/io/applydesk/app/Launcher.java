package io.applydesk.app;

import io.applydesk.app.cli.Cli;
import io.applydesk.app.cli.ShutdownHookStopSignal;
import io.applydesk.app.ui.ApplyDeskApp;
import java.util.List;

/**
 * The entry point of {@code applydesk} and {@code java -jar}. A plain class, not a JavaFX
 * {@code Application}, so the JavaFX runtime on the class path is found without module flags.
 *
 * <ul>
 *   <li>{@code applydesk} — the desktop app; on a machine with no profile yet, in practice mode;</li>
 *   <li>{@code applydesk --practice} — the desktop app on the practice ATS with the demo candidate;</li>
 *   <li>anything else — a terminal command ({@link Cli}: {@code apply}, {@code --help}, {@code --version}).</li>
 * </ul>
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        if (arguments.isEmpty() || arguments.equals(List.of("--practice"))) {
            AppOptions options = AppOptions.defaults();
            boolean practice = !arguments.isEmpty() || !AppContext.hasRealProfiles(options);
            ApplyDeskApp.launchWith(options.withPractice(practice));
            // launchWith returns once the window has closed and the app context is closed.
            System.exit(Cli.EXIT_OK);
        }
        System.exit(Cli.run(args, System.out, System.err, System.getenv(), new ShutdownHookStopSignal()));
    }
}
