package io.applydesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * One log file per start of ApplyDesk, the newest {@link #KEPT} kept. One shared file was emptied by every start
 * (the logger truncates it), so the errors of the session before a restart were gone when the candidate looked,
 * and a terminal command run beside the window emptied the window's.
 */
final class LogFiles {
    /** How many starts' logs are kept. */
    static final int KEPT = 10;
    private static final String PREFIX = "applydesk-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private LogFiles() {
    }

    /**
     * A new log file's path in {@code folder}, named by the time and process so that names sort by age, after
     * deleting the oldest so that {@link #KEPT} remain with the new one. A log that cannot be deleted is left.
     */
    static Path next(Path folder, LocalDateTime now, long pid) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> logs = files.filter(LogFiles::isLog).sorted().toList();
            for (Path old : logs.subList(0, Math.max(0, logs.size() - (KEPT - 1)))) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            // Old logs stay: no reason to start without a log.
        }
        return folder.resolve(PREFIX + STAMP.format(now) + "-" + pid + ".log");
    }

    private static boolean isLog(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(".log");
    }
}
