package io.applydesk.automation.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The practice server across restarts: the links that practice applications store name its port, so it comes
 * back on the same one for the same data directory, and on another only when that one is taken.
 */
class PracticeAtsRestartTest {
    @TempDir
    Path data;

    @Test
    void aRestartOnTheSameDataDirectoryKeepsThePort() throws Exception {
        String firstJob;
        int first;
        try (PracticeAts ats = PracticeAts.startIn(data)) {
            first = port(ats);
            firstJob = ats.jobs().get(0).url();
        }

        try (PracticeAts ats = PracticeAts.startIn(data)) {
            assertEquals(first, port(ats));
            assertEquals(200, status(firstJob), "a link stored by the first start works again");
        }
    }

    @Test
    void whenItsPortIsTakenItStartsOnAnotherAndKeepsThatOne() throws IOException {
        int first;
        try (PracticeAts ats = PracticeAts.startIn(data)) {
            first = port(ats);
        }
        int second;
        try (ServerSocket otherProgram = new ServerSocket(first, 0, InetAddress.getLoopbackAddress());
             PracticeAts ats = PracticeAts.startIn(data)) {
            second = port(ats);
            assertNotEquals(first, second);
        }

        try (PracticeAts ats = PracticeAts.startIn(data)) {
            assertEquals(second, port(ats));
        }
    }

    private static int port(PracticeAts ats) {
        return URI.create(ats.baseUrl()).getPort();
    }

    private static int status(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
