package io.applydesk.app.ui.common;

import javafx.util.Duration;

/**
 * A page that follows changes while it is shown: on show its ViewModel subscribes and a ticker starts applying what
 * changed since the last tick; on hide both stop, so a hidden page costs nothing.
 */
public abstract class LivePageView implements PageView {
    private final Runnable activate;
    private final Runnable deactivate;
    private final FxTicker ticker;

    /**
     * @param activate   subscribes the ViewModel and reads its page again
     * @param deactivate unsubscribes it
     * @param tick       applies on the FX thread what changed since the last tick
     */
    protected LivePageView(Runnable activate, Runnable deactivate, Duration interval, Runnable tick) {
        this.activate = activate;
        this.deactivate = deactivate;
        this.ticker = new FxTicker(interval, tick);
    }

    @Override
    public void shown() {
        activate.run();
        ticker.start();
    }

    @Override
    public void hidden() {
        ticker.stop();
        deactivate.run();
    }
}
