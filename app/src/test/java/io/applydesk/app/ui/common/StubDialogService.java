package io.applydesk.app.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A {@link DialogService} for tests: answers file choosers (open and save) from one queue, questions with a set answer,
 * and records errors and questions shown.
 */
public final class StubDialogService implements DialogService {
    private final Deque<Path> filesToChoose = new ArrayDeque<>();
    private final Deque<Path> filesToSave = new ArrayDeque<>();
    private final List<String> errorsShown = new ArrayList<>();
    private final List<String> questionsAsked = new ArrayList<>();
    private boolean confirms;

    /** What {@link #confirm} answers from now on. */
    public void willConfirm(boolean answer) {
        confirms = answer;
    }

    public List<String> questionsAsked() {
        return questionsAsked;
    }

    /** The next {@link #chooseSaveFile} returns {@code file}. */
    public void willSaveTo(Path file) {
        filesToSave.add(file);
    }

    /** The next {@link #chooseFile} returns {@code file}. */
    public void willChoose(Path file) {
        filesToChoose.add(file);
    }

    public List<String> errorsShown() {
        return errorsShown;
    }

    @Override
    public void showError(String title, String message) {
        errorsShown.add(message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel, String cancelLabel) {
        questionsAsked.add(title);
        return confirms;
    }

    @Override
    public Optional<Path> chooseFile(String title, String description, List<String> extensions) {
        return Optional.ofNullable(filesToChoose.poll());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String description, String extension, String suggestedName) {
        return Optional.ofNullable(filesToSave.poll());
    }
}
