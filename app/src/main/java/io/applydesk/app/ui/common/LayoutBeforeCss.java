package io.applydesk.app.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * Lays the window out once more at the start of each pulse, before its CSS pass.
 *
 * <p>WHY: tables and lists create and update their cells while they are laid out, and each updated cell asks for
 * CSS then, after the pulse's CSS pass. JavaFX answers in a second pulse; and a pulse that changed nothing on screen
 * has no dirty region, which JavaFX's painter takes as "paint everything": every live update of a run's table cost a
 * second frame repainting the whole window (about 10 ms of software rendering at 1200×800, while four browsers want
 * the same two CPUs). Laid out first, those cells are styled by the same pulse's CSS pass, and the pulse's own
 * layout pass then has little left to do. A third of the pulses of a run with four workers did this
 * (docs/BENCHMARKS.md).
 */
public final class LayoutBeforeCss {
    private LayoutBeforeCss() {
    }

    /** For as long as {@code root} is in a scene: in that scene, each pulse lays {@code root} out before its CSS. */
    public static void whileInScene(Parent root) {
        Runnable layOut = root::layout;
        root.sceneProperty().addListener((observable, left, entered) -> {
            if (left != null) {
                left.removePreLayoutPulseListener(layOut);
            }
            if (entered != null) {
                entered.addPreLayoutPulseListener(layOut);
            }
        });
        Scene scene = root.getScene();
        if (scene != null) {
            scene.addPreLayoutPulseListener(layOut);
        }
    }
}
