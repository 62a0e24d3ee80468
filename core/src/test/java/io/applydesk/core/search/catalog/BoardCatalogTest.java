package io.applydesk.core.search.catalog;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.search.Board;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped board catalog: derived from the fixture catalog, loaded, searched, looked up. */
class BoardCatalogTest {

    @Test
    void theShippedFileIsTheConversionOfTheSourceCatalog() throws IOException {
        assertTrue(Files.isRegularFile(BoardCatalogConverter.source()),
                "the source catalog is expected at " + BoardCatalogConverter.source());
        String expected = BoardCatalogConverter.convert(BoardCatalogConverter.source());
        String shipped = Files.readString(BoardCatalogConverter.resource(), StandardCharsets.UTF_8);
        assertEquals(expected, shipped, "boards.tsv is out of date: run BoardCatalogConverter.main");
        assertTrue(Files.isRegularFile(BoardCatalogConverter.resource().resolveSibling("SOURCES.md")),
                "the attribution ships next to the catalog");
    }

    @Test
    void loadsEveryBoardOfTheSourceQuickly() {
        long start = System.nanoTime();
        BoardCatalog catalog = BoardCatalog.shipped();
        long micros = (System.nanoTime() - start) / 1_000;
        System.out.println("BoardCatalog.shipped() loaded " + catalog.size() + " boards in " + micros + " µs");
        assertEquals(4421, catalog.size());
        Map<AtsType, Integer> perAts = new EnumMap<>(AtsType.class);
        catalog.all().forEach(board -> perAts.merge(board.ats(), 1, Integer::sum));
        assertEquals(Map.of(AtsType.GREENHOUSE, 1156, AtsType.LEVER, 774, AtsType.ASHBY, 651, AtsType.WORKABLE, 287,
                AtsType.SMARTRECRUITERS, 74, AtsType.RECRUITEE, 2, AtsType.WORKDAY, 1477), perAts);
    }

    @Test
    void looksBoardsUpByKeyIgnoringCase() {
        BoardCatalog catalog = BoardCatalog.shipped();
        Board ashby = catalog.byKey("ashby:1password").orElseThrow();
        assertEquals("1Password", ashby.companyName());
        Board workday = catalog.all().stream().filter(board -> board.ats() == AtsType.WORKDAY).findFirst()
                .orElseThrow();
        assertEquals(workday, catalog.find(AtsType.WORKDAY, workday.token().toUpperCase()).orElseThrow());
        assertEquals(3, workday.token().split("[./]").length, "Workday tokens are {tenant}.{wdN}/{site}");
        assertTrue(catalog.byKey("lever:no-such-board-anywhere").isEmpty());
        assertTrue(catalog.find(AtsType.LEVER, " ").isEmpty());
    }

    @Test
    void searchesCompanyPrefixesFirstThenTokensThenLaterWords() {
        BoardCatalog catalog = new BoardCatalog(List.of(
                new Board(AtsType.LEVER, "zeta", "Acme Robotics"),
                new Board(AtsType.GREENHOUSE, "acmecorp", "Corp of Acme"),
                new Board(AtsType.ASHBY, "blue", "Blue Acme"),
                new Board(AtsType.GREENHOUSE, "acme", "Acme"),
                new Board(AtsType.WORKABLE, "other", "Unrelated")));
        assertEquals(List.of("greenhouse:acme", "lever:zeta", "greenhouse:acmecorp", "ashby:blue"),
                catalog.search("ACME", 10).stream().map(Board::key).toList());
        assertEquals(2, catalog.search("acme", 2).size());
        assertTrue(catalog.search("  ", 10).isEmpty());
        assertTrue(BoardCatalog.shipped().search("stri", 20).stream()
                .anyMatch(board -> board.companyName().toLowerCase().startsWith("stri")));
    }

    @Test
    void aDamagedLineIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BoardCatalog.read(
                new BufferedReader(new StringReader("# header\ngreenhouse\tacme\tAcme\nnot-an-ats\tx\tX\n"))));
        assertThrows(IllegalArgumentException.class, () -> BoardCatalog.read(
                new BufferedReader(new StringReader("lever\tonly-two-fields\n"))));
    }

    @Test
    void practiceBoardsNeedARunningPracticeServer() {
        ApplyDeskException error = assertThrows(ApplyDeskException.class, () -> BoardCatalog.practiceBoards(
                "http://127.0.0.1:1", java.net.http.HttpClient.newHttpClient()));
        assertTrue(error.getMessage().contains("practice job site"), error.getMessage());
    }
}
