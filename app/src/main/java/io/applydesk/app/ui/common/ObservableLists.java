package io.applydesk.app.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableList;

/** Updates of the lists that list views, tables and combo boxes show. */
public final class ObservableLists {
    private ObservableLists() {
    }

    /**
     * Makes {@code shown} equal to {@code wanted}. When only items changed in place (same size), only those are
     * replaced: a control showing the list then keeps its selection and redraws only the changed cells, where a
     * replaced list drops the selection (a combo box's value goes null and back, a list view's selection is
     * cleared) and redraws every cell. A page re-reading its list every second during a run did that each time.
     */
    public static <T> void replaceChanged(ObservableList<T> shown, List<? extends T> wanted) {
        if (shown.size() != wanted.size()) {
            shown.setAll(wanted);
            return;
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (!Objects.equals(shown.get(i), wanted.get(i))) {
                shown.set(i, wanted.get(i));
            }
        }
    }
}
