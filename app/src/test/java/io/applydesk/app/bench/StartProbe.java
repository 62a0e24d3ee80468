package io.applydesk.app.bench;

import io.applydesk.app.Launcher;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A child process of {@link DesktopBenchmark}: starts an empty JavaFX window ({@code empty}), the real desktop app
 * in practice mode ({@code app}) or on the candidate's own data ({@code own}: {@code applydesk} with no argument),
 * and prints {@value #READY} the moment a window is showing the wanted
 * content AND the FX thread has run a task posted after it (so the window answers input). Then halts at once:
 * shutting down is not part of starting.
 */
public final class StartProbe {
    static final String READY = "READY";
    private static final long POLL_MILLIS = 5;

    private StartProbe() {
    }

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "empty";
        boolean app = !what.equals("empty");
        // The app's main window has the sidebar's buttons; its "Starting…" screen does not.
        Predicate<Parent> ready = app ? root -> root.lookup(".nav-item") != null : root -> true;
        Thread watcher = new Thread(() -> announceWhenShowing(ready), "start-probe");
        watcher.setDaemon(true);
        watcher.start();
        if (app) {
            Launcher.main(what.equals("own") ? new String[0] : new String[] {"--practice"});
        } else {
            Application.launch(EmptyWindow.class);
        }
    }

    private static void announceWhenShowing(Predicate<Parent> ready) {
        while (true) {
            try {
                Thread.sleep(POLL_MILLIS);
                CountDownLatch checked = new CountDownLatch(1);
                boolean[] found = new boolean[1];
                Platform.runLater(() -> {
                    found[0] = Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                            .anyMatch(scene -> scene != null && ready.test(scene.getRoot()));
                    checked.countDown();
                });
                if (checked.await(10, TimeUnit.SECONDS) && found[0]) {
                    System.out.println(READY);
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                }
            } catch (IllegalStateException toolkitNotStartedYet) {
                // Platform.runLater refuses until the FX toolkit is up: keep polling.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The baseline: the smallest JavaFX app with a window of the app's size. */
    public static final class EmptyWindow extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Empty");
            stage.setScene(new Scene(new StackPane(), 1200, 800));
            stage.show();
        }
    }
}
