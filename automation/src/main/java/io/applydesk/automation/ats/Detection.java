package io.applydesk.automation.ats;

import io.applydesk.core.job.AtsType;

import java.util.Optional;

/**
 * What the detector found.
 *
 * @param atsType the ATS, from the page when it showed a known form, else from the URL (may be UNKNOWN)
 * @param form    the recognised form, or null when the page showed none
 */
public record Detection(AtsType atsType, FormFingerprint form) {

    public Optional<FormFingerprint> recognisedForm() {
        return Optional.ofNullable(form);
    }
}
