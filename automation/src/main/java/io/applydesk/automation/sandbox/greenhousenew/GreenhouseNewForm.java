package io.applydesk.automation.sandbox.greenhousenew;

import io.applydesk.automation.sandbox.PracticeVariant;

import java.util.List;

import static io.applydesk.automation.sandbox.Html.attribute;
import static io.applydesk.automation.sandbox.Html.escape;

/**
 * Renders the React application form of job-boards.greenhouse.io as its server render looks
 * (ATS-REFERENCE.md §1.3): inputs with ids and no {@code name}, react-select comboboxes with a hidden
 * required input, the intl-tel phone with its country picker, the visually hidden resume input. The page
 * script ({@code greenhouse-new.js}) brings the widgets to life and posts the application.
 */
final class GreenhouseNewForm {
    static final String REQUIRED_MESSAGE = "This field is required.";

    /** The name and e-mail fields: the same ids on every board; a variant may reorder or reword them. */
    private static final List<ContactField> CONTACT_FIELDS = List.of(
            new ContactField("first_name", "First Name", true, "given-name"),
            new ContactField("last_name", "Last Name", true, "family-name"),
            new ContactField("preferred_name", "Preferred First Name", false, "off"),
            new ContactField("email", "Email", true, "email"));

    private record ContactField(String id, String label, boolean required, String autocomplete) {
    }

    private final GreenhouseNewJob job;
    private final PracticeVariant variant;

    /**
     * @param job     the job as {@code variant} shows it (questions already varied)
     * @param variant orders and words the contact fields
     */
    GreenhouseNewForm(GreenhouseNewJob job, PracticeVariant variant) {
        this.job = job;
        this.variant = variant;
    }

    String render() {
        StringBuilder html = new StringBuilder();
        html.append("<form id=\"application-form\" class=\"application--form\" novalidate>\n")
                .append("<div class=\"application--questions\">\n");
        for (ContactField field : variant.reorder(CONTACT_FIELDS)) {
            html.append(text(field.id(), variant.reword(field.label()), field.required(), field.autocomplete()));
        }
        html.append(select("country", variant.reword("Country"), true, false, countryNames()));
        html.append(phone(variant.reword("Phone")));
        html.append(resume());
        for (GreenhouseNewQuestion question : job.questions()) {
            if (!question.demographic()) {
                html.append(question(question));
            }
        }
        html.append("</div>\n");
        if (job.questions().stream().anyMatch(GreenhouseNewQuestion::demographic)) {
            html.append("<div class=\"eeoc__container\"><h3 class=\"section-header\">Voluntary Self-Identification</h3>\n")
                    .append("<p class=\"eeoc__description\">Providing this information is voluntary and will not "
                            + "affect your application.</p>\n<div class=\"eeoc__questions\">\n");
            for (GreenhouseNewQuestion question : job.questions()) {
                if (question.demographic()) {
                    html.append(question(question));
                }
            }
            html.append("</div></div>\n");
        }
        html.append("<div class=\"application--error\" role=\"alert\" hidden></div>\n")
                .append("<div class=\"security-code\" hidden></div>\n")
                .append("<div class=\"application--submit\"><button type=\"submit\" class=\"btn btn--pill\">"
                        + "Submit application</button></div>\n</form>\n");
        return html.toString();
    }

    private String question(GreenhouseNewQuestion q) {
        switch (q.kind()) {
            case TEXT:
                return text(q.id(), q.label(), q.required(), "off");
            case TEXTAREA:
                return textarea(q);
            case SELECT:
                return select(q.id(), q.label(), q.required(), false, q.options().toArray(String[]::new));
            case MULTI_SELECT:
                return select(q.id(), q.label(), q.required(), true, q.options().toArray(String[]::new));
            default:
                return checkboxes(q);
        }
    }

    private static String[] countryNames() {
        return GreenhouseNewJobs.COUNTRIES.stream().map(GreenhouseNewJobs.Country::name).toArray(String[]::new);
    }

    private static String label(String id, String text, boolean required, String extraClass) {
        return "<label" + attribute("id", id + "-label") + " class=\"label " + extraClass + "\"" + attribute("for", id)
                + ">" + escape(text) + (required ? "<span aria-hidden=\"true\">*</span>" : "") + "</label>";
    }

    /** aria-required/-invalid/-errormessage/-describedby as the real inputs carry them. */
    private static String aria(String id, boolean required) {
        return attribute("aria-required", Boolean.toString(required)) + " aria-invalid=\"false\""
                + attribute("aria-errormessage", id + "-error")
                + attribute("aria-describedby", id + "-description " + id + "-error " + id + "-help");
    }

    private static String error(String id) {
        return "<div" + attribute("id", id + "-error") + " class=\"helper-text helper-text--error\"></div>";
    }

    private static String text(String id, String label, boolean required, String autocomplete) {
        return "<div class=\"field-wrapper\"><div class=\"text-input-wrapper\"><div class=\"input-wrapper\">"
                + label(id, label, required, "")
                + "<input" + attribute("id", id) + " class=\"input input__single-line\" type=\"text\" maxlength=\"255\""
                + attribute("autocomplete", autocomplete) + aria(id, required) + ">"
                + error(id) + "</div></div></div>\n";
    }

    private static String textarea(GreenhouseNewQuestion q) {
        return "<div class=\"field-wrapper\"><div class=\"text-input-wrapper\"><div class=\"input-wrapper\">"
                + label(q.id(), q.label(), q.required(), "")
                + "<textarea" + attribute("id", q.id()) + " class=\"input input__multi-line\" maxlength=\"10000\""
                + aria(q.id(), q.required()) + "></textarea>" + error(q.id()) + "</div></div></div>\n";
    }

    /**
     * A react-select: the menu is not in the page until opened; the options live in the script's data
     * (as they do in Remix's loader data), here a {@code data-options} attribute the script reads.
     */
    private static String select(String id, String label, boolean required, boolean multi, String... options) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < options.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(options[i].replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        json.append(']');
        return "<div class=\"field-wrapper\"><div class=\"select\"><div class=\"select__container\">"
                + label(id, label, required, "select__label")
                + "<div class=\"select-shell" + (multi ? " is-multi" : "") + "\"" + attribute("data-options", json.toString())
                + (multi ? " data-multi=\"true\"" : "") + ">"
                + "<div class=\"select__control" + (multi ? " select__control--is-multi" : "") + "\">"
                + "<div class=\"select__value-container" + (multi ? " select__value-container--is-multi" : "") + "\">"
                + "<div class=\"select__placeholder\"" + attribute("id", "react-select-" + id + "-placeholder")
                + ">Select...</div>"
                + "<div class=\"select__input-container\"><input class=\"select__input\"" + attribute("id", id)
                + " role=\"combobox\" aria-autocomplete=\"list\" aria-expanded=\"false\" aria-haspopup=\"true\""
                + " autocomplete=\"off\" type=\"text\" value=\"\"" + aria(id, required) + "></div></div>"
                + "<div class=\"select__indicators\"><button type=\"button\" class=\"icon-button\" tabindex=\"-1\""
                + " aria-label=\"Toggle flyout\">&#9662;</button></div></div>"
                + (required ? "<input class=\"remix-css-1a0ro4n-requiredInput\" tabindex=\"-1\" aria-hidden=\"true\""
                        + " required value=\"\">" : "<input tabindex=\"-1\" aria-hidden=\"true\" hidden value=\"\">")
                + "</div></div></div>" + error(id) + "</div>\n";
    }

    private static String checkboxes(GreenhouseNewQuestion q) {
        StringBuilder boxes = new StringBuilder();
        boolean single = q.kind() == GreenhouseNewQuestion.Kind.CHECKBOX;
        for (int i = 0; i < q.options().size(); i++) {
            String boxId = q.id() + "_" + i;
            String option = q.options().get(i);
            boxes.append("<div class=\"checkbox__wrapper\"><div class=\"checkbox__input\"><input type=\"checkbox\"")
                    .append(attribute("id", boxId)).append(attribute("value", single ? "1" : option))
                    .append("></div><label class=\"checkbox__label\"").append(attribute("for", boxId)).append('>')
                    .append(escape(single ? q.label() : option)).append("</label></div>");
        }
        return "<div class=\"field-wrapper\"><fieldset class=\"checkbox\"" + attribute("id", q.id())
                + attribute("aria-required", Boolean.toString(q.required())) + "><legend class=\"label\">"
                + escape(q.label()) + (q.required() ? "<span aria-hidden=\"true\">*</span>" : "") + "</legend>"
                + boxes + "</fieldset>" + error(q.id()) + "</div>\n";
    }

    private static String phone(String label) {
        GreenhouseNewJobs.Country first = GreenhouseNewJobs.COUNTRIES.get(0);
        return "<div class=\"field-wrapper\"><div class=\"text-input-wrapper phone-input\"><div class=\"input-wrapper\">"
                + label("phone", label, true, "")
                + "<div class=\"iti iti--allow-dropdown\"><div class=\"iti__country-container\">"
                + "<button type=\"button\" class=\"iti__selected-country\" aria-label=\"Selected country\""
                + attribute("title", first.name()) + "><div class=\"iti__flag iti__" + first.iso() + "\"></div>"
                + "<div class=\"iti__selected-dial-code\">" + escape(first.dialCode()) + "</div></button></div>"
                + "<input id=\"phone\" class=\"input iti__tel-input\" type=\"tel\" maxlength=\"255\" autocomplete=\"tel\""
                + aria("phone", true) + "></div>" + error("phone") + "</div></div></div>\n";
    }

    private static String resume() {
        return "<div class=\"field-wrapper\"><div class=\"file-upload\" role=\"group\""
                + " aria-labelledby=\"upload-label-resume\" aria-required=\"true\">"
                + "<div id=\"upload-label-resume\" class=\"label upload-label\">Resume/CV"
                + "<span aria-hidden=\"true\">*</span></div>"
                + "<div class=\"file-upload__wrapper\">"
                + "<label class=\"visually-hidden\" for=\"resume\">Attach</label>"
                + "<input id=\"resume\" class=\"visually-hidden\" type=\"file\" accept=\".pdf,.doc,.docx,.txt,.rtf\">"
                + "<div class=\"file-upload__buttons\">"
                + "<button type=\"button\" class=\"btn btn--pill\" data-action=\"attach\">Attach</button>"
                + "<button type=\"button\" class=\"btn btn--pill\" disabled>Dropbox</button>"
                + "<button type=\"button\" class=\"btn btn--pill\" disabled>Google Drive</button>"
                + "<button type=\"button\" class=\"btn btn--pill\" disabled>Enter manually</button></div></div>"
                + "<p class=\"file-upload__help\">Accepted file types: pdf, doc, docx, txt, rtf</p>"
                + error("resume") + "</div></div>\n";
    }
}
