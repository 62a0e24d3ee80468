package io.applydesk.app.instance;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;

/** What {@link SingleInstance#claim} found: the data directory is ours now, or another ApplyDesk has it. */
public sealed interface InstanceClaim {

    /** This process holds the data directory until {@link SingleInstance#close()}. */
    record Acquired(SingleInstance instance) implements InstanceClaim {
    }

    /**
     * Another process holds the data directory.
     *
     * @param owner       what it runs: {@link SingleInstance#DESKTOP} or a CLI command's name; null when it
     *                    could not be told (it was still starting)
     * @param windowShown the other process is the desktop app and has been asked to show its window
     */
    record AlreadyRunning(String owner, boolean windowShown) implements InstanceClaim {

        /** The sentence for a second desktop start, printed on stderr before it exits with 0. */
        public String sentence() {
            if (windowShown) {
                return "ApplyDesk is already open; its window has been brought to the front.";
            }
            if (owner == null || SingleInstance.DESKTOP.equals(owner)) {
                return "ApplyDesk is already open on this data folder; switch to its window.";
            }
            return "ApplyDesk is already running 'applydesk " + owner + "' on this data folder; wait for it to "
                    + "finish, then try again.";
        }

        /**
         * The refusal for a CLI command: its database can be used by one program at a time (a plain H2
         * file database), so a command that opens it cannot run beside the desktop app or another command.
         */
        public ApplyDeskException refusal() {
            String message = owner == null || SingleInstance.DESKTOP.equals(owner)
                    ? "The ApplyDesk window is open on this data folder, and its data can be used by one program "
                    + "at a time: close the window, then run the command again."
                    : sentence();
            return new ApplyDeskException(ErrorCode.RATE_LIMIT_CONCURRENT_EXCEEDED, message, "dataDirectory");
        }
    }
}
