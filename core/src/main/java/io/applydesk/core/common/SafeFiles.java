package io.applydesk.core.common;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files written whole or not at all: the content goes to a temporary file beside the target, moved into place at
 * the end. A failure leaves the target as it was and no temporary file behind.
 */
public final class SafeFiles {
    private SafeFiles() {
    }

    /** Writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    /** Writes {@code target} with {@code content}, replacing the file there (atomically where the disk allows). */
    public static void replace(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    /**
     * Writes {@code target} with {@code content} as a new file.
     *
     * @throws java.nio.file.FileAlreadyExistsException when there is a file of that name: it is left as it is
     */
    public static void create(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    private static void write(Path target, Content content, boolean replace) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), ".applydesk-", ".part");
        boolean moved = false;
        try {
            content.writeTo(temp);
            if (replace) {
                moveReplacing(temp, absolute);
            } else {
                Files.move(temp, absolute); // fails, rather than replaces, when the name is taken
            }
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    private static void moveReplacing(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes {@code file} if it is there; a failure to is ignored (whatever called this has failed already). */
    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The write already failed; a stray file is the lesser problem.
        }
    }
}
