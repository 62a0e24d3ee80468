package io.applydesk.core.application.export;

import io.applydesk.core.application.Application;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/**
 * Applications as CSV (RFC 4180: comma separated, CRLF line ends, a field with a comma, quote or line
 * break quoted and its quotes doubled), with a header row of the hosted API's field names. Times are
 * ISO-8601 in UTC, as the API sends them; {@code ats_type} is the API's lower-case value.
 *
 * <p>Company names, titles and messages come from job boards, so anyone can write them: one that starts like a
 * spreadsheet formula ({@code =HYPERLINK(…)}) gets a leading apostrophe, which spreadsheets show as text (OWASP's
 * advice against CSV injection). The apostrophe is visible in a plain text editor; that is the price.
 */
public final class CsvApplicationWriter implements ApplicationRowWriter {
    /** The hosted API's application field names (reference/apply-api-facts.md), in column order. */
    public static final List<String> HEADER = List.of("application_id", "created_at", "updated_at", "company_name",
            "job_title", "job_url", "ats_type", "status", "session_id", "candidate_email", "search_id",
            "confirmation_url", "error_code", "error_message");

    /** What a formula starts with in Excel, LibreOffice and Google Sheets (a tab or CR too, before one). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    public CsvApplicationWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void begin() throws IOException {
        line(HEADER);
    }

    @Override
    public void row(Application a) throws IOException {
        line(List.of(text(a.applicationId()), time(a.createdAt()), time(a.updatedAt()), text(a.companyName()),
                text(a.jobTitle()), text(a.jobUrl()), a.atsType() == null ? "" : a.atsType().apiValue(),
                a.status().name(), text(a.sessionId()), text(a.candidateEmail()), text(a.searchId()),
                text(a.confirmationUrl()), a.error() == null ? "" : a.error().code().name(),
                a.error() == null ? "" : text(a.error().message())));
    }

    @Override
    public void end(long count) throws IOException {
        out.flush();
    }

    /** One field as RFC 4180 wants it: quoted only when it must be. */
    public static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private void line(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    private static String text(String value) {
        return value == null ? "" : spreadsheetSafe(value);
    }

    /** The value, with an apostrophe before it when a spreadsheet would read it as a formula. */
    static String spreadsheetSafe(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String time(Instant at) {
        return at == null ? "" : at.toString();
    }
}
