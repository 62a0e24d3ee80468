package io.applydesk.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.app.ui.theme.ThemeManager;
import io.applydesk.core.application.ApplicationStatus;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A live table's update (a run's rows change every half second) costs one pulse less: its cells, updated while laid
 * out, are styled in the same pulse instead of a second one that JavaFX paints in full. Each measure is against the
 * same table without it, in the same window.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutBeforeCssTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aRowAddedOnTopIsStyledInItsOwnPulse(FxRobot robot) throws Exception {
        int plain = pulsesForARowOnTop(robot, new StackPane(table(FXCollections.observableArrayList())));
        assertTrue(plain > 1, "the toolkit's own order: another pulse styles the cells; pulses: " + plain);

        ObservableList<ApplicationStatus> statuses = FXCollections.observableArrayList();
        StackPane root = new StackPane(table(statuses));
        robot.interact(() -> LayoutBeforeCss.whileInScene(root));
        assertEquals(plain - 1, pulsesForARowOnTop(robot, root));

        assertEquals("FAILED", fx(() -> pillAt(root, 0).getText()), "the table shows the new row");
        assertEquals(fx(() -> pillAt(root, 1).getTextFill()), fx(() -> pillAt(root, 0).getTextFill()),
                "styled as the other failed rows");
    }

    @Test
    void itFollowsTheRootIntoTheNextSceneItIsPutIn(FxRobot robot) throws Exception {
        StackPane root = new StackPane(table(FXCollections.observableArrayList()));
        robot.interact(() -> {
            LayoutBeforeCss.whileInScene(root);
            new Scene(root);
        });
        int moved = pulsesForARowOnTop(robot, fx(() -> new StackPane(root)));

        assertEquals(pulsesForARowOnTop(robot, new StackPane(table(FXCollections.observableArrayList()))) - 1, moved);
    }

    /**
     * Shows {@code root} (holding a table of failed and queued rows) in a new scene, waits for the window to rest, adds
     * a failed row on top and counts the pulses until it rests again.
     */
    private int pulsesForARowOnTop(FxRobot robot, Parent root) throws InterruptedException {
        @SuppressWarnings("unchecked")
        ObservableList<ApplicationStatus> statuses = ((TableView<ApplicationStatus>) root.lookup(".table-view"))
                .getItems();
        AtomicInteger pulses = new AtomicInteger();
        Runnable counter = pulses::incrementAndGet;
        robot.interact(() -> {
            for (int i = 0; i < 12; i++) {
                statuses.add(i % 2 == 0 ? ApplicationStatus.FAILED : ApplicationStatus.QUEUED);
            }
            Scene scene = new Scene(root, 400, 420);
            new ThemeManager().attach(scene);
            scene.addPostLayoutPulseListener(counter);
            stage.setScene(scene);
            stage.show();
        });
        do {
            pulses.set(0);
            Thread.sleep(300);
        } while (pulses.get() > 0);
        robot.interact(() -> statuses.add(0, ApplicationStatus.FAILED));
        Thread.sleep(500);
        robot.interact(() -> root.getScene().removePostLayoutPulseListener(counter));
        return pulses.get();
    }

    private static TableView<ApplicationStatus> table(ObservableList<ApplicationStatus> statuses) {
        TableView<ApplicationStatus> table = new TableView<>(statuses);
        TableColumn<ApplicationStatus, ApplicationStatus> column = new TableColumn<>("Status");
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setCellFactory(c -> new StatusPillCell<>());
        table.getColumns().add(column);
        return table;
    }

    /** The pill of the row at {@code index} as shown. */
    private static Label pillAt(Parent root, int index) {
        return root.lookupAll(".status-pill").stream().map(Label.class::cast)
                .filter(pill -> pill.isVisible() && ((StatusPillCell<?>) pill.getParent()).getIndex() == index)
                .findFirst().orElseThrow();
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
