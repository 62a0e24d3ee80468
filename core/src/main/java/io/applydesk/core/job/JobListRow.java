package io.applydesk.core.job;

/**
 * One row of a job list a candidate pasted or dropped.
 *
 * @param rowNumber from 1, in the order the rows were found
 * @param job       what the row holds; for a bad row, {@code link} is the row's text as read
 * @param problem   null when the row is a web link, else a sentence such as
 *                  "Row 3 is not a web link: 'hello'"
 */
public record JobListRow(int rowNumber, JobRef job, String problem) {

    public boolean isOk() {
        return problem == null;
    }
}
