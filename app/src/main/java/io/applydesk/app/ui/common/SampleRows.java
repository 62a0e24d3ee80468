package io.applydesk.app.ui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Parent;

/**
 * Lays a page out ahead of its first visit with a screenful of sample rows in its lists and tables, then gives them
 * their own (empty) items back, all in one FX task so that no frame shows a sample. The rows' cells, skins and styles
 * made then are kept and reused by the first real rows: those arrive when a run starts, the moment four browsers
 * start too and the FX thread gets least of the CPU.
 */
public final class SampleRows {
    /** More than a maximised window shows of any list. */
    private static final int COUNT = 24;

    private final List<Runnable> fills = new ArrayList<>();
    private final List<Runnable> restores = new ArrayList<>();

    /** Shows {@link #COUNT} copies of {@code sample} in the control whose items are {@code items}. */
    public <T> SampleRows in(ObjectProperty<ObservableList<T>> items, T sample) {
        fills.add(() -> {
            ObservableList<T> own = items.get();
            items.set(FXCollections.observableArrayList(Collections.nCopies(COUNT, sample)));
            restores.add(() -> items.set(own));
        });
        return this;
    }

    /** Lays {@code root} out with the samples, then without them. */
    public void layOut(Parent root) {
        fills.forEach(Runnable::run);
        root.applyCss();
        root.layout();
        restores.forEach(Runnable::run);
        restores.clear();
        root.layout();
    }
}
