package io.applydesk.automation.sandbox.lever;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.applydesk.automation.sandbox.Html;
import io.applydesk.automation.sandbox.PracticeVariant;
import io.applydesk.core.json.Json;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders Lever's application form ({@code form#application-form}, ATS-REFERENCE.md §2.2): the contact
 * fields, the hidden resume input behind its visible button, links, custom cards with their HTML-escaped
 * base templates, additional information, the EEO survey, consent boxes and the hidden tracking fields.
 */
final class LeverForm {
    /** The contact fields in form order. */
    static final List<Standard> CONTACT = List.of(
            new Standard("Full name", "name", "text", true, "name-input"),
            new Standard("Email", "email", "email", true, "email-input"),
            new Standard("Phone", "phone", "tel", false, "phone-input"),
            new Standard("Current location", "location", "text", false, "location-input"),
            new Standard("Current company", "org", "text", false, "org-input"));
    /** The profile links, as Lever names them {@code urls[Account]}. */
    static final List<Standard> LINKS = List.of(
            new Standard("LinkedIn URL", "urls[LinkedIn]", "text", false, null),
            new Standard("GitHub URL", "urls[GitHub]", "text", false, null),
            new Standard("Portfolio URL", "urls[Portfolio]", "text", false, null),
            new Standard("Other website", "urls[Other]", "text", false, null));
    static final String DECLINE = "Decline to self-identify";
    /** The EEO survey selects: name, label, options (after the "Select …" placeholder). */
    static final Map<String, List<String>> EEO_OPTIONS = eeoOptions();
    static final Map<String, String> EEO_LABELS = Map.of("eeo[gender]", "Gender", "eeo[race]", "Race",
            "eeo[veteran]", "Veteran status", "eeo[disability]", "Disability status");

    /** A contact or link field. */
    record Standard(String label, String name, String type, boolean required, String dataQa) {
    }

    private final LeverJob job;
    private final PracticeVariant variant;

    /**
     * @param job     the posting as {@code variant} shows it (cards already varied)
     * @param variant orders and words the contact and link fields
     */
    LeverForm(LeverJob job, PracticeVariant variant) {
        this.job = job;
        this.variant = variant;
    }

    private static Map<String, List<String>> eeoOptions() {
        Map<String, List<String>> options = new LinkedHashMap<>();
        options.put("eeo[gender]", List.of("Female", "Male", "Non-binary", DECLINE));
        options.put("eeo[race]", List.of("American Indian or Alaska Native", "Asian", "Black or African American",
                "Hispanic or Latino", "Native Hawaiian or Other Pacific Islander", "White", "Two or More Races",
                DECLINE));
        options.put("eeo[veteran]", List.of("I am a protected veteran", "I am not a protected veteran", DECLINE));
        options.put("eeo[disability]", List.of("Yes, I have a disability (or previously had a disability)",
                "No, I do not have a disability", DECLINE));
        return options;
    }

    String render() {
        StringBuilder html = new StringBuilder(8192);
        html.append("<form id=\"application-form\" method=\"POST\" enctype=\"multipart/form-data\">\n");
        hidden(html, "accountId", "");
        hidden(html, "linkedInData", "");
        hidden(html, "origin", "");
        hidden(html, "referer", "");
        html.append("<input type=\"hidden\" id=\"applicant-timezone\" name=\"timezone\" value=\"\">\n");
        hidden(html, "socialReferralKey", "");
        hidden(html, "socialSource", "");
        html.append("<input type=\"hidden\" id=\"resume-storage-id\" name=\"resumeStorageId\" value=\"\">\n");
        hidden(html, "source", "");
        html.append("<input type=\"hidden\" id=\"hcaptchaResponseInput\" name=\"h-captcha-response\" value=\"\">\n");

        html.append("<div class=\"section application-form\"><h4>Submit your application</h4>\n<ul>\n");
        resume(html);
        variant.reorder(CONTACT).forEach(field -> input(html, shown(field)));
        html.append("</ul></div>\n");
        html.append("<div class=\"section application-form\"><h4>Links</h4>\n<ul>\n");
        variant.reorder(LINKS).forEach(field -> input(html, shown(field)));
        html.append("</ul></div>\n");
        job.cards().forEach(card -> card(html, card));
        html.append("<div class=\"section application-additional\"><h4>Additional information</h4>\n")
                .append("<ul><li class=\"application-question\"><label><div class=\"application-label\">")
                .append("Additional information</div><div class=\"application-field\">")
                .append("<textarea id=\"additional-information\" name=\"comments\" ")
                .append("placeholder=\"Add a cover letter or anything else you want to share.\"></textarea>")
                .append("</div></label></li></ul></div>\n");
        if (job.eeo()) {
            eeo(html);
        }
        consent(html);
        html.append("<div id=\"h-captcha\" class=\"h-captcha\" data-sitekey=\"practice-site-key\" ")
                .append("data-size=\"invisible\">")
                .append("</div>\n")
                .append("<button id=\"btn-submit\" type=\"button\" data-qa=\"btn-submit\" ")
                .append("class=\"postings-btn template-btn-submit\">Submit application</button>\n</form>\n");
        return html.toString();
    }

    /** The contact or link field as the variant words it. */
    private Standard shown(Standard field) {
        return new Standard(variant.reword(field.label()), field.name(), field.type(), field.required(), field.dataQa());
    }

    private static void hidden(StringBuilder html, String name, String value) {
        html.append("<input type=\"hidden\"").append(Html.attribute("name", name))
                .append(Html.attribute("value", value)).append(">\n");
    }

    private static void label(StringBuilder html, String text, boolean required) {
        html.append("<div class=\"application-label\">").append(Html.escape(text));
        if (required) {
            html.append("<span class=\"required\">✱</span>");
        }
        html.append("</div>");
    }

    private static void resume(StringBuilder html) {
        html.append("<li class=\"application-question resume\"><label>");
        label(html, "Resume/CV", true);
        html.append("<div class=\"application-field\">")
                .append("<a class=\"postings-btn template-btn-utility visible-resume-upload\" ")
                .append("role=\"button\" tabindex=\"0\">")
                .append("<input id=\"resume-upload-input\" type=\"file\" name=\"resume\" data-qa=\"input-resume\" ")
                .append("class=\"application-file-input invisible-resume-upload\" ")
                .append("accept=\".pdf,.doc,.docx,.txt,.rtf\">")
                .append("<span class=\"default-label\">Attach resume/CV</span></a>")
                .append("<span class=\"resume-upload-working\" hidden>Uploading…</span>")
                .append("<span class=\"resume-upload-success\" hidden>✓ <span class=\"filename\"></span></span>")
                .append("<span class=\"resume-upload-failure\" hidden>Couldn't auto-read resume.</span>")
                .append("</div></label></li>\n");
    }

    private static void input(StringBuilder html, Standard field) {
        html.append("<li class=\"application-question\"><label>");
        label(html, field.label(), field.required());
        html.append("<div class=\"application-field\"><input").append(Html.attribute("type", field.type()))
                .append(Html.attribute("name", field.name()));
        if (field.dataQa() != null) {
            html.append(Html.attribute("data-qa", field.dataQa()));
        }
        if ("location".equals(field.name())) {
            html.append(" id=\"location-input\" maxlength=\"100\" autocomplete=\"off\"");
        }
        if (field.required()) {
            html.append(" required");
        }
        html.append('>');
        if ("location".equals(field.name())) {
            html.append("<input type=\"hidden\" name=\"selectedLocation\" id=\"selected-location\" value=\"\">")
                    .append("<div class=\"dropdown-results\" role=\"listbox\" hidden></div>");
        }
        html.append("</div></label></li>\n");
    }

    private static void card(StringBuilder html, LeverCard card) {
        html.append("<div class=\"section application-form custom-card\"><h4>").append(Html.escape(card.text()))
                .append("</h4>\n");
        hidden(html, card.baseTemplateName(), baseTemplate(card));
        html.append("<ul>\n");
        for (int i = 0; i < card.fields().size(); i++) {
            LeverCard.Field field = card.fields().get(i);
            String name = card.fieldName(i);
            html.append("<li class=\"application-question custom-question\">");
            boolean group = field.type() == LeverCard.Type.MULTIPLE_CHOICE
                    || field.type() == LeverCard.Type.MULTIPLE_SELECT;
            // WHY: like Lever, a radio or checkbox group has no wrapping label; each option has its own.
            html.append(group ? "<div>" : "<label>");
            html.append("<div class=\"application-label\"><div class=\"text\">").append(Html.escape(field.text()));
            if (field.required()) {
                html.append("<span class=\"required\">✱</span>");
            }
            html.append("</div></div><div class=\"application-field\">");
            switch (field.type()) {
                case MULTIPLE_CHOICE, MULTIPLE_SELECT -> {
                    String type = field.type() == LeverCard.Type.MULTIPLE_CHOICE ? "radio" : "checkbox";
                    html.append("<ul>");
                    for (String option : field.options()) {
                        html.append("<li><label><input").append(Html.attribute("type", type))
                                .append(Html.attribute("name", name)).append(Html.attribute("value", option))
                                .append("><span class=\"application-answer-alternative\">").append(Html.escape(option))
                                .append("</span></label></li>");
                    }
                    html.append("</ul>");
                }
                case DROPDOWN -> {
                    html.append("<select").append(Html.attribute("name", name)).append("><option value=\"\">")
                            .append("Select...</option>");
                    for (String option : field.options()) {
                        html.append("<option").append(Html.attribute("value", option)).append('>')
                                .append(Html.escape(option)).append("</option>");
                    }
                    html.append("</select>");
                }
                case TEXTAREA -> html.append("<textarea").append(Html.attribute("name", name))
                        .append(" class=\"card-field-input\"></textarea>");
                case TEXT -> html.append("<input type=\"text\"").append(Html.attribute("name", name))
                        .append(" class=\"card-field-input\">");
            }
            html.append("</div>").append(group ? "</div>" : "</label>").append("</li>\n");
        }
        html.append("</ul></div>\n");
    }

    /** The card as Lever's hidden base template holds it: JSON (escaped into the attribute by the caller). */
    static String baseTemplate(LeverCard card) {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("text", card.text());
        template.put("type", "posting");
        List<Map<String, Object>> fields = new ArrayList<>();
        for (int i = 0; i < card.fields().size(); i++) {
            LeverCard.Field field = card.fields().get(i);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("type", field.type().apiValue());
            json.put("text", field.text());
            json.put("required", field.required());
            json.put("id", card.id() + "-field" + i);
            if (field.type().hasOptions()) {
                List<Map<String, String>> options = new ArrayList<>();
                for (int o = 0; o < field.options().size(); o++) {
                    options.add(Map.of("text", field.options().get(o), "optionId", card.id() + "-" + i + "-" + o));
                }
                json.put("options", options);
            }
            fields.add(json);
        }
        template.put("fields", fields);
        template.put("id", card.id());
        try {
            return Json.mapper().writeValueAsString(template);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void eeo(StringBuilder html) {
        html.append("<div class=\"section application-form eeo-section\"><h4>U.S. Equal Employment Opportunity ")
                .append("information</h4>\n<p>Completion is voluntary and will not subject you to adverse ")
                .append("treatment.</p>")
                .append("\n<ul>\n");
        EEO_OPTIONS.forEach((name, options) -> {
            html.append("<li class=\"application-question\"><label>");
            label(html, EEO_LABELS.get(name), false);
            html.append("<div class=\"application-field\"><select").append(Html.attribute("name", name))
                    .append("><option value=\"\">Select ...</option>");
            options.forEach(option -> html.append("<option").append(Html.attribute("value", option)).append('>')
                    .append(Html.escape(option)).append("</option>"));
            html.append("</select></div></label></li>\n");
        });
        html.append("</ul></div>\n");
    }

    private void consent(StringBuilder html) {
        html.append("<div class=\"section application-consent\"><h4>Privacy</h4>\n<ul>\n")
                .append("<li class=\"application-question consent-question\"><label>")
                .append("<input type=\"checkbox\" name=\"consent[store]\" value=\"true\">")
                .append("<div class=\"application-label\">I agree that ").append(Html.escape(job.companyName()))
                .append(" may store and process my personal data to consider this application.</div>")
                .append("</label></li>\n")
                .append("<li class=\"application-question consent-question\"><label>")
                .append("<input type=\"checkbox\" name=\"consent[marketing]\" value=\"true\">")
                .append("<div class=\"application-label\">Send me news and marketing about future opportunities at ")
                .append(Html.escape(job.companyName())).append(".</div></label></li>\n</ul></div>\n");
    }
}
