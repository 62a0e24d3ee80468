package io.applydesk.core.engine;

/**
 * The port through which core applies: {@code automation} implements it with Playwright.
 * Implementations never throw for a failed application; they return an outcome with an error code.
 */
public interface ApplicationEngine extends AutoCloseable {

    /** Applies once. Called on a worker thread; may block for as long as the form takes. */
    ApplyOutcome apply(ApplyRequest request, EngineListener listener);

    /** Releases browsers held by worker threads. */
    @Override
    void close();
}
