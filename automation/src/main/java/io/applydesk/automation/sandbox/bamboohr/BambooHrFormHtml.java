package io.applydesk.automation.sandbox.bamboohr;

import io.applydesk.automation.sandbox.Html;

import java.util.Locale;

/**
 * BambooHR's form markup for one field: a {@code fab-FormField} wrapper with its {@code fab-Label} (a required
 * field's label ends in {@code fab-Label__required} "*"), the control, and an error slot the script fills.
 */
final class BambooHrFormHtml {

    private BambooHrFormHtml() {
    }

    static String field(BambooHrField field) {
        String id = field.name().replaceAll("\\W+", "-").replaceAll("-$", "");
        String required = field.required() ? " <span class=\"fab-Label__required\" aria-hidden=\"true\">*</span>" : "";
        String requiredAttribute = field.required() ? " aria-required=\"true\"" : "";
        StringBuilder html = new StringBuilder("<div class=\"fab-FormField\"")
                .append(Html.attribute("data-field", field.name())).append(field.required() ? " data-required" : "")
                .append('>');
        if (field.kind() == BambooHrField.Kind.YES_NO) {
            html.append("<fieldset class=\"fab-RadioGroup\"><legend class=\"fab-Label\">")
                    .append(Html.escape(field.label())).append(required).append("</legend>");
            for (String option : field.options()) {
                // WHY: option texts may hold spaces and commas ("Yes, I am"), which an id cannot.
                String optionId = id + "-" + option.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
                html.append("<span class=\"fab-Radio\"><input type=\"radio\"").append(Html.attribute("id", optionId))
                        .append(Html.attribute("name", field.name())).append(Html.attribute("value", option))
                        .append("><label class=\"fab-Radio__label\"").append(Html.attribute("for", optionId)).append('>')
                        .append(Html.escape(option)).append("</label></span>");
            }
            html.append("</fieldset>");
        } else {
            html.append("<label class=\"fab-Label\"").append(Html.attribute("for", id)).append('>')
                    .append(Html.escape(field.label())).append(required).append("</label>");
            html.append(control(field, id, requiredAttribute));
        }
        return html.append("<div class=\"fab-FormField__error\" role=\"alert\" hidden></div></div>\n").toString();
    }

    private static String control(BambooHrField field, String id, String requiredAttribute) {
        String common = Html.attribute("id", id) + Html.attribute("name", field.name()) + requiredAttribute;
        switch (field.kind()) {
            case SELECT:
                StringBuilder select = new StringBuilder("<select class=\"fab-Select\"").append(common)
                        .append("><option value=\"\">–Select–</option>");
                field.options().forEach(option -> select.append("<option").append(Html.attribute("value", option))
                        .append('>').append(Html.escape(option)).append("</option>"));
                return select.append("</select>").toString();
            case TEXTAREA:
                return "<textarea class=\"fab-Textarea\" rows=\"4\"" + common + "></textarea>";
            case FILE:
                // WHY: as at BambooHR, the real input is hidden; the styled button opens the file chooser.
                return "<div class=\"fab-FileUpload\"><input type=\"file\" class=\"fab-FileUpload__input\" hidden"
                        + " accept=\".pdf,.doc,.docx,.txt,.rtf\"" + common + "><button type=\"button\""
                        + " class=\"fab-Button fab-Button--outline\">Choose File</button>"
                        + "<span class=\"fab-FileUpload__name\"></span></div>";
            case DATE:
                return "<input type=\"text\" class=\"fab-TextInput fab-DatePicker\" placeholder=\"mm/dd/yyyy\""
                        + " autocomplete=\"off\"" + common + ">";
            case EMAIL:
                return "<input type=\"email\" class=\"fab-TextInput\"" + common + ">";
            default:
                return "<input type=\"text\" class=\"fab-TextInput\"" + common + ">";
        }
    }
}
