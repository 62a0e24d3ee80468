package io.applydesk.core.search.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import io.applydesk.core.job.AtsType;
import io.applydesk.core.json.Json;
import io.applydesk.core.search.Board;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The boards the practice server's board APIs answer for, read from its list
 * ({@code GET {practiceBaseUrl}/practice/board-api/boards} → {@code {"boards":[{ats, token, company}]}}), so a
 * practice run searches the practice tenants (and any generated benchmark boards) instead of real companies.
 */
final class PracticeBoardList {
    static final String PATH = "/practice/board-api/boards";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private PracticeBoardList() {
    }

    static List<Board> fetch(String practiceBaseUrl, HttpClient http) {
        URI uri = URI.create(practiceBaseUrl.replaceAll("/+$", "") + PATH);
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw unavailable(uri, "it answered HTTP " + answer.statusCode(), null);
            }
            List<Board> boards = new ArrayList<>();
            for (JsonNode board : Json.mapper().readTree(answer.body()).path("boards")) {
                boards.add(new Board(AtsType.fromApiValue(board.path("ats").asText()), board.path("token").asText(),
                        board.path("company").asText()));
            }
            return boards;
        } catch (IOException | IllegalArgumentException e) {
            throw unavailable(uri, "its answer could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(uri, "the request was interrupted", e);
        }
    }

    private static ApplyDeskException unavailable(URI uri, String why, Throwable cause) {
        return new ApplyDeskException(ErrorCode.WORKER_TIMEOUT, "The practice job site did not list its job boards ("
                + why + "). Check that practice mode is running and try again.", uri.toString(), cause);
    }
}
