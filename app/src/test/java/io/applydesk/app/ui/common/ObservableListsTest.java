package io.applydesk.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** {@link ObservableLists#replaceChanged}: what changes, and what a control showing the list is told. */
class ObservableListsTest {
    private record Row(String id, int done) {
    }

    private final Row first = new Row("a", 1);
    private final Row second = new Row("b", 2);
    private final ObservableList<Row> shown = FXCollections.observableArrayList(first, second);
    private final List<String> told = new ArrayList<>();

    ObservableListsTest() {
        shown.addListener((ListChangeListener<Row>) change -> {
            while (change.next()) {
                told.add(change.wasReplaced() ? "replaced " + change.getFrom() + ".." + change.getTo()
                        : change.wasAdded() ? "added " + change.getAddedSize()
                        : change.wasRemoved() ? "removed " + change.getRemovedSize() : "other");
            }
        });
    }

    @Test
    void anEqualListChangesNothing() {
        ObservableLists.replaceChanged(shown, List.of(new Row("a", 1), new Row("b", 2)));

        assertEquals(List.of(), told);
        assertSame(first, shown.get(0), "the shown item stays the same object");
    }

    @Test
    void onlyTheItemThatChangedIsReplaced() {
        ObservableLists.replaceChanged(shown, List.of(new Row("a", 1), new Row("b", 3)));

        assertEquals(List.of("replaced 1..2"), told);
        assertSame(first, shown.get(0));
        assertEquals(new Row("b", 3), shown.get(1));
    }

    @Test
    void aListOfAnotherSizeIsReplacedWhole() {
        ObservableLists.replaceChanged(shown, List.of(new Row("c", 0), new Row("a", 1), new Row("b", 2)));

        assertEquals(List.of(new Row("c", 0), first, second), shown);
        assertEquals(List.of("replaced 0..3"), told);
    }
}
