package io.applydesk.core.run.store;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The write-ahead record of submit clicks: one line per click, appended and forced to disk before the
 * engine clicks. H2's MVStore can come back from a kill -9 without its newest commits (the crash test
 * saw a committed {@code submit_clicked_at}, and even a later SUCCESS, missing after reopening), and a
 * lost click would make recovery queue an application that was sent, so it would be sent twice. This
 * file does not depend on H2: recovery reads it and treats every journaled click as a click.
 *
 * <p>Format, one click a line: {@code clicked<TAB>applicationId<TAB>attempt<TAB>epochMillis<TAB>end}. A
 * record a kill cut short lacks its {@code end}; it is ignored (that click never happened: the engine
 * clicks only after {@link #record} returned), and the next record starts on a new line. Thread-safe.
 */
public final class SubmitJournal {
    static final String FILE_NAME = "submit-clicks.journal";
    private static final String KIND = "clicked";
    /** The last field: a record without it was cut short. */
    private static final String END = "end";

    private final Path file;

    /**
     * A journaled click.
     *
     * @param attempt the application's attempt number (its claim) in which the button was clicked
     */
    public record Click(String applicationId, int attempt, Instant at) {
    }

    /** @param file the journal file; created on the first {@link #record} */
    public SubmitJournal(Path file) {
        this.file = file;
    }

    /** The journal of the database in {@code databaseDirectory} (kept beside it: backups take both). */
    public static SubmitJournal beside(Path databaseDirectory) {
        return new SubmitJournal(databaseDirectory.resolve(FILE_NAME));
    }

    /**
     * Appends the click and forces it to the disk; returns only once it is there.
     *
     * @throws ApplyDeskException FORM_FILL_FAILED when the file cannot be written: then the button must
     *                            not be clicked, as a crash could not be told apart from "never clicked"
     */
    public synchronized void record(Click click) {
        String line = KIND + "\t" + click.applicationId() + "\t" + click.attempt() + "\t" + click.at().toEpochMilli()
                + "\t" + END + "\n";
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            long size = channel.size();
            // A record cut short by a kill has no newline: end it, so this one is not glued to it.
            String text = size > 0 && !endsWithNewline(channel, size) ? "\n" + line : line;
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            long position = size;
            while (bytes.hasRemaining()) {
                position += channel.write(bytes, position);
            }
            channel.force(true);
        } catch (IOException e) {
            throw new ApplyDeskException(ErrorCode.FORM_FILL_FAILED, "ApplyDesk could not note the submit click of "
                    + click.applicationId() + " in " + file + ", so it did not submit the application.", null, e);
        }
    }

    /** Every complete click record, oldest first; none when the file does not exist yet. */
    public synchronized List<Click> clicks() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR, "ApplyDesk could not read its submit journal "
                    + file + ", so it cannot tell which interrupted applications were sent.", null, e);
        }
        List<Click> clicks = new ArrayList<>();
        int start = 0;
        int end;
        while ((end = text.indexOf('\n', start)) >= 0) {
            parse(text.substring(start, end)).ifPresent(clicks::add);
            start = end + 1;
        }
        return clicks;
    }

    private static Optional<Click> parse(String line) {
        String[] parts = line.split("\t", -1);
        if (parts.length != 5 || !KIND.equals(parts[0]) || parts[1].isEmpty() || !END.equals(parts[4])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Click(parts[1], Integer.parseInt(parts[2]),
                    Instant.ofEpochMilli(Long.parseLong(parts[3]))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean endsWithNewline(FileChannel channel, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) == '\n';
    }
}
