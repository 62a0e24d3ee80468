package io.applydesk.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Saves PNGs of the window for the README when the tests run with
 * {@code -Dapplydesk.screenshots=DIR}; does nothing otherwise.
 */
final class Screenshots {
    static final String PROPERTY = "applydesk.screenshots";

    private Screenshots() {
    }

    /** Snapshots {@code scene} as {@code DIR/name.png}; must run on the FX thread. */
    static void save(Scene scene, String name) {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) {
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
}
