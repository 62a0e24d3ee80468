package io.applydesk.core.search.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.core.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Converts {@code ../shared/fixtures/board-catalog/boards.json} into the catalog ApplyDesk ships
 * ({@code boards.tsv} next to {@link BoardCatalog}): one {@code ats TAB token TAB company} line a board, in the
 * source's order, after a header that names the source and its attribution ({@code SOURCES.md} beside it).
 *
 * <p>Run its {@code main} (from the repository or the {@code core} folder) when the source changes;
 * {@link BoardCatalogTest} fails while the shipped file differs from the conversion.
 */
final class BoardCatalogConverter {
    static final String HEADER = """
            # ApplyDesk board catalog: public job boards of real companies, one a line: ats<TAB>token<TAB>company.
            # Converted from ../shared/fixtures/board-catalog/boards.json by BoardCatalogConverter (core tests).
            # Sources, method and caveats: SOURCES.md in this folder (compiled 2026-11-28 from public GitHub lists).
            # Workday tokens are {tenant}.{wdN}/{site}.
            """;

    private BoardCatalogConverter() {
    }

    /** The catalog text for the source's boards. */
    static String convert(Path boardsJson) throws IOException {
        JsonNode boards = Json.mapper().readTree(boardsJson.toFile());
        StringBuilder text = new StringBuilder(HEADER);
        for (JsonNode board : boards) {
            text.append(clean(board.path("ats").asText())).append('\t')
                    .append(clean(board.path("token").asText())).append('\t')
                    .append(clean(board.path("company").asText())).append('\n');
        }
        return text.toString();
    }

    /** Tabs and line breaks would break the format; no real name needs them. */
    private static String clean(String value) {
        return value.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    /** The source next to the repository: {@code ../shared/fixtures/board-catalog/boards.json}. */
    static Path source() {
        Path here = Path.of("").toAbsolutePath();
        Path repository = Files.exists(here.resolve("core")) ? here : here.getParent();
        return repository.resolveSibling("shared").resolve("fixtures").resolve("board-catalog").resolve("boards.json");
    }

    /** The shipped resource in the source tree. */
    static Path resource() {
        Path here = Path.of("").toAbsolutePath();
        Path core = Files.exists(here.resolve("core")) ? here.resolve("core") : here;
        return core.resolve("src/main/resources/io/applydesk/core/search/catalog/boards.tsv");
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(resource(), convert(source()), StandardCharsets.UTF_8);
        System.out.println("Wrote " + resource());
    }
}
