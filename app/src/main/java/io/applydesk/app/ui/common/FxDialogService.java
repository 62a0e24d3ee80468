package io.applydesk.app.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX alerts and file choosers owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Window owner;
    /**
     * Where the next file chooser opens: the home folder at first, then the folder of the last file chosen. Left
     * to itself it opened in the working directory, the folder ApplyDesk was built in.
     */
    private Path folder = Path.of(System.getProperty("user.home"));

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(cancelLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, cancel);
        // Enter keeps things as they are: a Delete or Discard must not be one keystroke away.
        ((Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseFile(String title, String description, List<String> extensions) {
        FileChooser chooser = inFolder(new FileChooser());
        chooser.setTitle(title);
        if (!extensions.isEmpty()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, extensions));
        }
        return remembered(chooser.showOpenDialog(owner));
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String description, String extension, String suggestedName) {
        FileChooser chooser = inFolder(new FileChooser());
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, extension));
        chooser.setInitialFileName(suggestedName);
        return remembered(chooser.showSaveDialog(owner));
    }

    /** Opens choosers in {@link #folder}; call before showing one. */
    private FileChooser inFolder(FileChooser chooser) {
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    /** The chosen file, its folder kept for the next chooser. */
    private Optional<Path> remembered(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        Path path = chosen.toPath();
        if (path.getParent() != null) {
            folder = path.getParent();
        }
        return Optional.of(path);
    }
}
