package io.applydesk.core.application.export;

import io.applydesk.core.application.ApplicationFilter;
import io.applydesk.core.application.ApplicationService;
import io.applydesk.core.common.SafeFiles;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * Exports the applications matching a filter to a file: CSV, or a printable HTML record. Rows stream from
 * the database straight into the file. The file is written beside the target under a temporary name and
 * moved into place at the end, so a failure never leaves a half-written export where the old one was.
 */
public final class ApplicationExporter {
    /** The printable record's title. */
    public static final String RECORD_TITLE = "Record of job applications";

    private final ApplicationService applications;
    private final Clock clock;
    private final ZoneId zone;

    /** @param zone the time zone the printable record shows dates in */
    public ApplicationExporter(ApplicationService applications, Clock clock, ZoneId zone) {
        this.applications = applications;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Writes every matching application as CSV; returns how many.
     *
     * @throws ApplyDeskException VALIDATION_ERROR when the file cannot be written
     */
    public long exportCsv(ApplicationFilter filter, Path target) {
        return export(filter, target, CsvApplicationWriter::new);
    }

    /**
     * Writes every matching application as a printable HTML record; returns how many.
     *
     * @param description what the record holds, in words (e.g. "Status SUCCESS, company Acme")
     * @throws ApplyDeskException VALIDATION_ERROR when the file cannot be written
     */
    public long exportRecord(ApplicationFilter filter, String description, Path target) {
        return export(filter, target, out -> new HtmlRecordWriter(out, RECORD_TITLE, description, clock.instant(), zone));
    }

    private long export(ApplicationFilter filter, Path target, Function<Writer, ApplicationRowWriter> format) {
        Path absolute = target.toAbsolutePath();
        long[] count = new long[1];
        try {
            SafeFiles.replace(absolute, temp -> {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    ApplicationRowWriter writer = format.apply(out);
                    writer.begin();
                    count[0] = applications.forEachMatching(filter, app -> {
                        try {
                            writer.row(app);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                    writer.end(count[0]);
                }
            });
            return count[0];
        } catch (IOException | UncheckedIOException e) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "The export could not be saved to " + absolute
                    + ". Check that the folder exists and that you may write to it.", absolute.toString(), e);
        }
    }
}
