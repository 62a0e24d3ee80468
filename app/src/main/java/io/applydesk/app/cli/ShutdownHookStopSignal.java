package io.applydesk.app.cli;

/**
 * Ctrl-C (SIGINT/SIGTERM) in a terminal: a JVM shutdown hook runs the stop action, which returns once
 * the command has wound down, then ends the process with exit status 1 (not the JVM's 130), as the CLI
 * contract says for anything left unfinished.
 */
public final class ShutdownHookStopSignal implements StopSignal {
    static final int INTERRUPTED_EXIT_STATUS = 1;

    @Override
    public Registration onStop(Runnable stop) {
        Thread hook = new Thread(() -> {
            stop.run();
            System.out.flush();
            System.err.flush();
            // halt, not exit: we are inside shutdown already, and the status must be 1.
            Runtime.getRuntime().halt(INTERRUPTED_EXIT_STATUS);
        }, "applydesk-stop-on-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shutdownUnderway) {
                // The hook is already running and finishes the stop itself.
            }
        };
    }
}
