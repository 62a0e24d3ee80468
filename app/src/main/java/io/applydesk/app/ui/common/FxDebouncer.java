package io.applydesk.app.ui.common;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** A {@link Debouncer} on the FX animation timer; create and use it on the FX thread. */
public final class FxDebouncer implements Debouncer {
    private final PauseTransition pause;
    private Runnable pending = () -> { };

    public FxDebouncer(Duration quiet) {
        this.pause = new PauseTransition(quiet);
        this.pause.setOnFinished(event -> pending.run());
    }

    @Override
    public void debounce(Runnable action) {
        pending = action;
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        pause.stop();
        pending = () -> { };
    }
}
