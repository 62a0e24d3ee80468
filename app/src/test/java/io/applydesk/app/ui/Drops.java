package io.applydesk.app.ui;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import java.security.AccessControlContext;
import java.util.EnumSet;
import java.util.Set;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;

/**
 * Fires a real drag-over and drop, with a real {@link Dragboard} holding {@code content}, at a
 * node, as the toolkit does at the end of a drag from another application. A drag across
 * applications cannot be driven by a robot reliably, so the Dragboard is built (through JavaFX's
 * internal DragboardHelper) over an in-memory clipboard that plays the drag source: JavaFX's
 * local clipboard holds the data, and the source offers every transfer mode. Must run on the FX
 * thread.
 */
final class Drops {

    private Drops() {
    }

    /** @return whether the target accepted the drag and completed the drop */
    static boolean drop(Node target, ClipboardContent content) {
        Dragboard dragboard = DragboardHelper.createDragboard(new DragSource(Toolkit.getToolkit().createLocalClipboard()));
        dragboard.setContent(content);
        Bounds bounds = target.localToScreen(target.getBoundsInLocal());
        Bounds inScene = target.localToScene(target.getBoundsInLocal());
        DragEvent over = event(DragEvent.DRAG_OVER, dragboard, inScene, bounds);
        Event.fireEvent(target, over);
        if (!over.isAccepted()) {
            return false;
        }
        DragEvent dropped = event(DragEvent.DRAG_DROPPED, dragboard, inScene, bounds);
        Event.fireEvent(target, dropped);
        return dropped.isDropCompleted();
    }

    private static DragEvent event(javafx.event.EventType<DragEvent> type, Dragboard dragboard, Bounds inScene,
                                   Bounds onScreen) {
        return new DragEvent(type, dragboard, inScene.getCenterX(), inScene.getCenterY(), onScreen.getCenterX(),
                onScreen.getCenterY(), TransferMode.COPY, null, null, null);
    }

    /** The data of the local clipboard, with the transfer modes a drag source offers. */
    private static final class DragSource implements TKClipboard {
        private final TKClipboard data;

        DragSource(TKClipboard data) {
            this.data = data;
        }

        @Override
        @SuppressWarnings("removal")
        public void setSecurityContext(AccessControlContext context) {
            data.setSecurityContext(context);
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return data.getContentTypes();
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... content) {
            return data.putContent(content);
        }

        @Override
        public Object getContent(DataFormat format) {
            return data.getContent(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return data.hasContent(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return EnumSet.allOf(TransferMode.class);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offsetX) {
        }

        @Override
        public void setDragViewOffsetY(double offsetY) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
