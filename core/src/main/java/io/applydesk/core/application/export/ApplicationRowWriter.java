package io.applydesk.core.application.export;

import io.applydesk.core.application.Application;
import java.io.IOException;

/** Writes a list of applications as one document, a row at a time, so no list is ever held in memory. */
public interface ApplicationRowWriter {

    /** Writes what comes before the first row (a header). */
    void begin() throws IOException;

    void row(Application application) throws IOException;

    /** Writes what comes after the last row; {@code count} is how many rows were written. */
    void end(long count) throws IOException;
}
