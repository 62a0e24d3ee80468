package io.applydesk.core.engine;

/**
 * The port through which core applies: {@code automation} implements it with Playwright.
 * Implementations never throw for a failed application; they return an outcome with an error code.
 */
public interface ApplicationEngine extends AutoCloseable {

    /** Applies once. Called on a worker thread; may block for as long as the form takes. */
    ApplyOutcome apply(ApplyRequest request, EngineListener listener);

    /**
     * Whether the candidate is using the app's window: while true the browsers leave the CPU to it as far as the
     * system allows (see automation's BackgroundPriority), otherwise they get a fair share against other programs.
     * Returns at once; the change may take a moment to reach running browsers.
     */
    default void setWindowInUse(boolean inUse) {
    }

    /** Releases browsers held by worker threads. */
    @Override
    void close();
}
