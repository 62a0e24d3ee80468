package io.applydesk.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real confirmation dialog: Enter gives the answer that leaves things as they are. */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {
    private FxDialogService dialogs;

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("owner"), 300, 200));
        stage.show();
        dialogs = new FxDialogService(stage);
    }

    @Test
    void enterInADeleteQuestionKeepsTheProfile(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.confirm("Delete Ada?", "Her profile and resumes go.",
                "Delete", "Keep it")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup(".button").match((Button b) -> b.getText().equals("Keep it")).tryQuery().isPresent());
        Button keep = robot.lookup(".button").match((Button b) -> b.getText().equals("Keep it")).query();
        Button delete = robot.lookup(".button").match((Button b) -> b.getText().equals("Delete")).query();
        assertFalse(delete.isDefaultButton(), "Delete is not the default");

        assertEquals(true, keep.isDefaultButton());
        robot.push(KeyCode.ENTER);

        assertEquals(false, answer.get(10, TimeUnit.SECONDS));
    }
}
