package io.applydesk.core.application.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.applydesk.core.application.ApplicationFilter;
import io.applydesk.core.application.ApplicationStatus;
import io.applydesk.core.application.ApplicationsTestData;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.session.SessionCreated;
import io.applydesk.core.session.SessionTestKit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV and the printable record from real H2 rows: quoting, escaping, filters, and a failed save. */
class ApplicationExporterTest {
    @TempDir
    Path tempDir;
    @TempDir
    Path out;

    private SessionTestKit kit;
    private ApplicationExporter exporter;
    private String tricky;
    private String script;
    private ApplicationsTestData data;

    @BeforeEach
    void setUp() {
        kit = new SessionTestKit(tempDir);
        SessionCreated run = kit.runOnce(kit.completeProfile("dana@example.com"), SessionTestKit.greenhouseJobs(1));
        data = new ApplicationsTestData(kit, run);
        tricky = data.add("Acme, \"Best\" Inc", "Engineer\nLevel 2", "https://jobs.lever.co/acme/1", AtsType.LEVER,
                ApplicationStatus.SUCCESS, 60);
        script = data.add("<script>alert('x')</script> & Co", "Tester", "https://jobs.ashbyhq.com/evil/2",
                AtsType.ASHBY, ApplicationStatus.FAILED, 120);
        exporter = new ApplicationExporter(kit.applications, kit.clock, ZoneOffset.UTC);
    }

    @AfterEach
    void tearDown() {
        kit.close();
    }

    @Test
    void csvHasTheApiHeaderAndQuotesFieldsAsRfc4180Says() throws Exception {
        Path file = out.resolve("applications.csv");
        long count = exporter.exportCsv(new ApplicationFilter(null, null, AtsType.LEVER, null, null, null, null), file);

        assertEquals(1, count);
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(String.join(",", CsvApplicationWriter.HEADER) + "\r\n"
                + tricky + ",2026-11-02T10:00:00Z,2026-11-02T10:00:00Z,\"Acme, \"\"Best\"\" Inc\",\"Engineer\nLevel 2\","
                + "https://jobs.lever.co/acme/1,lever,SUCCESS," + kit.applications.get(tricky).sessionId()
                + ",dana@example.com,,,,\r\n", csv);
        assertTrue(CsvApplicationWriter.HEADER.containsAll(List.of("application_id", "job_url", "job_title",
                "company_name", "ats_type", "status", "created_at")));
    }

    @Test
    void csvHoldsEveryMatchingApplicationNewestFirst() throws Exception {
        Path file = out.resolve("all.csv");
        assertEquals(3, exporter.exportCsv(ApplicationFilter.all(), file));
        // The quoted line break is inside one record: split on CRLF only.
        List<String> records = List.of(Files.readString(file).split("\r\n"));
        assertEquals(4, records.size());
        assertTrue(records.get(1).startsWith(script + ","), records.get(1));
        assertTrue(records.get(2).startsWith(tricky + ","), records.get(2));
    }

    @Test
    void theRecordEscapesCompanyNamesAndIsStyledForPrint() throws Exception {
        Path file = out.resolve("record.html");
        long count = exporter.exportRecord(ApplicationFilter.all(), "Every application", file);

        assertEquals(3, count);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(html.contains("<script>"), "no markup from the data");
        assertTrue(html.contains("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co</td>"), html);
        assertTrue(html.contains("<td>Acme, &quot;Best&quot; Inc</td>"));
        assertTrue(html.contains("<a href=\"https://jobs.ashbyhq.com/evil/2\">"));
        assertTrue(html.contains("<td>2 Nov 2026, 11:00</td><td>&lt;script&gt;"), "date in the record's zone");
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("<p class=\"total\">3 applications</p>"));
        assertTrue(html.contains("<title>" + ApplicationExporter.RECORD_TITLE + "</title>"));
        assertFalse(html.contains("<link") || html.contains("src="), "self-contained");
    }

    @Test
    void aCompanyNameThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
        data.add("=HYPERLINK(\"https://evil.example\",\"Click\")", "+1 Engineer", "https://jobs.lever.co/evil/3",
                AtsType.LEVER, ApplicationStatus.SUCCESS, 30);
        Path file = out.resolve("injected.csv");
        exporter.exportCsv(ApplicationFilter.all(), file);

        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(csv.contains(",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Click\"\")\",'+1 Engineer,"), csv);
        assertFalse(csv.contains(",=") || csv.contains(",+") || csv.contains(",\"="), "no field starts a formula");
        assertEquals("'-5", CsvApplicationWriter.spreadsheetSafe("-5"));
        assertEquals("'@SUM(A1)", CsvApplicationWriter.spreadsheetSafe("@SUM(A1)"));
        assertEquals("Acme", CsvApplicationWriter.spreadsheetSafe("Acme"));
        assertEquals("", CsvApplicationWriter.spreadsheetSafe(""));
    }

    @Test
    void aLinkThatIsNoWebLinkIsNotClickable() {
        assertEquals("javascript:alert(1)", HtmlRecordWriter.escape("javascript:alert(1)"));
        assertEquals("plain", CsvApplicationWriter.field("plain"));
        assertEquals("\"a\"\"b\"", CsvApplicationWriter.field("a\"b"));
        assertEquals("\"a\rb\"", CsvApplicationWriter.field("a\rb"));
    }

    @Test
    void aFolderThatDoesNotExistIsAClearErrorAndLeavesNothingBehind() throws Exception {
        Path missing = out.resolve("no such folder").resolve("a.csv");
        ApplyDeskException e = assertThrows(ApplyDeskException.class,
                () -> exporter.exportCsv(ApplicationFilter.all(), missing));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertTrue(e.getMessage().startsWith("The export could not be saved to "), e.getMessage());
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void anExistingFileIsReplacedWhole() throws Exception {
        Path file = Files.writeString(out.resolve("old.csv"), "old content that is much longer than the new one ".repeat(50));
        exporter.exportCsv(new ApplicationFilter(ApplicationStatus.FAILED, null, null, null, null, null, null), file);
        List<String> lines = Files.readAllLines(file);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith(script + ","));
    }
}
