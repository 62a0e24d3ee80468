package io.applydesk.app.ui.common;

/** A {@link Debouncer} whose pause ends when the test says so: {@link #fire()} runs the action waiting, if any. */
public final class ManualDebouncer implements Debouncer {
    private Runnable pending;
    private int requests;

    @Override
    public void debounce(Runnable action) {
        pending = action;
        requests++;
    }

    @Override
    public void cancel() {
        pending = null;
    }

    /** Ends the pause: runs the one action still waiting; returns false when none was. */
    public boolean fire() {
        Runnable action = pending;
        pending = null;
        if (action == null) {
            return false;
        }
        action.run();
        return true;
    }

    /** How many times an action was handed in (each replacing the one before). */
    public int requests() {
        return requests;
    }
}
