package io.applydesk.core.profile;

import java.nio.file.Path;

/**
 * What exporting a profile wrote.
 *
 * @param file          the profile file
 * @param resume        the default resume beside it, named as the file's {@code resumePath} says; null for a profile
 *                      without one
 * @param resumeRenamed whether the resume has another name than its own (e.g. "cv (2).pdf"): a different file of its
 *                      name was already beside the profile file, and was left as it was
 */
public record ProfileExport(Path file, Path resume, boolean resumeRenamed) {
}
