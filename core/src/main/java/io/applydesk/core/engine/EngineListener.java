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

    /**
     * The site asks for something only the candidate can do (solve a captcha, type an e-mailed code) and
     * the engine keeps the visible browser window open for them. {@code instruction} says what to do, in
     * plain words. By default it is shown in the run log.
     */
    default void candidateNeeded(String instruction) {
        log(CANDIDATE_NEEDED_PREFIX + instruction);
    }

    /**
     * True while someone watches the run live. Only then may the engine take {@link #pageSnapshot}s, so a
     * run nobody watches (the CLI, benchmarks) pays nothing for them. Cheap; the engine may ask often.
     */
    default boolean snapshotsWanted() {
        return false;
    }

    /**
     * A small JPEG picture of the browser page as it is now, for the live thumbnail. Called only while
     * {@link #snapshotsWanted()}; the array is handed over and must not be changed afterwards.
     */
    default void pageSnapshot(byte[] jpeg) {
    }

    /** How the run log marks a {@link #candidateNeeded} line, so the UI can pick it out. */
    String CANDIDATE_NEEDED_PREFIX = "Waiting for you: ";

    EngineListener NONE = new EngineListener() {
        @Override
        public void beforeSubmit() {
        }

        @Override
        public void log(String line) {
        }
    };
}
