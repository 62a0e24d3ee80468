package io.applydesk.app.ui.common;

import java.net.URI;

/** Opens a web link in the candidate's browser; may block, so it is called off the FX thread. */
@FunctionalInterface
public interface LinkOpener {

    /** @throws Exception when no browser could be opened */
    void open(URI link) throws Exception;
}
