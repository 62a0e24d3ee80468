package io.applydesk.automation.sandbox.employer;

import io.applydesk.automation.sandbox.PracticeVariant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a {@link PracticeVariant} shows an employer's own form, as another small site built from the same
 * template would: the field rows (between the template's {@code <!-- field -->} markers and
 * {@code <!-- /fields -->}) reordered, label texts reworded, one more optional row, or every field's name
 * and id with another prefix. Hand-written sites have no fixed ids, so everything but the markup's shape varies.
 */
final class EmployerFormVariant {
    /** What {@link PracticeVariant#OTHER_ID_PREFIX} puts before every field name and element id. */
    static final String OTHER_PREFIX = "cand-";
    /** The field name of {@link PracticeVariant#EXTRA_QUESTION_LABEL}. */
    static final String EXTRA_NAME = "extra_question";

    private static final String FIELD = "<!-- field -->";
    private static final String END = "<!-- /fields -->";
    private static final String EXTRA_ROW = "<div class=\"row\"><label for=\"" + EXTRA_NAME + "\">"
            + PracticeVariant.EXTRA_QUESTION_LABEL + "</label><textarea id=\"" + EXTRA_NAME + "\" name=\""
            + EXTRA_NAME + "\" rows=\"3\"></textarea></div>\n  ";
    /** A text node: the words of a label, legend or option. */
    private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");
    /** The attributes that name a field when no label does. */
    private static final Pattern LABEL_ATTRIBUTE = Pattern.compile("\\b(aria-label|placeholder)=\"([^\"]+)\"");
    /** The attributes that hold a field name or element id, or refer to one. */
    private static final Pattern ID_ATTRIBUTE =
            Pattern.compile("\\b(name|id|for|data-for|data-chip-for|aria-describedby)=\"([^\"]+)\"");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");
    private static final String REQUIRED_MARK = " *";

    private EmployerFormVariant() {
    }

    /** The rendered standard form as {@code variant} shows it. */
    static String show(String form, PracticeVariant variant) {
        int start = form.indexOf(FIELD);
        int end = form.indexOf(END);
        List<String> rows = List.of(form.substring(start + FIELD.length(), end).split(Pattern.quote(FIELD)));
        List<String> shown = new ArrayList<>(variant.reorder(rows));
        if (variant.addsExtraQuestion()) {
            shown.add(EXTRA_ROW);
        }
        String html = form.substring(0, start) + String.join(FIELD, shown) + form.substring(end);
        html = replace(TEXT, html, match -> ">" + reworded(match.group(1), variant) + "<");
        html = replace(LABEL_ATTRIBUTE, html, match -> match.group(1) + "=\"" + reworded(match.group(2), variant) + "\"");
        return variant.changesIds()
                ? replace(ID_ATTRIBUTE, html, match -> match.group(1) + "=\"" + OTHER_PREFIX + match.group(2) + "\"")
                : html;
    }

    /** The name the field {@code standard} has under {@code variant}. */
    static String name(String standard, PracticeVariant variant) {
        return variant.changesIds() ? OTHER_PREFIX + standard : standard;
    }

    /** The field names of a rendered standard form, in form order. */
    static Set<String> names(String form) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = NAME.matcher(form);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** The text with its words reworded; surrounding spaces and a trailing required mark stay. */
    private static String reworded(String text, PracticeVariant variant) {
        String words = text.strip();
        if (words.isEmpty()) {
            return text;
        }
        boolean marked = words.endsWith(REQUIRED_MARK);
        String label = marked ? words.substring(0, words.length() - REQUIRED_MARK.length()) : words;
        return text.replace(words, variant.reword(label) + (marked ? REQUIRED_MARK : ""));
    }

    private static String replace(Pattern pattern, String html, Function<MatchResult, String> by) {
        return pattern.matcher(html).replaceAll(match -> Matcher.quoteReplacement(by.apply(match)));
    }
}
