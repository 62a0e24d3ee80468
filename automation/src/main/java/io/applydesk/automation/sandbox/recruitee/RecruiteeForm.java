package io.applydesk.automation.sandbox.recruitee;

import io.applydesk.automation.sandbox.Html;
import io.applydesk.automation.sandbox.PracticeVariant;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a Recruitee offer's application form ({@code /o/{slug}/c/new}, ATS-REFERENCE.md §8): the
 * {@code candidate[…]} fields the offer's options switch on, the hidden CV input in its drop zone and the open
 * questions as {@code candidate[open_question_answers_attributes][i][…]}. Every field sits in a
 * {@code [data-field]} block named as the server's 422 errors name it.
 */
final class RecruiteeForm {
    static final String ANSWERS = "candidate[open_question_answers_attributes]";

    /** A standard field: its error key, form name, label, input type and required flag. */
    record Standard(String key, String name, String label, String type, boolean required) {
    }

    private RecruiteeForm() {
    }

    /** The standard text fields the offer shows, in form order (the CV is rendered on its own). */
    static List<Standard> standard(RecruiteeOffer offer) {
        List<Standard> fields = new ArrayList<>();
        if (offer.splitName()) {
            fields.add(new Standard("first_name", "candidate[first_name]", "First name", "text", true));
            fields.add(new Standard("last_name", "candidate[last_name]", "Last name", "text", true));
        } else {
            fields.add(new Standard("name", "candidate[name]", "Full name", "text", true));
        }
        fields.add(new Standard("email", "candidate[email]", "Email address", "email", true));
        if (offer.phone().shown()) {
            fields.add(new Standard("phone", "candidate[phone]", "Phone number", "tel", offer.phone().required()));
        }
        if (offer.coverLetter().shown()) {
            fields.add(new Standard("cover_letter", "candidate[cover_letter]", "Cover letter", "textarea",
                    offer.coverLetter().required()));
        }
        return fields;
    }

    static String contentName(int index) {
        return ANSWERS + "[" + index + "][content]";
    }

    static String questionIdName(int index) {
        return ANSWERS + "[" + index + "][open_question_id]";
    }

    /**
     * @param offer   the offer as {@code variant} shows it (questions already varied)
     * @param variant orders and words the standard fields, whose names are the same on every careers site
     */
    static String render(RecruiteeOffer offer, PracticeVariant variant, String action) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<form class=\"application-form\" method=\"post\" enctype=\"multipart/form-data\" novalidate")
                .append(Html.attribute("action", action)).append(">\n")
                .append("<div class=\"form-alert\" role=\"alert\" hidden></div>\n<h2>My information</h2>\n");
        List<Standard> standard = variant.reorder(standard(offer)).stream()
                .map(field -> new Standard(field.key(), field.name(), variant.reword(field.label()), field.type(),
                        field.required()))
                .toList();
        for (Standard field : standard) {
            if ("cover_letter".equals(field.key())) {
                continue;
            }
            text(html, field);
        }
        cv(html, offer.cv());
        standard.stream().filter(field -> "cover_letter".equals(field.key())).forEach(field -> text(html, field));
        if (!offer.questions().isEmpty()) {
            html.append("<h2>Questions</h2>\n");
        }
        for (int i = 0; i < offer.questions().size(); i++) {
            question(html, offer.questions().get(i), i);
        }
        html.append("<button type=\"submit\" class=\"submit-button\">Submit application</button>\n</form>\n");
        return html.toString();
    }

    private static void label(StringBuilder html, String forId, String text, boolean required) {
        html.append("<label").append(Html.attribute("for", forId)).append('>').append(Html.escape(text));
        if (required) {
            html.append("<span class=\"required\" aria-hidden=\"true\">*</span>");
        }
        html.append("</label>");
    }

    private static void text(StringBuilder html, Standard field) {
        String id = "candidate-" + field.key().replace('_', '-');
        html.append("<div class=\"field\"").append(Html.attribute("data-field", field.key())).append('>');
        label(html, id, field.label(), field.required());
        html.append("textarea".equals(field.type()) ? "<textarea" : "<input" + Html.attribute("type", field.type()))
                .append(Html.attribute("id", id)).append(Html.attribute("name", field.name()))
                .append(field.required() ? " required" : "").append('>')
                .append("textarea".equals(field.type()) ? "</textarea>" : "").append("</div>\n");
    }

    private static void cv(StringBuilder html, RecruiteeOffer.Option option) {
        if (!option.shown()) {
            return;
        }
        html.append("<div class=\"field\" data-field=\"cv\">");
        label(html, "candidate-cv", "CV or resume", option.required());
        html.append("<div class=\"dropzone\"><input type=\"file\" id=\"candidate-cv\" name=\"candidate[cv]\" ")
                .append("class=\"visually-hidden\" accept=\".pdf,.doc,.docx,.odt,.rtf\"")
                .append(option.required() ? " required" : "").append('>')
                .append("<span class=\"dropzone-hint\">Upload a file or drag and drop it here</span>")
                .append("<span class=\"dropzone-file\" data-cv-filename hidden></span></div></div>\n");
    }

    private static void question(StringBuilder html, RecruiteeQuestion question, int index) {
        String key = "open_question_" + question.id();
        String id = "question-" + question.id();
        html.append("<input type=\"hidden\"").append(Html.attribute("name", questionIdName(index)))
                .append(Html.attribute("value", String.valueOf(question.id()))).append(">\n");
        if (question.kind() == RecruiteeQuestion.Kind.BOOLEAN) {
            html.append("<fieldset class=\"field\"").append(Html.attribute("data-field", key))
                    .append(question.required() ? " aria-required=\"true\"" : "").append("><legend>")
                    .append(Html.escape(question.body()))
                    .append(question.required() ? "<span class=\"required\" aria-hidden=\"true\">*</span>" : "")
                    .append("</legend>");
            for (String option : question.options()) {
                html.append("<label class=\"radio\"><input type=\"radio\"").append(Html.attribute("name", contentName(index)))
                        .append(Html.attribute("value", option)).append("> ").append(Html.escape(option)).append("</label>");
            }
            html.append("</fieldset>\n");
            return;
        }
        html.append("<div class=\"field\"").append(Html.attribute("data-field", key)).append('>');
        label(html, id, question.body(), question.required());
        String attributes = Html.attribute("id", id) + Html.attribute("name", contentName(index))
                + (question.required() ? " required" : "");
        switch (question.kind()) {
            case TEXT -> html.append("<textarea").append(attributes).append("></textarea>");
            case SINGLE_CHOICE -> {
                html.append("<select").append(attributes).append("><option value=\"\">Select an option</option>");
                question.options().forEach(option -> html.append("<option").append(Html.attribute("value", option))
                        .append('>').append(Html.escape(option)).append("</option>"));
                html.append("</select>");
            }
            default -> html.append("<input type=\"text\"").append(attributes).append('>');
        }
        html.append("</div>\n");
    }
}
