package io.applydesk.core.profile;

import io.applydesk.core.store.Ids;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;

/** A resume file stored in the data directory; one per profile is the default. */
public record Resume(
        String resumeId,
        String profileId,
        String fileName,
        Path storedPath,
        ResumeFormat format,
        long sizeBytes,
        String sha256,
        boolean isDefault,
        Instant createdAt) {
    /** The "res_<id>-" put before a stored copy's name, so that two resumes of one name never collide. */
    private static final Pattern STORED_PREFIX = Pattern.compile("^" + Ids.RESUME + "_[a-z0-9]+-");

    /** The name of the stored copy of {@code fileName} added as {@code resumeId}: safe on every OS, still unique. */
    static String storedFileName(String resumeId, String fileName) {
        return resumeId + "-" + ResumeFiles.safeFileName(fileName);
    }

    /**
     * The name a stored copy was added under, as near as its name tells (characters unsafe on some OS stay
     * replaced): for a resume removed since, whose record is gone. A name without the prefix is returned as it is.
     */
    public static String originalNameOf(String storedFileName) {
        return STORED_PREFIX.matcher(storedFileName).replaceFirst("");
    }
}
