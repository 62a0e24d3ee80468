package io.applydesk.core.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobListReaderTest {
    private static final String GH = "https://boards.greenhouse.io/acme/jobs/4012345";
    private static final String LEVER = "https://jobs.lever.co/acme/5ac21346-8e0c-4494-8e7a-3eb92ff77902";

    private final JobListReader reader = new JobListReader();

    @TempDir
    Path dir;

    @Test
    void plainTextOneLinkALineSkippingBlankLines() {
        List<JobListRow> rows = reader.readText("\n" + GH + "\n\n   " + LEVER + "  \r\nhello\n");
        assertEquals(List.of(ok(1, GH), ok(2, LEVER),
                new JobListRow(3, JobRef.ofLink("hello"), "Row 3 is not a web link: 'hello'")), rows);
    }

    @Test
    void aLineWithWordsAroundALinkGivesTheLink() {
        List<JobListRow> rows = reader.readText("Acme backend role: " + GH + ", apply soon.\n(see " + LEVER + ")");
        assertEquals(List.of(ok(1, GH), ok(2, LEVER)), rows);
    }

    @Test
    void uriListCommentsAreSkipped() {
        List<JobListRow> rows = reader.readText("# dragged from Firefox\r\n" + GH + "\r\n# second\r\n" + LEVER + "\r\n");
        assertEquals(List.of(ok(1, GH), ok(2, LEVER)), rows);
    }

    @Test
    void linkWithoutSchemeIsAProblemRow() {
        List<JobListRow> rows = reader.readText(GH + "\nwww.acme.com/jobs/1");
        assertEquals("Row 2 is not a web link: 'www.acme.com/jobs/1'", rows.get(1).problem());
        assertEquals("www.acme.com/jobs/1", rows.get(1).job().link());
    }

    @Test
    void csvWithHeaderInAnyOrderAndCaseIgnoringExtraColumns() {
        String csv = "Link,TITLE,notes,companyName,jobid\n"
                + GH + ",Backend Engineer,\"great, really\",Acme,4012345\n"
                + "\n"
                + "not a link,Data Analyst,,Acme,77\n"
                + ",Ghost,,Acme,\n";
        List<JobListRow> rows = reader.readText(csv);
        assertEquals(List.of(
                new JobListRow(1, new JobRef("Acme", "Backend Engineer", "4012345", GH), null),
                new JobListRow(2, new JobRef("Acme", "Data Analyst", "77", "not a link"),
                        "Row 2 is not a web link: 'not a link'"),
                new JobListRow(3, new JobRef("Acme", "Ghost", null, ""), "Row 3 has no link.")), rows);
    }

    @Test
    void headerlessSingleColumnCsvIsOneLinkARow() throws Exception {
        Path file = Files.writeString(dir.resolve("jobs.csv"), GH + "\n\"" + LEVER + "\"\n");
        assertEquals(List.of(ok(1, GH), ok(2, LEVER)), reader.readFile(file));
    }

    @Test
    void jsonArrayOfJobObjectsAndStrings() {
        String json = "[{\"companyName\": \"Acme\", \"title\": \"Backend Engineer\", \"jobId\": \"4012345\", "
                + "\"link\": \"" + GH + "\", \"extra\": 1}, \"" + LEVER + "\", {\"title\": \"No link\"}, 42]";
        assertEquals(List.of(
                new JobListRow(1, new JobRef("Acme", "Backend Engineer", "4012345", GH), null),
                ok(2, LEVER),
                new JobListRow(3, new JobRef(null, "No link", null, ""), "Row 3 has no link."),
                new JobListRow(4, JobRef.ofLink("42"), "Row 4 is not a job: '42'")), reader.readText(json));
    }

    @Test
    void runOnceBodyWithJobsArray() {
        String json = "{\"type\": \"run_once\", \"jobs\": [{\"link\": \"" + GH + "\"}]}";
        assertEquals(List.of(ok(1, GH)), reader.readText(json));
    }

    @Test
    void malformedJsonIsAValidationError() {
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> reader.readText("[{\"link\": }]"));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("The job list is not valid JSON (line 1, column 11).", e.getMessage());
    }

    @Test
    void htmlLinksDraggedFromABrowser() {
        String html = "<meta charset='utf-8'><ul><li><a href=\"" + GH + "?gh_src=x&amp;t=1\">Backend</a></li>"
                + "<li><A class=\"j\" HREF='" + LEVER + "'>Lever</A></li></ul>";
        assertEquals(List.of(ok(1, GH + "?gh_src=x&t=1"), ok(2, LEVER)), reader.readText(html));
    }

    @Test
    void windowsInternetShortcut() throws Exception {
        Path file = Files.writeString(dir.resolve("Backend Engineer.url"),
                "[{000214A0-0000-0000-C000-000000000046}]\r\nProp3=19,11\r\n[InternetShortcut]\r\nIDList=\r\nURL="
                        + GH + "\r\n");
        assertEquals(List.of(ok(1, GH)), reader.readFile(file));
    }

    @Test
    void macWebloc() throws Exception {
        Path file = Files.writeString(dir.resolve("Lever job.webloc"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                        + "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n<dict>\n"
                        + "\t<key>URL</key>\n\t<string>" + LEVER + "?a=1&amp;b=2</string>\n</dict>\n</plist>\n");
        assertEquals(List.of(ok(1, LEVER + "?a=1&b=2")), reader.readFile(file));
    }

    @Test
    void shortcutWithoutLinkIsAProblemRow() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.url"), "[InternetShortcut]\r\n");
        List<JobListRow> rows = reader.readFile(file);
        assertEquals(1, rows.size());
        assertEquals("The shortcut 'empty.url' holds no web link ApplyDesk can read.", rows.get(0).problem());
    }

    @Test
    void jsonAndTextFilesByExtensionWithByteOrderMark() throws Exception {
        Path json = Files.write(dir.resolve("jobs.json"),
                ("\uFEFF[{\"link\": \"" + GH + "\"}]").getBytes(StandardCharsets.UTF_8));
        Path txt = Files.write(dir.resolve("jobs.txt"), ("\uFEFF" + GH + "\n").getBytes(StandardCharsets.UTF_8));
        Path csv = Files.write(dir.resolve("jobs.csv"),
                ("\uFEFFlink,title\n" + GH + ",Backend\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(ok(1, GH)), reader.readFile(json));
        assertEquals(List.of(ok(1, GH)), reader.readFile(txt));
        assertEquals(List.of(new JobListRow(1, new JobRef(null, "Backend", null, GH), null)), reader.readFile(csv));
    }

    @Test
    void missingFileIsAValidationError() {
        Path missing = dir.resolve("nope.txt");
        ApplyDeskException e = assertThrows(ApplyDeskException.class, () -> reader.readFile(missing));
        assertEquals(ErrorCode.VALIDATION_ERROR, e.code());
        assertEquals("The file " + missing + " does not exist.", e.getMessage());
    }

    @Test
    void emptyTextGivesNoRows() {
        assertEquals(List.of(), reader.readText("  \n\n"));
        assertEquals(List.of(), reader.readText(null));
    }

    private static JobListRow ok(int n, String link) {
        return new JobListRow(n, JobRef.ofLink(link), null);
    }
}
