package io.applydesk.app.ui.common;

/**
 * Runs an action once input has stopped changing for a moment: each call replaces the action still waiting.
 * ViewModels take one so that tests decide when the pause is over (no sleeps); production uses
 * {@link FxDebouncer}. Called and run on the UI thread.
 */
public interface Debouncer {

    /** Runs {@code action} after the pause, unless another call comes first. */
    void debounce(Runnable action);

    /** Drops the action still waiting, if any (its page was left: nothing may run behind it). */
    void cancel();
}
