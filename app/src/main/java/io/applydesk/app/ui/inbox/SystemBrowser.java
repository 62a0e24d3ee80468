package io.applydesk.app.ui.inbox;

import java.awt.Desktop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/** Opens pages in the system's default browser (AWT's {@link Desktop}); call off the UI thread. */
public final class SystemBrowser implements BrowserOpener {

    @Override
    public void open(String url) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            throw new UnsupportedOperationException("This desktop cannot open web links");
        }
        try {
            Desktop.getDesktop().browse(URI.create(url));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
