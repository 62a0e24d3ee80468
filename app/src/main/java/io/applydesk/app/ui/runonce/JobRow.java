package io.applydesk.app.ui.runonce;

/**
 * One row of the wizard's job table, ready to show.
 *
 * @param number      the row number the candidate sees, from 1
 * @param ats         the detected ATS's display name ("Greenhouse"), or "" when not known
 * @param stateText   short: "OK", "Applied before, failed" (OK), "Already sent", "Waiting for you in Needs you",
 *                    "Not a web link", "Not a practice job"
 * @param explanation the full sentence behind the state (shown as a tooltip), or ""
 */
public record JobRow(int number, String companyName, String title, String link, String ats, State state,
                     String stateText, String explanation) {

    /** How a row affects starting. */
    public enum State {
        /** Will be applied to. */
        OK,
        /** Applied to before: will be recorded as SKIPPED (DUPLICATE_APPLICATION); does not block starting. */
        DUPLICATE,
        /** Blocks starting until fixed or removed. */
        INVALID
    }
}
