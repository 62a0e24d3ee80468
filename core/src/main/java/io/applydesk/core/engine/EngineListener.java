package io.applydesk.core.engine;

/**
 * Called by the engine from its worker thread while one application runs. Implementations must
 * be quick and must not block on the UI.
 */
public interface EngineListener {

    /**
     * Called just before the submit click. The coordinator records the moment in H2 so that a
     * crash after it is resolved as UNCONFIRMED, never resubmitted. Must return only once stored.
     */
    void beforeSubmit();

    /** A progress line for the run log ("Uploading resume", "Submitted"). */
    void log(String line);

    /**
     * The job's title and company as the posting shows them, so a job given only as a link gets its
     * name. Either may be null when the page does not show it.
     */
    default void postingSeen(String title, String companyName) {
    }

    EngineListener NONE = new EngineListener() {
        @Override
        public void beforeSubmit() {
        }

        @Override
        public void log(String line) {
        }
    };
}
