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
     * Asks a question with two answers: {@code confirmLabel} is the one that deletes, discards, stops or quits,
     * {@code cancelLabel} the one that leaves things as they are, and the answer Enter gives.
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
     * Lets the candidate choose where to save a new file.
     *
     * @param extension     the pattern of the file type, e.g. {@code "*.json"}
     * @param suggestedName the file name offered at first
     * @return the chosen file, or empty when the candidate cancelled
     */
    Optional<Path> chooseSaveFile(String title, String description, String extension, String suggestedName);
}
