package io.applydesk.app.cli;

/**
 * Where a request to stop a running command comes from: Ctrl-C in a terminal, or a test.
 * The stop action may run on any thread and may block until the command has wound down.
 */
public interface StopSignal {

    /** Never signals. */
    StopSignal NONE = stop -> () -> {
    };

    /** Arranges for {@code stop} to run when a stop is requested, until the registration is closed. */
    Registration onStop(Runnable stop);

    /** Ends a registration; closing twice is harmless. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
