package io.applydesk.core.profile;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of importing a profile file.
 *
 * @param created        false when a stored profile was updated (keeping what the file leaves out)
 * @param warnings       what was ignored in the file, and whether the profile still needs a resume, in words
 * @param resumeNotFound the resume file the profile file names but which does not exist (the profile was
 *                       imported without it), or null
 */
public record ImportResult(Profile profile, boolean created, List<String> warnings, Path resumeNotFound) {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
