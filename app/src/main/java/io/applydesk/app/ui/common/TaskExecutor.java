package io.applydesk.app.ui.common;

/**
 * Where ViewModels send work that must not run on the FX thread (database reads, service calls,
 * file I/O). Production uses {@link FxTaskExecutor}; ViewModel tests use an executor that runs
 * everything inline on the calling thread, which keeps them deterministic.
 */
public interface TaskExecutor {

    /**
     * Runs {@link BackgroundTask#call()} off the UI thread and then exactly one of
     * {@link BackgroundTask#succeeded} / {@link BackgroundTask#failed} on the UI thread.
     */
    <T> void execute(BackgroundTask<T> task);
}
