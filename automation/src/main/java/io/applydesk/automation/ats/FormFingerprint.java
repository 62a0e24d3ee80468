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
    WORKABLE(AtsType.WORKABLE, "Workable", "form[data-ui=application-form]"),
    /** A Recruitee careers site: the form posting to the offers API's candidates endpoint. */
    RECRUITEE(AtsType.RECRUITEE, "Recruitee", "form[action*='/api/offers/'][action$='/candidates']"),
    BAMBOOHR(AtsType.BAMBOOHR, "BambooHR", "form[data-bhr-form=careers-application]"),
    /** SmartRecruiters OneClick: the resume-first application with its personal-information step. */
    SMARTRECRUITERS(AtsType.SMARTRECRUITERS, "SmartRecruiters (OneClick)",
            "#oneclick-app, form:has(#first-name-input):has(#email-input)"),
    /** The posting's Apply button, the apply choice page or the apply flow (account wall and wizard). */
    WORKDAY(AtsType.WORKDAY, "Workday", "button[data-automation-id=adventureButton], "
            + "[data-automation-id=applyAdventurePage], [data-automation-id=applyFlowPage]"),
    /**
     * Any other application form (an employer's own site): a form with an email field and a file input,
     * or with email, phone and name fields. Last, and picked only when no known ATS matched (AtsDetector).
     */
    GENERIC(AtsType.UNKNOWN, "generic", "form:has(input[type=email]):has(input[type=file]), "
            + "form:has(input[type=email]):has(input[type=tel]):has(input[autocomplete$=name], input[name*=name i])");

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
