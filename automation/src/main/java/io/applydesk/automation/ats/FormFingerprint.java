package io.applydesk.automation.ats;

import io.applydesk.core.job.AtsType;

/**
 * The application forms ApplyDesk can recognise on a page, each by a CSS fingerprint of elements
 * only that form has (ATS-REFERENCE.md). Checked in declaration order: more specific first.
 */
public enum FormFingerprint {
    /** boards.greenhouse.io: the Rails form with the separate hidden S3 upload form. */
    GREENHOUSE_CLASSIC(AtsType.GREENHOUSE, "Greenhouse (classic form)",
            "body:has(form#application_form):has(form#s3_upload_for_resume, input#submit_app)"),
    /** job-boards.greenhouse.io: the React form. */
    GREENHOUSE_NEW(AtsType.GREENHOUSE, "Greenhouse (new form)", "form#application-form.application--form"),
    LEVER(AtsType.LEVER, "Lever", "body:has(form#application-form):has([data-qa=btn-submit])"),
    ASHBY(AtsType.ASHBY, "Ashby", ".ashby-application-form-container"),
    BAMBOOHR(AtsType.BAMBOOHR, "BambooHR", "form[data-bhr-form=careers-application]"),
    /** SmartRecruiters OneClick: the resume-first application with its personal-information step. */
    SMARTRECRUITERS(AtsType.SMARTRECRUITERS, "SmartRecruiters (OneClick)", "#oneclick-app, form:has(#first-name-input):has(#email-input)"),
    WORKDAY(AtsType.WORKDAY, "Workday", "[data-automation-id]");

    private final AtsType atsType;
    private final String displayName;
    private final String css;

    FormFingerprint(AtsType atsType, String displayName, String css) {
        this.atsType = atsType;
        this.displayName = displayName;
        this.css = css;
    }

    public AtsType atsType() {
        return atsType;
    }

    /** For messages: "Greenhouse (new form)". */
    public String displayName() {
        return displayName;
    }

    /** A selector that matches at least one element exactly when the page shows this form. */
    public String css() {
        return css;
    }
}
