package io.applydesk.core.run;

/**
 * Receives {@link RunEvent}s. Called on worker threads, possibly several at once: implementations
 * must be thread-safe, quick, and must not touch UI nodes directly (hop to the UI thread, and
 * coalesce). An exception thrown here is logged and does not disturb the worker.
 */
@FunctionalInterface
public interface RunListener {
    void onEvent(RunEvent event);
}
