package io.applydesk.app.ui.common;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.net.URI;

/** {@link LinkOpener} with the system's default browser (java.awt.Desktop); call it off the FX thread. */
public final class SystemBrowser implements LinkOpener {

    @Override
    public void open(URI link) throws Exception {
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "This computer has no web browser ApplyDesk "
                    + "can open. Copy the link instead: " + link, link.toString());
        }
        Desktop.getDesktop().browse(link);
    }
}
