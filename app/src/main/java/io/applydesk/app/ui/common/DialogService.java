package io.applydesk.app.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The only way ViewModels show dialogs, so that they can be tested with a stub. Every method must
 * be called on the UI thread.
 */
public interface DialogService {

    /** Shows a problem in plain words. */
    void showError(String title, String message);

    /**
     * Asks a question with two answers.
     *
     * @return true for {@code confirmLabel}; false for {@code cancelLabel} or when the dialog was closed
     */
    boolean confirm(String title, String message, String confirmLabel, String cancelLabel);

    /**
     * Lets the candidate pick one existing file.
     *
     * @param description  what the filter accepts, e.g. "Resumes (PDF, DOC, DOCX)"
     * @param extensions   patterns such as {@code "*.pdf"}; empty = any file
     * @return the chosen file, or empty when the candidate cancelled
     */
    Optional<Path> chooseFile(String title, String description, List<String> extensions);

    /**
     * Lets the candidate pick where to save a new file.
     *
     * @param initialName the file name offered, e.g. "applications.csv"
     * @param extensions  patterns such as {@code "*.csv"}; empty = any file
     * @return the chosen file, or empty when the candidate cancelled
     */
    Optional<Path> chooseSaveFile(String title, String initialName, String description, List<String> extensions);
}
