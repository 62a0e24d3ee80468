package io.applydesk.app.ui.inbox;

/** Opens a web page in the candidate's own browser (the system's); may block, so called off the UI thread. */
@FunctionalInterface
public interface BrowserOpener {

    /** @throws RuntimeException when the desktop cannot open links; the caller shows the reason */
    void open(String url);
}
