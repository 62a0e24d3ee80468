package io.applydesk.core.profile;

import java.net.URI;
import java.util.List;

/**
 * What a profile file holds, read but not stored yet.
 *
 * @param draft          the profile without id, resumes or answers; what the file leaves out is null or empty
 *                       (an update keeps the stored value then, see {@link ProfileMerge})
 * @param resumeLocation a {@code file:} or {@code http(s):} URI, or null when the file names no resume
 * @param answers        the file's {@code answers[]}, for the answer bank
 * @param warnings       sentences about what was ignored (unknown keys and the like)
 */
public record ProfileImport(Profile draft, URI resumeLocation, List<AnswerBankEntry> answers, List<String> warnings) {

    public ProfileImport {
        answers = List.copyOf(answers);
        warnings = List.copyOf(warnings);
    }
}
