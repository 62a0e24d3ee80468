package io.applydesk.app.ui.common;

import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.input.KeyCombination;

/**
 * A page of the main window. The window calls {@link #shown()} when the page becomes visible and
 * {@link #hidden()} when it is replaced or the window closes, so live pages subscribe only while
 * visible (bisq2 onActivate/onDeactivate). All methods run on the FX thread.
 */
public interface PageView {

    /** The page's root node, built once. */
    Parent root();

    /** The page became visible: refresh, subscribe, start ticking. */
    default void shown() {
    }

    /**
     * Asked before another page replaces this one: false keeps this page (e.g. the candidate chose to
     * keep editing unsaved changes).
     */
    default boolean mayLeave() {
        return true;
    }

    /**
     * Called while the page is prepared ahead of its first visit, unseen, after its first layout: lays out what the
     * page shows only later (the run table's rows), so that its cells exist before that moment.
     */
    default void layOutAhead() {
    }

    /** The page is no longer visible: unsubscribe, stop ticking. */
    default void hidden() {
    }

    /**
     * The page's own keyboard shortcuts ({@link Shortcuts}), asked once per visit: the window makes them work while
     * the page is shown, and only then (a page left stays in the window, hidden). Keys other than the window's own.
     */
    default Map<KeyCombination, Runnable> shortcuts() {
        return Map.of();
    }
}
