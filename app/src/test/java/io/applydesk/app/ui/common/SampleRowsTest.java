package io.applydesk.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A page laid out ahead with sample rows keeps its own (empty) lists afterwards, shows no sample, and its first real
 * rows are shown in the cells made then.
 */
@ExtendWith(ApplicationExtension.class)
class SampleRowsTest {
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ObservableList<String> rows = FXCollections.observableArrayList();
    private ListView<String> list;
    private TableView<String> table;
    private HBox root;

    @Start
    void start(Stage stage) {
        list = new ListView<>(lines);
        table = new TableView<>(rows);
        TableColumn<String, String> column = new TableColumn<>("Row");
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        table.getColumns().add(column);
        root = new HBox(list, table);
        stage.setScene(new Scene(root, 600, 400));
        stage.show();
    }

    @Test
    void theListsGetTheirOwnItemsBackAndTheirFirstRowsUseTheCellsMadeAhead() throws Exception {
        Set<Node> cellsAhead = fx(() -> {
            new SampleRows().in(list.itemsProperty(), "sample line").in(table.itemsProperty(), "sample row")
                    .layOut(root);
            return Set.copyOf(listCells());
        });
        assertSame(lines, fx(list::getItems), "the list has its own items again");
        assertSame(rows, fx(table::getItems), "and the table");
        assertTrue(cellsAhead.size() >= 10, "a screenful of cells was made ahead: " + cellsAhead.size());
        assertEquals(List.of(), fx(() -> listCells().stream().map(cell -> ((ListCell<?>) cell).getItem())
                .filter(item -> item != null).toList()), "no cell holds a sample any more");

        fx(() -> {
            lines.addAll("09:00:01 Applying to Engineer", "09:00:02 Filling the form");
            root.layout();
            return null;
        });
        List<Node> shown = fx(() -> listCells().stream().filter(cell -> ((ListCell<?>) cell).getItem() != null)
                .toList());
        assertEquals(2, shown.size());
        assertTrue(shown.stream().allMatch(cellsAhead::contains), "the first lines are shown in cells made ahead");
    }

    private Set<Node> listCells() {
        return list.lookupAll(".list-cell").stream().filter(ListCell.class::isInstance).collect(Collectors.toSet());
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }
}
