package io.applydesk.core.profile;

import java.util.Locale;
import java.util.Optional;

/** The resume formats the hosted API accepts. */
public enum ResumeFormat {
    PDF, DOC, DOCX;

    /** The format named by a file name's extension, if it is one of ours. */
    public static Optional<ResumeFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toUpperCase(Locale.ROOT);
        for (ResumeFormat f : values()) {
            if (f.name().equals(ext)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
