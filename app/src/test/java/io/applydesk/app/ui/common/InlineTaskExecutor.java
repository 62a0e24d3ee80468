package io.applydesk.app.ui.common;

/**
 * Runs every task at once on the calling thread, so ViewModel tests are deterministic and need no
 * JavaFX toolkit (JabRef's CurrentThreadTaskExecutor).
 */
public final class InlineTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        T result;
        try {
            result = task.call();
        } catch (Exception e) {
            task.failed(e);
            return;
        }
        task.succeeded(result);
    }
}
