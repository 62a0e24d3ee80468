package io.applydesk.app.ui.common;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Calls an action on the FX thread at a fixed interval while started. Views use it to copy
 * buffered worker-thread events into their ViewModel in one batch per tick, instead of one
 * {@code Platform.runLater} per event (STYLE.md §3.5). Must be created and used on the FX thread.
 */
public final class FxTicker {
    /** Short enough to feel live, long enough to batch bursts of engine events. */
    public static final Duration DEFAULT_INTERVAL = Duration.millis(100);

    private final Timeline timeline;

    public FxTicker(Duration interval, Runnable action) {
        this.timeline = new Timeline(new KeyFrame(interval, event -> action.run()));
        this.timeline.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }
}
