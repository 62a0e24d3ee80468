package io.applydesk.app.ui.run;

import io.applydesk.core.application.Application;

/**
 * One row of the live run table: the application as last stored, and what the row says after its
 * status (see {@link RunViewModel#describe}). A new row replaces the old one on every change, so
 * the table redraws exactly the rows that changed.
 */
public record RunRow(Application application, String detail) {
}
