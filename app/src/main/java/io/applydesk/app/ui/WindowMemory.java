package io.applydesk.app.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Makes a stage remember its size, position and maximised state: {@link #attach} puts it back where it was (on a
 * screen that is still there, see {@link WindowGeometry#visibleOn}) and hands its geometry to {@code store}
 * whenever it is hidden (closed to the tray, or the app quitting). Use on the FX thread.
 */
public final class WindowMemory {
    private final Stage stage;
    /** The bounds the window had when last not maximised: what un-maximising goes back to next time. */
    private WindowGeometry normal;

    private WindowMemory(Stage stage) {
        this.stage = stage;
        this.normal = current(false);
    }

    /**
     * Restores {@code saved} (when there is one) and remembers from now on.
     *
     * @param store keeps the geometry text (called on the FX thread; should hand the write to a worker)
     */
    public static WindowMemory attach(Stage stage, Optional<String> saved, Consumer<String> store) {
        saved.flatMap(WindowGeometry::parse).ifPresent(geometry -> restore(stage, geometry,
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList()));
        WindowMemory memory = new WindowMemory(stage);
        stage.xProperty().addListener((obs, old, now) -> memory.track());
        stage.yProperty().addListener((obs, old, now) -> memory.track());
        stage.widthProperty().addListener((obs, old, now) -> memory.track());
        stage.heightProperty().addListener((obs, old, now) -> memory.track());
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> store.accept(memory.geometry().format()));
        return memory;
    }

    /** What would be stored now: the normal bounds, and whether the window is maximised. */
    public WindowGeometry geometry() {
        return new WindowGeometry(normal.x(), normal.y(), normal.width(), normal.height(), stage.isMaximized());
    }

    static void restore(Stage stage, WindowGeometry saved, List<Rectangle2D> screens) {
        WindowGeometry visible = saved.visibleOn(screens);
        stage.setX(visible.x());
        stage.setY(visible.y());
        stage.setWidth(Math.max(visible.width(), stage.getMinWidth()));
        stage.setHeight(Math.max(visible.height(), stage.getMinHeight()));
        stage.setMaximized(visible.maximised());
    }

    private void track() {
        if (!stage.isMaximized() && !stage.isIconified()) {
            normal = current(false);
        }
    }

    private WindowGeometry current(boolean maximised) {
        return new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), maximised);
    }
}
