package io.applydesk.automation.sandbox.greenhouse;

import io.applydesk.automation.sandbox.FormData;
import io.applydesk.automation.sandbox.PracticeVariant;
import io.applydesk.automation.sandbox.greenhouse.GreenhouseQuestion.Option;

import java.util.List;
import java.util.Map;

import static io.applydesk.automation.sandbox.Html.attribute;
import static io.applydesk.automation.sandbox.Html.escape;

/**
 * Renders the classic Greenhouse application block ({@code div#application}: the main form and the
 * separate hidden upload forms) for one job, optionally re-filled with submitted values and marked
 * with server-side errors. Markup follows ATS-REFERENCE.md §1.2.
 */
final class GreenhouseForm {
    static final String REQUIRED_MESSAGE = "This field is required";
    static final String ERROR_BANNER = "There was a problem with your application. Please correct the fields marked below.";

    /** The contact fields: fixed ids and names on every Greenhouse board; a variant may reorder or reword them. */
    private static final List<ContactField> CONTACT_FIELDS = List.of(
            new ContactField("first_name", GreenhouseFields.FIRST_NAME, "First Name", "given-name"),
            new ContactField("last_name", GreenhouseFields.LAST_NAME, "Last Name", "family-name"),
            new ContactField("email", GreenhouseFields.EMAIL, "Email", "email"),
            new ContactField("phone", GreenhouseFields.PHONE, "Phone", "tel"));

    private record ContactField(String id, String name, String label, String autocomplete) {
    }

    private final GreenhouseJob job;
    private final PracticeVariant variant;
    private final String action;
    private final String uploadAction;
    private final FormData values;
    private final Map<String, String> errors;
    private final StringBuilder html = new StringBuilder(16_384);

    /**
     * @param job          the job as {@code variant} shows it (custom questions already varied)
     * @param variant      orders and words the contact fields and EEO labels
     * @param action       where the main form posts (the page's own URL)
     * @param uploadAction where the hidden upload forms post their file
     * @param values       values to show again (empty for a fresh page)
     * @param errors       error key (from {@link GreenhouseValidation}, or a field id such as {@code email}) to the
     *                     message shown under the field; empty for a fresh page
     */
    GreenhouseForm(GreenhouseJob job, PracticeVariant variant, String action, String uploadAction, FormData values,
                   Map<String, String> errors) {
        this.job = job;
        this.variant = variant;
        this.action = action;
        this.uploadAction = uploadAction;
        this.values = values;
        this.errors = errors;
    }

    String render() {
        html.append("<div id=\"application\">\n<h2 class=\"heading\">Apply for this Job</h2>\n")
                .append("<p class=\"required-fields\"><span class=\"asterisk\">*</span> Required</p>\n")
                .append("<div id=\"error_flash\" class=\"flash error\" role=\"alert\"")
                .append(errors.isEmpty() ? " hidden" : "").append('>').append(escape(ERROR_BANNER)).append("</div>\n")
                .append("<form id=\"application_form\" method=\"post\" enctype=\"multipart/form-data\"")
                .append(" accept-charset=\"UTF-8\" novalidate").append(attribute("action", action)).append(">\n")
                .append("<input type=\"hidden\" name=\"utf8\" value=\"&#x2713;\">\n");
        for (String antiBot : List.of("fingerprint", "render_date", "page_load_time")) {
            html.append("<input type=\"hidden\"").append(attribute("id", antiBot)).append(attribute("name", antiBot))
                    .append(" value=\"\">\n");
        }
        html.append("<div id=\"main_fields\">\n");
        for (ContactField field : variant.reorder(CONTACT_FIELDS)) {
            textField(field.id(), field.name(), variant.reword(field.label()), field.autocomplete());
        }
        if (job.asksLocation()) {
            locationField();
        }
        attachment("resume", "Resume/CV", true);
        attachment("cover_letter", "Cover Letter", false);
        html.append("</div>\n<div id=\"custom_fields\">\n");
        for (int index = 0; index < job.questions().size(); index++) {
            customQuestion(index, job.questions().get(index));
        }
        html.append("</div>\n");
        if (job.eeoc()) {
            eeocSection();
        }
        if (job.gdpr()) {
            gdprConsent();
        }
        html.append("<div id=\"submit_buttons\">\n")
                .append("<input type=\"button\" id=\"submit_app\" class=\"button\" value=\"Submit Application\">\n")
                .append("</div>\n</form>\n");
        uploadForm("resume");
        uploadForm("cover_letter");
        return html.append("</div>\n").toString();
    }

    private void textField(String id, String name, String label, String autocomplete) {
        openField(id);
        html.append("<label").append(attribute("for", id)).append('>').append(escape(label))
                .append(" <span class=\"asterisk\">*</span></label>\n")
                .append("<input type=\"text\" maxlength=\"255\" aria-required=\"true\"")
                .append(attribute("id", id)).append(attribute("name", name))
                .append(attribute("autocomplete", autocomplete)).append(attribute("value", values.value(name)))
                .append(invalid(id)).append(">\n");
        closeField(id);
    }

    private void locationField() {
        String id = GreenhouseFields.idOf(GreenhouseFields.LOCATION);
        String popup = "location_autocomplete-items-popup";
        openField(GreenhouseFields.LOCATION_KEY);
        html.append("<label").append(attribute("for", id)).append('>')
                .append(escape(variant.reword("Location (City)"))).append(" <span class=\"asterisk\">*</span></label>\n")
                .append("<div class=\"location-control\">\n")
                .append("<input type=\"text\" role=\"combobox\" autocomplete=\"off\" aria-autocomplete=\"list\"")
                .append(" aria-expanded=\"false\" aria-required=\"true\" placeholder=\"Start typing your city\"")
                .append(attribute("aria-controls", popup)).append(attribute("id", id))
                .append(attribute("name", GreenhouseFields.LOCATION))
                .append(attribute("value", values.value(GreenhouseFields.LOCATION)))
                .append(invalid(GreenhouseFields.LOCATION_KEY)).append(">\n")
                .append("<ul class=\"autocomplete-items\" role=\"listbox\" hidden").append(attribute("id", popup))
                .append("></ul>\n");
        hidden(GreenhouseFields.LATITUDE);
        hidden(GreenhouseFields.LONGITUDE);
        html.append("</div>\n");
        closeField(GreenhouseFields.LOCATION_KEY);
    }

    /** The attach-or-paste block of the resume or the cover letter; the real file input is in {@link #uploadForm}. */
    private void attachment(String field, String label, boolean required) {
        String filename = values.value(GreenhouseFields.attachmentFilename(field));
        String text = values.value(GreenhouseFields.attachmentText(field));
        boolean attached = !filename.isEmpty();
        String fileTypes = field + "-allowable-file-types";
        html.append("<div").append(attribute("id", field + "_fieldset")).append(" class=\"field")
                .append(errors.containsKey(field) ? " field_with_errors" : "").append("\">\n")
                .append("<label").append(attribute("id", field + "_label")).append('>').append(escape(label))
                .append(required ? " <span class=\"asterisk\">*</span>" : "").append("</label>\n")
                .append("<div class=\"attach-or-paste\"").append(attribute("data-field", field))
                .append(attribute("data-required", String.valueOf(required))).append(">\n");
        hidden(GreenhouseFields.attachmentUrl(field));
        hidden(GreenhouseFields.attachmentFilename(field));
        html.append("<div class=\"link-container\"").append(attached ? " hidden" : "").append(">\n")
                .append("<button type=\"button\" class=\"button attach-button\" data-source=\"attach\"")
                .append(attribute("aria-describedby", fileTypes)).append(attribute("aria-labelledby", field + "_label attach_" + field))
                .append(attribute("id", "attach_" + field)).append(">Attach</button>\n")
                .append("<button type=\"button\" class=\"link-button\" data-source=\"dropbox\">Dropbox</button>\n")
                .append("<button type=\"button\" class=\"link-button\" data-source=\"google-drive\">Google Drive</button>\n")
                .append("<button type=\"button\" class=\"link-button\" data-source=\"paste\">Enter manually</button>\n")
                .append("</div>\n")
                .append("<div class=\"chosen\"").append(attribute("id", field + "_chosen")).append(attached ? "" : " hidden")
                .append("><span class=\"filename\"").append(attribute("id", field + "_filename")).append('>')
                .append(escape(filename)).append("</span> <a href=\"#\" class=\"remove\">remove</a></div>\n")
                .append("<div class=\"upload-progress\" hidden").append(attribute("id", field + "_progress"))
                .append(">Uploading…</div>\n")
                .append("<p class=\"source-unavailable\" hidden></p>\n")
                .append("<textarea rows=\"10\" cols=\"50\"").append(attribute("id", field + "_text"))
                .append(attribute("name", GreenhouseFields.attachmentText(field)))
                .append(attribute("aria-labelledby", field + "_label"))
                .append(text.isEmpty() ? " hidden" : "").append('>').append(escape(text)).append("</textarea>\n")
                .append("</div>\n")
                .append("<p class=\"allowable-file-types\"").append(attribute("id", fileTypes))
                .append(">(File types: pdf, doc, docx, txt, rtf)</p>\n");
        errorMessage(field);
        html.append("</div>\n");
    }

    private void customQuestion(int index, GreenhouseQuestion question) {
        String key = GreenhouseFields.questionKey(index);
        openField(key);
        if (question.kind() == GreenhouseQuestion.Kind.MULTI_SELECT) {
            checkboxList(index, question);
        } else {
            html.append("<label>").append(escape(question.label()))
                    .append(question.required() ? " <span class=\"asterisk\">*</span>" : "").append("<br>\n");
            switch (question.kind()) {
                case TEXT -> textAnswer(index, question, false);
                case TEXTAREA -> textAnswer(index, question, true);
                case YES_NO -> yesNo(index, question);
                default -> singleSelect(index, question);
            }
            html.append("</label>\n");
        }
        hiddenWithValue(GreenhouseFields.answer(index, "question_id"), String.valueOf(question.id()));
        hiddenWithValue(GreenhouseFields.answer(index, "priority"), String.valueOf(index));
        closeField(key);
    }

    private void textAnswer(int index, GreenhouseQuestion question, boolean multiline) {
        String name = GreenhouseFields.answer(index, "text_value");
        String common = attribute("id", GreenhouseFields.idOf(name)) + attribute("name", name)
                + required(question) + invalid(GreenhouseFields.questionKey(index));
        if (multiline) {
            html.append("<textarea rows=\"5\" cols=\"50\" autocomplete=\"off\"").append(common).append('>')
                    .append(escape(values.value(name))).append("</textarea>\n");
        } else {
            html.append("<input type=\"text\" maxlength=\"255\" autocomplete=\"off\"").append(common)
                    .append(attribute("value", values.value(name))).append(">\n");
        }
    }

    private void yesNo(int index, GreenhouseQuestion question) {
        String name = GreenhouseFields.answer(index, "boolean_value");
        openSelect(name, required(question) + invalid(GreenhouseFields.questionKey(index)), "--");
        option("1", "Yes", values.value(name));
        option("0", "No", values.value(name));
        html.append("</select>\n");
    }

    private void singleSelect(int index, GreenhouseQuestion question) {
        String name = GreenhouseFields.selectedOption(index, 0);
        openSelect(name, required(question) + invalid(GreenhouseFields.questionKey(index)), "--");
        for (Option choice : question.options()) {
            option(String.valueOf(choice.id()), choice.label(), values.value(name));
        }
        html.append("</select>\n");
    }

    private void checkboxList(int index, GreenhouseQuestion question) {
        html.append("<label>").append(escape(question.label()))
                .append(question.required() ? " <span class=\"asterisk\">*</span>" : "").append("</label>\n")
                .append("<ul class=\"checkbox-list\"").append(question.required() ? " aria-required=\"true\"" : "")
                .append(">\n");
        for (int optionIndex = 0; optionIndex < question.options().size(); optionIndex++) {
            Option choice = question.options().get(optionIndex);
            String name = GreenhouseFields.selectedOption(index, optionIndex);
            String value = String.valueOf(choice.id());
            html.append("<li><label><input type=\"checkbox\"").append(attribute("id", GreenhouseFields.idOf(name)))
                    .append(attribute("name", name)).append(attribute("value", value))
                    .append(values.values(name).contains(value) ? " checked" : "").append("> ")
                    .append(escape(choice.label())).append("</label></li>\n");
        }
        html.append("</ul>\n");
    }

    private void eeocSection() {
        html.append("<div id=\"eeoc_fields\">\n")
                .append("<h3 class=\"application-label\">U.S. Equal Employment Opportunity Information ")
                .append("<span class=\"small\">(Completion is voluntary and will not subject you to adverse treatment)</span></h3>\n")
                .append("<p class=\"eeoc-description\">Our company values diversity. To ensure that we comply with ")
                .append("reporting requirements and to learn more about how we can increase diversity in our candidate pool, ")
                .append("we invite you to voluntarily provide demographic information in a confidential survey at the end ")
                .append("of this application. Providing this information is optional. It will not be accessible or used ")
                .append("in the hiring process, and has no effect on your opportunity for employment.</p>\n");
        eeocSelect(GreenhouseEeoc.GENDER, null, false);
        eeocSelect(GreenhouseEeoc.HISPANIC_ETHNICITY, null, false);
        // Shown by the page script only when the candidate answers "No" above, as on the real form.
        eeocSelect(GreenhouseEeoc.RACE, "race_dropdown_container",
                !"No".equals(values.value(GreenhouseFields.HISPANIC_ETHNICITY)));
        eeocSelect(GreenhouseEeoc.VETERAN_STATUS, null, false);
        eeocSelect(GreenhouseEeoc.DISABILITY_STATUS, null, false);
        html.append("</div>\n");
    }

    private void eeocSelect(GreenhouseEeoc.Question question, String containerId, boolean hiddenInitially) {
        String id = GreenhouseFields.idOf(question.name());
        html.append("<div class=\"field\"").append(containerId == null ? "" : attribute("id", containerId))
                .append(hiddenInitially ? " hidden" : "").append(">\n")
                .append("<label").append(attribute("for", id)).append('>').append(escape(variant.reword(question.label())))
                .append("</label>\n");
        openSelect(question.name(), "", "Please select");
        for (GreenhouseEeoc.Choice choice : question.options()) {
            option(choice.value(), choice.text(), values.value(question.name()));
        }
        html.append("</select>\n</div>\n");
    }

    private void gdprConsent() {
        String id = GreenhouseFields.GDPR_CONSENT_ID;
        openField(GreenhouseFields.GDPR_KEY);
        html.append("<div id=\"data_compliance\">\n")
                .append("<p class=\"gdpr-notice\">").append(escape(job.companyName()))
                .append(" processes the personal data in your application to assess your candidacy, under the EU ")
                .append("General Data Protection Regulation. You can withdraw your consent at any time.</p>\n")
                .append("<label").append(attribute("for", id)).append("><input type=\"checkbox\" value=\"1\" aria-required=\"true\"")
                .append(attribute("id", id)).append(attribute("name", GreenhouseFields.GDPR_CONSENT))
                .append("1".equals(values.value(GreenhouseFields.GDPR_CONSENT)) ? " checked" : "")
                .append(invalid(GreenhouseFields.GDPR_KEY)).append("> I consent to ").append(escape(job.companyName()))
                .append(" processing my personal data for the purpose of this application.")
                .append(" <span class=\"asterisk\">*</span></label>\n</div>\n");
        closeField(GreenhouseFields.GDPR_KEY);
    }

    /** The separate, hidden form holding the real file input; the page script uploads its file. */
    private void uploadForm(String field) {
        html.append("<form class=\"s3-upload-form\" method=\"post\" enctype=\"multipart/form-data\" hidden")
                .append(attribute("id", "s3_upload_for_" + field)).append(attribute("action", uploadAction))
                .append(attribute("data-field", field)).append(">\n")
                .append("<input type=\"hidden\" name=\"field\"").append(attribute("value", field)).append(">\n")
                .append("<input type=\"file\" name=\"file\" accept=\".pdf,.doc,.docx,.txt,.rtf\">\n</form>\n");
    }

    private void openField(String key) {
        html.append("<div class=\"field").append(errors.containsKey(key) ? " field_with_errors" : "").append("\">\n");
    }

    private void closeField(String key) {
        errorMessage(key);
        html.append("</div>\n");
    }

    private void errorMessage(String key) {
        if (errors.containsKey(key)) {
            html.append("<div class=\"field-error-msg\">").append(escape(errors.get(key))).append("</div>\n");
        }
    }

    private void openSelect(String name, String extraAttributes, String placeholder) {
        html.append("<select").append(attribute("id", GreenhouseFields.idOf(name))).append(attribute("name", name))
                .append(extraAttributes).append(">\n<option value=\"\">").append(escape(placeholder)).append("</option>\n");
    }

    private void option(String value, String text, String selectedValue) {
        html.append("<option").append(attribute("value", value)).append(value.equals(selectedValue) ? " selected" : "")
                .append('>').append(escape(text)).append("</option>\n");
    }

    private void hidden(String name) {
        hiddenWithValue(name, values.value(name));
    }

    private void hiddenWithValue(String name, String value) {
        html.append("<input type=\"hidden\"").append(attribute("id", GreenhouseFields.idOf(name)))
                .append(attribute("name", name)).append(attribute("value", value)).append(">\n");
    }

    private static String required(GreenhouseQuestion question) {
        return question.required() ? " aria-required=\"true\"" : "";
    }

    private String invalid(String key) {
        return errors.containsKey(key) ? " aria-invalid=\"true\"" : "";
    }
}
