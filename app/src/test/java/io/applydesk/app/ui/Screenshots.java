package io.applydesk.app.ui;

import io.applydesk.app.ui.theme.ThemeManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saves PNGs of the window for the README when the tests run with
 * {@code -Dapplydesk.screenshots=DIR}; does nothing otherwise.
 */
final class Screenshots {
    static final String PROPERTY = "applydesk.screenshots";

    private Screenshots() {
    }

    /** Saves the window light ({@code name}) and dark ({@code name-dark}), leaving it light; call off the FX thread. */
    static void lightAndDark(FxRobot robot, Scene scene, ThemeManager theme, String name) {
        if (directory() == null) {
            return;
        }
        robot.interact(() -> save(scene, name));
        robot.interact(() -> theme.setDark(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> save(scene, name + "-dark"));
        robot.interact(() -> theme.setDark(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Snapshots {@code scene} as {@code DIR/name.png}; must run on the FX thread. */
    static void save(Scene scene, String name) {
        String dir = directory();
        if (dir == null) {
            return;
        }
        WritableImage image = scene.snapshot(null);
        try {
            Path file = Files.createDirectories(Path.of(dir)).resolve(name + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The screenshot folder, or null when screenshots are not wanted. */
    private static String directory() {
        String dir = System.getProperty(PROPERTY);
        return dir == null || dir.isBlank() ? null : dir;
    }
}
