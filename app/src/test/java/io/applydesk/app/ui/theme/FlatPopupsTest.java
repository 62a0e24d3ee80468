package io.applydesk.app.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Where windows cannot be transparent (no compositing window manager; Xvfb here) a drop-down's window is just its
 * list: the room a drop shadow would take is painted opaque there, a white frame round the list in the dark theme.
 */
@ExtendWith(ApplicationExtension.class)
class FlatPopupsTest {
    private ComboBox<String> combo;

    @Start
    void start(Stage stage) {
        combo = new ComboBox<>();
        combo.getItems().setAll("Any", "Full time", "Part time");
        Scene scene = new Scene(new StackPane(combo), 400, 300);
        ThemeManager theme = new ThemeManager();
        theme.setDark(true);
        theme.attach(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aDropDownsWindowIsItsListWithoutRoomForAShadow(FxRobot robot) throws Exception {
        assumeFalse(fx(() -> Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW)),
                "a composited desktop shows the shadow");
        robot.interact(combo::show);
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> list = fx(() -> (ListView<?>) ((ComboBoxListViewSkin<?>) combo.getSkin()).getPopupContent());
        assertNull(fx(list::getEffect));
        Window popup = fx(() -> list.getScene().getWindow());
        assertEquals(fx(list::getWidth), fx(popup::getWidth), 1.0, "the drop-down's window is as wide as its list");
        robot.interact(combo::hide);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
