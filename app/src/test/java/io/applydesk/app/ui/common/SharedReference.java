package io.applydesk.app.ui.common;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of the shared product reference, beside the project (CI has it at ../shared/reference), for tests. */
public final class SharedReference {

    private SharedReference() {
    }

    /** reference/profile-example.json, the hosted API's example profile; the resume it names is not shipped. */
    public static Path profileExample() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.exists(here.resolve("mvnw"))) {
            here = here.getParent();
        }
        if (here == null) {
            throw new IllegalStateException("Cannot find the project root from " + Path.of("").toAbsolutePath());
        }
        return here.resolve("../shared/reference/profile-example.json").normalize();
    }
}
