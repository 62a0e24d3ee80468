package io.applydesk.automation.sandbox.greenhouse;

/**
 * Field names and ids of the classic Greenhouse application form, in one place for the renderer,
 * the server-side validation and tests.
 */
public final class GreenhouseFields {
    public static final String FIRST_NAME = "job_application[first_name]";
    public static final String LAST_NAME = "job_application[last_name]";
    public static final String EMAIL = "job_application[email]";
    public static final String PHONE = "job_application[phone]";
    public static final String LOCATION = "job_application[location]";
    public static final String LATITUDE = "job_application[latitude]";
    public static final String LONGITUDE = "job_application[longitude]";
    public static final String GENDER = "job_application[gender]";
    public static final String HISPANIC_ETHNICITY = "job_application[hispanic_ethnicity]";
    public static final String RACE = "job_application[race]";
    public static final String VETERAN_STATUS = "job_application[veteran_status]";
    public static final String DISABILITY_STATUS = "job_application[disability_status]";
    public static final String GDPR_CONSENT = "job_application[data_compliance][gdpr_processing_consent_given]";
    public static final String GDPR_CONSENT_ID = "job_application_data_compliance_gdpr_processing_consent_given";

    /** Error keys of the fields that are not custom questions (custom ones use {@link #questionKey}). */
    public static final String RESUME_KEY = "resume";
    public static final String LOCATION_KEY = "location";
    public static final String GDPR_KEY = "gdpr";

    private GreenhouseFields() {
    }

    /** {@code job_application[resume_url]} or {@code job_application[cover_letter_url]}: the uploaded file's URL. */
    public static String attachmentUrl(String attachment) {
        return "job_application[" + attachment + "_url]";
    }

    /** The uploaded file's name, set next to {@link #attachmentUrl}. */
    public static String attachmentFilename(String attachment) {
        return "job_application[" + attachment + "_url_filename]";
    }

    /** The "Enter manually" text of a resume or cover letter. */
    public static String attachmentText(String attachment) {
        return "job_application[" + attachment + "_text]";
    }

    /** {@code job_application[answers_attributes][N][part]}, e.g. part {@code text_value}. */
    public static String answer(int index, String part) {
        return answers(index) + "[" + part + "]";
    }

    /** {@code job_application[answers_attributes][N]}: every field of custom question N extends this name. */
    public static String answers(int index) {
        return "job_application[answers_attributes][" + index + "]";
    }

    /** {@code job_application[answers_attributes][N][answer_selected_options_attributes][M][question_option_id]}. */
    public static String selectedOption(int index, int optionIndex) {
        return answer(index, "answer_selected_options_attributes") + "[" + optionIndex + "][question_option_id]";
    }

    /** The id Rails derives from a field name: brackets become underscores. */
    public static String idOf(String name) {
        return name.replace("][", "_").replace("[", "_").replace("]", "");
    }

    /** The error key of custom question N. */
    public static String questionKey(int index) {
        return "question_" + index;
    }
}
