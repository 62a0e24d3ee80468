package io.applydesk.core.profile;

import io.applydesk.core.error.ApplyDeskException;
import io.applydesk.core.error.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules a profile must meet: to be saved (mandatory personal fields, a plausible email) and to
 * apply with (also a resume). Stateless; the mandatory fields are passed in.
 */
public final class ProfileValidator {
    // Deliberately loose: one @, no spaces, a dot in the domain. Forms do their own stricter checks.
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

    private final MandatoryFields mandatory;

    public ProfileValidator(MandatoryFields mandatory) {
        this.mandatory = mandatory;
    }

    /** The one email plausibility check, also used for a session's overrideEmail. */
    public static boolean isEmail(String email) {
        return email != null && EMAIL.matcher(email.trim()).matches();
    }

    /** Checks what a profile needs to be stored; throws VALIDATION_ERROR or PROFILE_INCOMPLETE. */
    public void validateForSave(Profile p) {
        List<String> missing = missingPersonalFields(p);
        if (!missing.isEmpty()) {
            throw incomplete(missing, "Fill them in before saving.");
        }
        String email = p.personalInformation().email().trim();
        if (!isEmail(email)) {
            throw new ApplyDeskException(ErrorCode.VALIDATION_ERROR,
                    "'" + email + "' is not a valid email address.", "personalInformation.email");
        }
    }

    /** Checks what applying needs: the mandatory fields and a resume; throws PROFILE_INCOMPLETE. */
    public void requireComplete(Profile p) {
        List<String> missing = new ArrayList<>(missingPersonalFields(p));
        if (p.defaultResume() == null) {
            missing.add("a resume");
        }
        if (!missing.isEmpty()) {
            throw incomplete(missing, "Fill them in before applying.");
        }
    }

    private List<String> missingPersonalFields(Profile p) {
        return mandatory.missingIn(p.personalInformation()).stream().map(PersonalField::words)
                .collect(Collectors.toList());
    }

    private static ApplyDeskException incomplete(List<String> missing, String advice) {
        return new ApplyDeskException(ErrorCode.PROFILE_INCOMPLETE,
                "The profile is missing: " + String.join(", ", missing) + ". " + advice,
                String.join(",", missing));
    }
}
