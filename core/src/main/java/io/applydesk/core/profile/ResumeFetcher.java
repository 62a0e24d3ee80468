package io.applydesk.core.profile;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a resume location from a profile file into a local file: {@code file:} URIs as they are,
 * http(s) URLs downloaded into a folder the caller owns. Thread-safe.
 */
final class ResumeFetcher {
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ResumeFetcher() {
    }

    /**
     * The local file for {@code location}, or empty when it names a local file that does not exist (a
     * profile file is often moved without its resume: the import goes on without it). Downloads go into
     * {@code downloadDir}, named after the URL's last path segment.
     *
     * @throws ApplyDeskException RESUME_DOWNLOAD_FAILED when the download fails or the link is not http(s)
     */
    static Optional<Path> fetch(URI location, Path downloadDir) {
        String scheme = location.getScheme() == null ? "" : location.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            Path file = Path.of(location);
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        }
        if (scheme.equals("http") || scheme.equals("https")) {
            return Optional.of(download(location, downloadDir));
        }
        throw new ApplyDeskException(ErrorCode.RESUME_DOWNLOAD_FAILED,
                "The resume at " + location + " could not be downloaded: only http and https links work.",
                location.toString());
    }

    private static Path download(URI url, Path downloadDir) {
        Path target = downloadDir.resolve(ResumeFiles.safeFileName(lastSegment(url)));
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<Path> response = client.send(request, HttpResponse.BodyHandlers.ofFile(target));
            if (response.statusCode() / 100 != 2) {
                throw failed(url, "the server answered " + response.statusCode(), null);
            }
            return target;
        } catch (IOException e) {
            throw failed(url, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(url, null, e);
        }
    }

    private static String lastSegment(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.isBlank() ? "resume" : last;
    }

    private static ApplyDeskException failed(URI url, String reason, Exception cause) {
        return new ApplyDeskException(ErrorCode.RESUME_DOWNLOAD_FAILED,
                "The resume at " + url + " could not be downloaded" + (reason == null ? "" : " (" + reason + ")") + ".",
                url.toString(), cause);
    }
}
