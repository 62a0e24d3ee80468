package io.applydesk.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.applydesk.app.ui.theme.ThemeManager;
import io.applydesk.core.application.ApplicationStatus;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A status pill takes its status's colour from the theme, and a row whose status changes (a run's rows do, many
 * times) shows the new colour only, in the same pill and without a style class of its own per status.
 */
@ExtendWith(ApplicationExtension.class)
class StatusPillCellTest {
    private final ObservableList<ApplicationStatus> statuses = FXCollections.observableArrayList(
            ApplicationStatus.FAILED, ApplicationStatus.SUCCESS, ApplicationStatus.QUEUED);
    private TableView<ApplicationStatus> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>(statuses);
        TableColumn<ApplicationStatus, ApplicationStatus> column = new TableColumn<>("Status");
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setCellFactory(c -> new StatusPillCell<>());
        table.getColumns().add(column);
        Scene scene = new Scene(table, 400, 300);
        new ThemeManager().attach(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aPillShowsItsStatusColourAndChangesWithTheStatus() throws Exception {
        Paint failed = fx(() -> pillIn(0).getTextFill());
        Paint success = fx(() -> pillIn(1).getTextFill());
        Paint queued = fx(() -> pillIn(2).getTextFill());
        assertNotEquals(failed, success, "failed and sent differ");
        assertNotEquals(success, queued, "sent and queued differ");
        assertEquals("FAILED", fx(() -> pillIn(0).getText()));

        Label pill = fx(() -> pillIn(0));
        fx(() -> statuses.set(0, ApplicationStatus.SUCCESS));
        assertEquals(success, fx(() -> pillIn(0).getTextFill()), "the failed row turned sent: the sent colour");
        assertEquals("SUCCESS", fx(() -> pillIn(0).getText()));
        assertEquals(List.of("label", "status-pill"), fx(() -> List.copyOf(pillIn(0).getStyleClass())));

        fx(() -> statuses.set(0, ApplicationStatus.QUEUED));
        assertEquals(queued, fx(() -> pillIn(0).getTextFill()), "and back to no colour of its own: none left over");
        assertEquals(pill, fx(() -> pillIn(0)), "the same pill throughout");
    }

    @Test
    void rowsThatEmptyAndFillAgainKeepTheirPillsInPlace() throws Exception {
        List<Label> pills = fx(() -> {
            pillIn(0);
            return table.lookupAll(".status-pill").stream().map(Label.class::cast).toList();
        });
        AtomicInteger moved = new AtomicInteger();
        fx(() -> {
            pills.forEach(pill -> pill.parentProperty().addListener((obs, old, now) -> moved.incrementAndGet()));
            statuses.clear();
            table.layout();
            return null;
        });
        assertEquals(List.of(), fx(() -> pills.stream().filter(Label::isVisible).map(Label::getText).toList()),
                "an empty table shows no pill");
        assertEquals(List.of(), fx(() -> pills.stream().map(Label::getText).filter(Objects::nonNull).toList()),
                "and keeps no old status in a hidden one");

        fx(() -> statuses.setAll(ApplicationStatus.PROCESSING, ApplicationStatus.NEEDS_INPUT));
        assertEquals("NEEDS INPUT", fx(() -> pillIn(1).getText()));
        assertEquals(0, moved.get(), "no pill was taken out of its cell and put back (which restyles it)");
    }

    /** The pill of row {@code index}, after a layout and CSS pass. */
    private Label pillIn(int index) {
        table.applyCss();
        table.layout();
        return table.lookupAll(".status-pill").stream().map(Label.class::cast)
                .filter(pill -> pill.getParent() != null && statusText(statuses.get(index)).equals(pill.getText())
                        && ((StatusPillCell<?>) pill.getParent()).getIndex() == index)
                .findFirst().orElseThrow();
    }

    private static String statusText(ApplicationStatus status) {
        return status.name().replace('_', ' ');
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
    }
}
