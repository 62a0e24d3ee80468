package io.applydesk.core.job;

import java.util.Locale;

/** The applicant tracking systems ApplyDesk knows, named as the hosted API's {@code ats_type}. */
public enum AtsType {
    GREENHOUSE("Greenhouse"),
    LEVER("Lever"),
    ASHBY("Ashby"),
    WORKABLE("Workable"),
    SMARTRECRUITERS("SmartRecruiters"),
    WORKDAY("Workday"),
    BAMBOOHR("BambooHR"),
    RECRUITEE("Recruitee"),
    /** No known ATS: an employer's own careers form, which the generic adapter fills (docs/ATS-SUPPORT.md). */
    UNKNOWN("Own site");

    private final String displayName;

    AtsType(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The hosted API's value, e.g. {@code greenhouse}. */
    public String apiValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AtsType fromApiValue(String value) {
        return value == null ? UNKNOWN : valueOf(value.toUpperCase(Locale.ROOT));
    }
}
