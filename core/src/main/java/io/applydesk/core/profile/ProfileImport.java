package io.applydesk.core.profile;

import java.net.URI;
import java.util.List;

/**
 * What a profile file holds, read but not stored yet.
 *
 * @param draft          the profile without id, resumes or answers
 * @param resumeLocation a {@code file:} or {@code http(s):} URI, or null when the file names no resume
 * @param answers        the file's {@code answers[]}, for the answer bank
 * @param warnings       sentences about what was ignored (unknown keys and the like)
 * @param partial        true when the file's format has no place for some profile fields (JSON Resume):
 *                       updating a stored profile then keeps its values for those
 */
public record ProfileImport(Profile draft, URI resumeLocation, List<AnswerBankEntry> answers, List<String> warnings,
                            boolean partial) {

    public ProfileImport {
        answers = List.copyOf(answers);
        warnings = List.copyOf(warnings);
    }

    /** A file in the hosted API's shape, which has a place for every field. */
    public ProfileImport(Profile draft, URI resumeLocation, List<AnswerBankEntry> answers, List<String> warnings) {
        this(draft, resumeLocation, answers, warnings, false);
    }
}
