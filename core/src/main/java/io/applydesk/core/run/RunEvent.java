package io.applydesk.core.run;

/**
 * Something that changed while sessions run. Published on worker threads (or the thread that
 * stopped, paused or resumed), always after the change was written to H2.
 */
public sealed interface RunEvent permits ApplicationChanged, RunChanged, LogLine, PageSnapshot {

    /** The run the event belongs to, for listeners that follow one run. */
    String sessionRunId();
}
