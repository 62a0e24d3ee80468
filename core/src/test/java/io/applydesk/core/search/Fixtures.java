package io.applydesk.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real board API responses in {@code ../shared/fixtures} beside the project. */
public final class Fixtures {
    private Fixtures() {
    }

    public static String read(String relative) {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.exists(here.resolve("mvnw"))) {
            here = here.getParent();
        }
        if (here == null) {
            throw new IllegalStateException("Cannot find the project root from " + Path.of("").toAbsolutePath());
        }
        try {
            return Files.readString(here.resolve("../shared/fixtures").resolve(relative).normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
