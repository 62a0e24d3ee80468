package io.applydesk.app.cli;

import java.nio.file.Path;

/**
 * The options every command that applies shares ({@code apply}, {@code autopilot}).
 *
 * @param profile the profile JSON, or null (allowed only with {@code --practice}: the demo candidate)
 * @param report  where to write the JSON report, or null
 */
record RunOptions(Path profile, boolean headless, boolean review, Path report, boolean practice) {

    /** Collects the shared options while a command's own parser walks its arguments. */
    static final class Reader {
        private Path profile;
        private Path report;
        private boolean headless;
        private boolean review;
        private boolean practice;

        /** Reads {@code name} when it is a shared option; false when the command must handle it itself. */
        boolean read(String name, OptionReader options) {
            switch (name) {
                case "--headless":
                    headless = true;
                    return true;
                case "--review":
                    review = true;
                    return true;
                case "--practice":
                    practice = true;
                    return true;
                case "--profile":
                    profile = Path.of(options.value(name, "FILE"));
                    return true;
                case "--report":
                    report = Path.of(options.value(name, "FILE"));
                    return true;
                default:
                    return false;
            }
        }

        /**
         * The options read.
         *
         * @throws io.applydesk.core.error.ApplyDeskException VALIDATION_ERROR without a profile outside practice mode
         */
        RunOptions done(String doing) {
            if (profile == null && !practice) {
                throw OptionReader.invalid("Say which profile to " + doing + " with: --profile FILE (or use --practice"
                        + " to " + doing + " as the demo candidate on the practice job site).", "--profile");
            }
            return new RunOptions(profile, headless, review, report, practice);
        }
    }
}
