package io.applydesk.app.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads the FXML that belongs to a view: {@code FooView} in package {@code p} uses
 * {@code p/Foo.fxml} on the class path. The view object is built by hand (constructor injection)
 * and handed to the loader through the controller factory, as the FXML names it in
 * {@code fx:controller}.
 */
public final class ViewLoader {

    private ViewLoader() {
    }

    /** Loads the view's FXML with {@code view} as its controller; must be called on the FX thread. */
    public static Parent load(Object view) {
        Class<?> type = view.getClass();
        String baseName = type.getSimpleName().replaceFirst("View$", "");
        URL fxml = type.getResource(baseName + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("Missing " + baseName + ".fxml next to " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml);
        loader.setControllerFactory(requested -> {
            if (!requested.isInstance(view)) {
                throw new IllegalStateException(fxml + " asks for " + requested.getName() + ", not " + type.getName());
            }
            return view;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
