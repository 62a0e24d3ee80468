package io.applydesk.core.profile;

import java.nio.file.Path;
import java.time.Instant;

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
}
