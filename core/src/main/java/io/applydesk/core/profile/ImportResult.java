package io.applydesk.core.profile;

import java.util.List;

/**
 * The outcome of importing a profile file.
 *
 * @param created  false when a profile with the same email existed and was updated in place
 * @param warnings what was ignored in the file, in words
 */
public record ImportResult(Profile profile, boolean created, List<String> warnings) {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
